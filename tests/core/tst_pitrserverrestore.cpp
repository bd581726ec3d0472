// SPDX-License-Identifier: GPL-3.0-or-later
// PitrServerRestore's rules without a server: the restorable window and the target checked against it,
// the scripts refusing folders that are not a restore's scratch instance, the readers of the scripts'
// output (each failure a clear message with its code, the replacement's rollback told apart from a
// database left down), the typed confirmation and the progress steps.
#include "core/backup/pitrserverrestore.h"

#include <QtTest>

using namespace supadesk;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

PitrStatus status()
{
    ArchiverStats a;
    a.archiveMode = QStringLiteral("on");
    a.archivedCount = 10;
    a.lastArchivedWal = QStringLiteral("000000010000000000000010");
    a.lastArchivedTime = at("2026-12-07T20:00:00Z");
    BaseBackupInfo b;
    b.label = QStringLiteral("supadesk-20261207T010000Z");
    b.startWal = QStringLiteral("000000010000000000000003");
    b.startTime = at("2026-12-07T01:00:00Z");
    b.stopTime = at("2026-12-07T01:02:00Z");
    return PitrRules::evaluate(a, {QStringLiteral("000000010000000000000003")}, {b},
                               at("2026-12-07T21:00:00Z"));
}

PitrServerPaths paths()
{
    PitrServerPaths p;
    p.scratchBase = QStringLiteral("/var/tmp");
    return p;
}

} // namespace

class TestPitrServerRestore : public QObject
{
    Q_OBJECT

private slots:
    void theWindowRunsFromTheOldestBaseBackupToTheNewestArchivedWal()
    {
        const PitrWindow w = PitrServerRestore::window(status());
        QCOMPARE(w.earliest, at("2026-12-07T01:02:00Z"));
        QCOMPARE(w.latest, at("2026-12-07T20:00:00Z"));
        QVERIFY(w.isValid());
    }

    void aTargetOutsideTheWindowIsPitrTarget()
    {
        const Result<BaseBackupInfo> early =
            PitrServerRestore::checkTarget(status(), at("2026-12-06T00:00:00Z"));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("pitr.target"));
        QVERIFY2(early.error().message.contains(QLatin1String("2026-12-07T01:02:00Z")),
                 qPrintable(early.error().message));
        const Result<BaseBackupInfo> late =
            PitrServerRestore::checkTarget(status(), at("2026-12-07T20:00:01Z"));
        QVERIFY(!late.ok());
        QCOMPARE(late.error().code, QStringLiteral("pitr.target"));
        QVERIFY2(late.error().message.contains(QLatin1String("2026-12-07T01:02:00Z")) &&
                     late.error().message.contains(QLatin1String("2026-12-07T20:00:00Z")),
                 qPrintable(late.error().message));
        const Result<BaseBackupInfo> inside =
            PitrServerRestore::checkTarget(status(), at("2026-12-07T14:03:00Z"));
        QVERIFY(inside.ok());
        QCOMPARE(inside.value().folder(), QStringLiteral("20261207T010000Z"));
        PitrStatus none = status();
        none.baseBackups.clear();
        QCOMPARE(PitrServerRestore::checkTarget(none, at("2026-12-07T14:03:00Z")).error().code,
                 QStringLiteral("pitr.restore"));
    }

    void onlyARestoresScratchFolderIsTouched()
    {
        const BaseBackupInfo base = status().baseBackups.first();
        const QString scratch = PitrServerRestore::scratchDirFor(paths(), at("2026-12-07T21:00:00Z"));
        QVERIFY(scratch.startsWith(QLatin1String("/var/tmp/supadesk-pitr-")));
        QVERIFY(PitrServerRestore::restoreScript(paths(), base, at("2026-12-07T14:03:00Z"), scratch).ok());
        for (const QString &bad :
             {QStringLiteral("/var/lib/postgresql/data"), QStringLiteral("/var/tmp"),
              QStringLiteral("/var/tmp/supadesk-pitr-x/../../etc"), QStringLiteral("/tmp/supadesk-pitr-1")}) {
            QVERIFY2(!PitrServerRestore::discardScript(paths(), bad).ok(), qPrintable(bad));
            QVERIFY2(!PitrServerRestore::replaceScript(paths(), bad).ok(), qPrintable(bad));
        }
        const QString replace = PitrServerRestore::replaceScript(paths(), scratch).value();
        QVERIFY(replace.contains(QLatin1String("/opt/supabase/supabase/docker/volumes/db/data")));
        QVERIFY(replace.contains(QLatin1String("trap '' TERM INT HUP")));
        QVERIFY(!replace.contains(QLatin1String("rm -rf -- \"$LIVE")) &&
                !replace.contains(QLatin1String("rm -rf -- \"$aside")));
    }

    void failuresAreTold()
    {
        const BaseBackupInfo base = status().baseBackups.first();
        const QDateTime target = at("2026-12-07T14:03:00Z");
        const auto error = [&](const QString &output) {
            const Result<PitrScratchRestore> r = PitrServerRestore::parseRestore(output, base, target);
            return r.ok() ? Error{ErrorCode::CliUsage, QString()} : r.error();
        };
        const Error disk =
            error(QStringLiteral("@@error backup.disk 2147483648 1048576 /var/tmp\n@@exit 3\n"));
        QCOMPARE(disk.code, QStringLiteral("backup.disk"));
        QVERIFY2(disk.message.contains(QLatin1String("/var/tmp")) &&
                     disk.message.contains(QLatin1String("GiB")),
                 qPrintable(disk.message));
        QCOMPARE(error(QStringLiteral("@@error backup.cancelled\n@@removed /var/tmp/x\n")).code,
                 QStringLiteral("backup.cancelled"));
        QCOMPARE(error(QStringLiteral("@@nosudo\n")).code, QStringLiteral("pitr.restore"));
        const Error gap =
            error(QStringLiteral("@@wal\n000000010000000000000003\n000000010000000000000005\n@@log\n"
                                 "2026-12-07 21:00:00 UTC FATAL:  recovery ended before configured recovery "
                                 "target was reached\n@@exit 4\n"));
        QCOMPARE(gap.code, QStringLiteral("pitr.wal.missing"));
        QVERIFY2(gap.message.contains(QLatin1String("000000010000000000000004")), qPrintable(gap.message));
    }

    void aRestoreIsRead()
    {
        const BaseBackupInfo base = status().baseBackups.first();
        const Result<PitrScratchRestore> r = PitrServerRestore::parseRestore(
            QStringLiteral(
                "@@pid 1 1\n@@wal\n000000010000000000000003\n@@step replay\n@@log\n"
                "2026-12-07 21:00:00.1 UTC [9] LOG:  recovery stopping before commit of transaction 745, "
                "time 2026-12-07 14:03:01.5+00\n"
                "2026-12-07 21:00:00.2 UTC [9] LOG:  last completed transaction was at log time "
                "2026-12-07 14:02:58.25+00\n"
                "2026-12-07 21:00:00.3 UTC [8] LOG:  database system is ready to accept connections\n"
                "@@step inspect\n@@tables\npostgres|public.orders|3\npostgres|auth.users|12\n"
                "@@scratch /var/tmp/supadesk-pitr-1\n@@exit 0\n"),
            base, at("2026-12-07T14:03:00Z"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value().scratchDir, QStringLiteral("/var/tmp/supadesk-pitr-1"));
        QCOMPARE(r.value().tables.size(), 2);
        QCOMPARE(r.value().tables.first().rows, 3);
        QCOMPARE(r.value().lastReplayed, at("2026-12-07T14:02:58.250Z"));
    }

    void theReplacementIsRead()
    {
        const Result<PitrReplaceResult> ok = PitrServerRestore::parseReplace(QStringLiteral(
            "@@step stop\n@@step swap\n@@aside /d/data.before-pitr-1\n@@step verify\n@@verified\n"));
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().asideDir, QStringLiteral("/d/data.before-pitr-1"));
        const Result<PitrReplaceResult> back = PitrServerRestore::parseReplace(QStringLiteral(
            "@@aside /d/data.before-pitr-1\n@@step rollback\n@@failedkept /d/data.failed-pitr-1\n"
            "@@rolledback ok\n"));
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message.contains(QLatin1String("moved back")) &&
                     back.error().message.contains(QLatin1String("/d/data.failed-pitr-1")),
                 qPrintable(back.error().message));
        const Result<PitrReplaceResult> down = PitrServerRestore::parseReplace(
            QStringLiteral("@@aside /d/data.before-pitr-1\n@@step rollback\n@@rolledback failed\n"));
        QVERIFY(!down.ok());
        QVERIFY2(down.error().message.contains(QLatin1String("/d/data.before-pitr-1")) &&
                     down.error().message.contains(QLatin1String("by hand")),
                 qPrintable(down.error().message));
        QCOMPARE(PitrServerRestore::parseReplace(QStringLiteral("@@error pitr.restore version 16 15\n"))
                     .error()
                     .code,
                 QStringLiteral("pitr.restore"));
    }

    void theNameMustBeTypedExactly()
    {
        QVERIFY(PitrServerRestore::confirmed(QStringLiteral("prod"), QStringLiteral("prod")));
        QVERIFY(PitrServerRestore::confirmed(QStringLiteral("prod"), QStringLiteral(" prod ")));
        QVERIFY(!PitrServerRestore::confirmed(QStringLiteral("prod"), QStringLiteral("Prod")));
        QVERIFY(!PitrServerRestore::confirmed(QString(), QString()));
    }

    void stepsAreRead()
    {
        QCOMPARE(PitrServerRestore::stepOf(QStringLiteral("@@step replay")), std::optional(PitrStep::Replay));
        QCOMPARE(PitrServerRestore::stepOf(QStringLiteral("@@step rollback")),
                 std::optional(PitrStep::Rollback));
        QVERIFY(!PitrServerRestore::stepOf(QStringLiteral("@@step nothing")));
        QVERIFY(!PitrServerRestore::stepOf(QStringLiteral("replay")));
    }
};

QTEST_GUILESS_MAIN(TestPitrServerRestore)
#include "tst_pitrserverrestore.moc"
