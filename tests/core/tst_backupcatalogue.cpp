// SPDX-License-Identifier: GPL-3.0-or-later
// A backup folder and the nightly script's log read into a catalogue: file kinds by name, runs with their
// outcome (written, FAILED, never finished), a log cut in the middle of a run, and the newest good dump.
#include "core/backup/backupcatalogue.h"

#include <QtTest>

using namespace supadesk;

namespace {

BackupFile file(const QString &name, qint64 size = 100)
{
    return BackupFile{
        name, size, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), BackupFile::Kind::Other, {}};
}

} // namespace

class TestBackupCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void kindsByName()
    {
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump")),
                 BackupFile::Kind::Dump);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.globals.sql")),
                 BackupFile::Kind::Globals);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.partial")),
                 BackupFile::Kind::Partial);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("notes.txt")), BackupFile::Kind::Other);
    }

    // The nightly script's gpg encryption: X.gpg is of X's kind, under X's stamp.
    void encryptedFilesKeepTheirKind()
    {
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.gpg")),
                 BackupFile::Kind::Dump);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.globals.sql.gpg")),
                 BackupFile::Kind::Globals);
        QCOMPARE(BackupCatalogueReader::kindOf(QStringLiteral("postgres-20261207T031700Z.dump.partial.gpg")),
                 BackupFile::Kind::Partial);
        const BackupCatalogue c =
            BackupCatalogueReader::read(QStringLiteral("/b"),
                                        {BackupFile{QStringLiteral("postgres-20261207T031700Z.dump.gpg"),
                                                    10,
                                                    QDateTime(),
                                                    BackupFile::Kind::Other,
                                                    {}}},
                                        QString());
        QCOMPARE(c.files.first().taken, QDateTime(QDate(2026, 12, 7), QTime(3, 17), Qt::UTC));
    }

    void readsRuns()
    {
        const QString log = QStringLiteral(
            "2026-12-05T03:17:03Z backup /b/postgres-20261205T031700Z.dump written: 10 bytes, 3 entries\n"
            "2026-12-06T03:17:00Z backup of postgres started\n"
            "2026-12-06T03:17:02Z globals /b/postgres-20261206T031700Z.globals.sql written: 5 bytes\n"
            "2026-12-06T03:17:03Z backup /b/postgres-20261206T031700Z.dump written: 20 bytes, 4 entries\n"
            "2026-12-06T03:17:04Z removed /b/postgres-20261120T031700Z.dump (older than 14 days)\n"
            "garbage line\n"
            "2026-12-07T03:17:00Z backup of postgres started\n"
            "2026-12-07T03:17:01Z FAILED: pg_dump exited with an error\n"
            "2026-12-08T03:17:00Z backup of postgres started\n");
        const QList<BackupLogRun> runs = BackupCatalogueReader::parseLog(log);
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.at(0).outcome, BackupLogRun::Outcome::Unfinished);
        QCOMPARE(runs.at(1).outcome, BackupLogRun::Outcome::Failed);
        QCOMPARE(runs.at(1).message, QStringLiteral("pg_dump exited with an error"));
        QCOMPARE(runs.at(2).outcome, BackupLogRun::Outcome::Ok);
        QCOMPARE(runs.at(2).size, 20);
        QCOMPARE(runs.at(2).entries, 4);
        QCOMPARE(runs.at(2).notes.size(), 2);
        QCOMPARE(runs.at(2).started, QDateTime(QDate(2026, 12, 6), QTime(3, 17), Qt::UTC));
        // The log began after its run's start line: the run starts at its first line.
        QCOMPARE(runs.at(3).outcome, BackupLogRun::Outcome::Ok);
        QCOMPARE(runs.at(3).file, QStringLiteral("/b/postgres-20261205T031700Z.dump"));
    }

    void findsTheNewestGoodDump()
    {
        const QString log = QStringLiteral(
            "2026-12-05T03:17:00Z backup of postgres started\n"
            "2026-12-05T03:17:03Z backup /b/postgres-20261205T031700Z.dump written: 10 bytes, 3 entries\n");
        const BackupCatalogue c =
            BackupCatalogueReader::read(QStringLiteral("/b"),
                                        {file(QStringLiteral("postgres-20261205T031700Z.dump")),
                                         file(QStringLiteral("postgres-20261206T031700Z.dump")),
                                         file(QStringLiteral("postgres-20261205T031700Z.globals.sql"))},
                                        log);
        // Newest first, by the stamp in the name.
        QCOMPARE(c.files.first().name, QStringLiteral("postgres-20261206T031700Z.dump"));
        QCOMPARE(c.files.first().taken, QDateTime(QDate(2026, 12, 6), QTime(3, 17), Qt::UTC));
        // The 6th's dump has no run in the log that wrote it: the 5th's is the newest good one.
        QVERIFY(c.newestGoodDump());
        QCOMPARE(c.newestGoodDump()->name, QStringLiteral("postgres-20261205T031700Z.dump"));
        // Without a log, the newest dump is taken at its word.
        const BackupCatalogue noLog = BackupCatalogueReader::read(
            QStringLiteral("/b"), {file(QStringLiteral("postgres-20261206T031700Z.dump"))}, QString());
        QCOMPARE(noLog.newestGoodDump()->name, QStringLiteral("postgres-20261206T031700Z.dump"));
        const QJsonObject json = BackupCatalogueReader::toJson(c);
        QCOMPARE(json.value(QStringLiteral("newestGoodDump")).toString(),
                 QStringLiteral("postgres-20261205T031700Z.dump"));
        QCOMPARE(json.value(QStringLiteral("files")).toArray().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackupCatalogue)
#include "tst_backupcatalogue.moc"
