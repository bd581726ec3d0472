// SPDX-License-Identifier: GPL-3.0-or-later
// The server scripts' output read without a server: each way a drill can end before its verdict (no folder,
// a dump from a newer pg_dump, a dump from a newer server, too little disk, a cancel, no sudo) is its code
// with a message that says what to do; the catalogue's health is red for a failed or missing nightly run;
// the scripts never carry a password and the monthly schedule uses the drill script.
#include "core/backup/backupserverscripts.h"

#include <QtTest>

using namespace supadesk;

namespace {

QString tocHeader(const QString &from)
{
    return QStringLiteral(
               "@@tocexit 0\n@@toc\n;\n; Archive created at 2026-12-01 03:17:00 UTC\n;     dbname: postgres\n"
               ";     Format: CUSTOM\n;     Dumped from database version: %1\n"
               ";     Dumped by pg_dump version: %1\n;\n")
        .arg(from);
}

const QString kStart =
    QStringLiteral("@@pid 100 100\n@@started 2026-12-07T04:41:00Z\n@@dump /b/postgres-x.dump\n"
                   "@@globalsfile\n@@restoreversion pg_restore (PostgreSQL) 15.18 (Debian)\n");

} // namespace

class TestBackupServerScripts : public QObject
{
    Q_OBJECT

private slots:
    void drillEndsWithItsCode_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no folder")
            << QStringLiteral("@@pid 1 1\n@@error backup.missing dir /var/backups/supabase\n@@exit 3\n")
            << int(ErrorCode::BackupMissing) << QStringLiteral("/var/backups/supabase");
        QTest::newRow("no script")
            << QStringLiteral("@@error backup.missing script /usr/local/sbin/supabase-backup.sh\n")
            << int(ErrorCode::BackupMissing) << QStringLiteral("Setup wizard");
        QTest::newRow("newer pg_dump")
            << kStart +
                   QStringLiteral(
                       "@@tocexit 1\n@@toc\n@@tocerror\npg_restore: error: unsupported version (1.16) in "
                       "file header\n")
            << int(ErrorCode::BackupNewer) << QStringLiteral("newer pg_dump");
        QTest::newRow("newer server") << kStart + tocHeader(QStringLiteral("17.2 (Debian 17.2-1)"))
                                      << int(ErrorCode::BackupNewer) << QStringLiteral("17");
        QTest::newRow("disk") << kStart + tocHeader(QStringLiteral("15.18")) +
                                     QStringLiteral("@@disk 1073741824 1048576\n@@exit 4\n")
                              << int(ErrorCode::BackupDisk) << QStringLiteral("GiB");
        QTest::newRow("cancelled")
            << kStart + tocHeader(QStringLiteral("15.18")) +
                   QStringLiteral("@@step scratch\n@@error backup.cancelled\n@@removed /var/tmp/x\n")
            << int(ErrorCode::BackupCancelled) << QStringLiteral("removed");
        QTest::newRow("no sudo") << QStringLiteral("@@nosudo\n") << int(ErrorCode::BackupDrill)
                                 << QStringLiteral("sudo");
        QTest::newRow("encrypted, no key")
            << QStringLiteral("@@pid 1 1\n@@dump /b/db-20260101T000000Z.dump.gpg\n@@step decrypt\n"
                              "@@error backup.drill nokey\n@@exit 3\n")
            << int(ErrorCode::BackupDrill) << QStringLiteral("keychain");
        QTest::newRow("container did not start")
            << QStringLiteral(
                   "@@pid 1 1\n@@container supabase/postgres:15.8.1.085 supadesk-drill-x\n@@initerror\n"
                   "Unable to find image\n@@error backup.drill container supabase/postgres:15.8.1.085\n"
                   "@@removedcontainer supadesk-drill-x\n@@exit 3\n")
            << int(ErrorCode::BackupDrill) << QStringLiteral("supabase/postgres:15.8.1.085");
    }

    void drillEndsWithItsCode()
    {
        QFETCH(QString, output);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Result<DrillResult> r = BackupServerScripts::parseDrill(output, QStringLiteral("s"));
        QVERIFY(!r.ok());
        QCOMPARE(int(r.error().id), code);
        QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    }

    void healthIsRedForAFailedOrMissingRun()
    {
        const QString listing =
            QStringLiteral("@@dir /b\n@@log /l\n@@files\n1764559020 500 postgres-20261201T031700Z.dump\n"
                           "@@logtext\n2026-12-01T03:17:00Z backup of postgres started\n"
                           "2026-12-01T03:17:05Z backup /b/postgres-20261201T031700Z.dump written: 500 "
                           "bytes, 9 entries\n");
        const Result<BackupCatalogue> c = BackupServerScripts::parseCatalogue(listing);
        QVERIFY(c.ok());
        QCOMPARE(c.value().log, QStringLiteral("/l"));
        const QDateTime taken(QDate(2026, 12, 1), QTime(3, 17), Qt::UTC);
        QCOMPARE(BackupHealth::of(c.value(), taken.addSecs(3600)).state, BackupHealth::State::Ok);
        QCOMPARE(BackupHealth::of(c.value(), taken.addDays(2)).state, BackupHealth::State::Missing);
        const Result<BackupCatalogue> failed = BackupServerScripts::parseCatalogue(
            listing + QStringLiteral("2026-12-02T03:17:00Z backup of postgres started\n"
                                     "2026-12-02T03:17:01Z FAILED: pg_dump exited with an error\n"));
        QVERIFY(failed.ok());
        QCOMPARE(BackupHealth::of(failed.value(), taken.addSecs(3600)).state, BackupHealth::State::Failed);
        QVERIFY(BackupHealth::of(BackupCatalogue{}, taken).red());
    }

    void scriptsCarryNoPasswordAndTheScheduleRunsTheDrill()
    {
        BackupServerPaths paths;
        const QString drill = BackupServerScripts::drillScript(paths, QString());
        QVERIFY(drill.contains(QLatin1String("docker exec -i -e PGPASSWORD -e PGOPTIONS")));
        // The throwaway container: no network, removed by the trap, its programs as postgres.
        QVERIFY(
            drill.contains(QLatin1String("docker run -d --rm --name \"$drill_container\" --network none")));
        QVERIFY(drill.contains(QLatin1String("docker rm -f \"$drill_container\"")));
        QVERIFY(drill.contains(QLatin1String("docker exec -i -u postgres \"$drill_container\"")));
        QVERIFY(drill.contains(QLatin1String("\nDRILL_IN=''\n")));
        QVERIFY(!drill.contains(QLatin1String("PGPASSWORD=$password docker exec -i -e PGPASSWORD=")));
        const QString command = BackupServerScripts::asRoot(drill);
        QVERIFY(command.startsWith(QLatin1String("s=$(printf %s '")));
        QVERIFY(command.contains(QLatin1String("sudo -n bash -c")));
        const QString schedule = BackupServerScripts::scheduleScript(paths);
        QVERIFY(schedule.contains(QLatin1String("OnCalendar=*-*-01 04:41:00")));
        QVERIFY(schedule.contains(QLatin1String("41 4 1 * *")));
        QCOMPARE(BackupServerScripts::processGroupOf(QStringLiteral("x\n@@pid 12 34\n")), 34);
        QCOMPARE(BackupServerScripts::processGroupOf(QStringLiteral("no pid")), 0);
    }
};

QTEST_GUILESS_MAIN(TestBackupServerScripts)
#include "tst_backupserverscripts.moc"
