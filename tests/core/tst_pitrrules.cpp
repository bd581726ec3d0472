// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of point-in-time recovery without a server: backup history files as PostgreSQL 15 writes
// them, the base backup a target needs, WAL segment arithmetic and gaps, the verdict on pg_stat_archiver
// (red when the last attempt failed), and how a recovery's server log is read.
#include "core/backup/pitrrules.h"

#include <QtTest>

using namespace supadesk;

namespace {

const char kHistory[] = "START WAL LOCATION: 0/3000028 (file 000000010000000000000003)\n"
                        "STOP WAL LOCATION: 0/3000100 (file 000000010000000000000003)\n"
                        "CHECKPOINT LOCATION: 0/3000060\n"
                        "BACKUP METHOD: streamed\n"
                        "BACKUP FROM: primary\n"
                        "START TIME: 2026-12-07 20:45:01 UTC\n"
                        "LABEL: supadesk-20261207T204500Z\n"
                        "START TIMELINE: 1\n"
                        "STOP TIME: 2026-12-07 20:45:03 UTC\n"
                        "STOP TIMELINE: 1\n";

QDateTime utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toUTC();
}

BaseBackupInfo backup(const char *label, const char *stop)
{
    BaseBackupInfo b;
    b.label = QString::fromLatin1(label);
    b.stopTime = utc(stop);
    b.startTime = b.stopTime.addSecs(-5);
    b.startWal = QStringLiteral("000000010000000000000003");
    return b;
}

} // namespace

class TestPitrRules : public QObject
{
    Q_OBJECT

private slots:
    void readsABackupHistoryFile()
    {
        const auto info = PitrRules::parseBackupHistory(
            QStringLiteral("000000010000000000000003.00000028.backup"), QString::fromLatin1(kHistory));
        QVERIFY(info);
        QCOMPARE(info->label, QStringLiteral("supadesk-20261207T204500Z"));
        QCOMPARE(info->folder(), QStringLiteral("20261207T204500Z"));
        QCOMPARE(info->startWal, QStringLiteral("000000010000000000000003"));
        QCOMPARE(info->startTime, utc("2026-12-07T20:45:01Z"));
        QCOMPARE(info->stopTime, utc("2026-12-07T20:45:03Z"));
        QVERIFY(!PitrRules::parseBackupHistory(QStringLiteral("000000010000000000000003"),
                                               QString::fromLatin1(kHistory)));
    }

    void anUnknownZoneFallsBackToTheLabel()
    {
        QString text = QString::fromLatin1(kHistory);
        text.replace(QLatin1String(" UTC"), QLatin1String(" CET"));
        const auto info = PitrRules::parseBackupHistory(QStringLiteral("x.backup"), text);
        QVERIFY(info);
        QCOMPARE(info->startTime, utc("2026-12-07T20:45:00Z"));
        QCOMPARE(info->stopTime, info->startTime);
        QCOMPARE(PitrRules::parseServerTime(QStringLiteral("2026-12-07 22:45:01.5+02")),
                 utc("2026-12-07T20:45:01.500Z"));
    }

    void choosesTheNewestBaseBackupBeforeTheTarget()
    {
        const QList<BaseBackupInfo> backups{backup("supadesk-a", "2026-12-01T01:47:30Z"),
                                            backup("supadesk-b", "2026-12-02T01:47:30Z")};
        QCOMPARE(PitrRules::chooseBaseBackup(backups, utc("2026-12-01T12:00:00Z")).value().label,
                 QStringLiteral("supadesk-a"));
        QCOMPARE(PitrRules::chooseBaseBackup(backups, utc("2026-12-05T12:00:00Z")).value().label,
                 QStringLiteral("supadesk-b"));
        const Result<BaseBackupInfo> early =
            PitrRules::chooseBaseBackup(backups, utc("2026-12-01T01:00:00Z"));
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("pitr.target"));
        QVERIFY(early.error().message.contains(QLatin1String("2026-12-01T01:47:30Z")));
        QCOMPARE(PitrRules::chooseBaseBackup({}, utc("2026-12-01T01:00:00Z")).error().code,
                 QStringLiteral("pitr.restore"));
    }

    void segmentsFollowEachOther()
    {
        QCOMPARE(PitrRules::nextSegment(QStringLiteral("000000010000000000000003")),
                 QStringLiteral("000000010000000000000004"));
        QCOMPARE(PitrRules::nextSegment(QStringLiteral("0000000100000000000000FF")),
                 QStringLiteral("000000010000000100000000"));
        QVERIFY(PitrRules::isSegment(QStringLiteral("0000000100000000000000FF")));
        QVERIFY(!PitrRules::isSegment(QStringLiteral("000000010000000000000003.00000028.backup")));
    }

    void findsTheFirstGap()
    {
        const QStringList files{QStringLiteral("000000010000000000000002"),
                                QStringLiteral("000000010000000000000003"),
                                QStringLiteral("000000010000000000000003.00000028.backup"),
                                QStringLiteral("000000010000000000000004"),
                                QStringLiteral("000000010000000000000006"),
                                QStringLiteral("00000002.history")};
        QCOMPARE(PitrRules::firstMissingSegment(files, QStringLiteral("000000010000000000000003")),
                 std::optional<QString>(QStringLiteral("000000010000000000000005")));
        QCOMPARE(PitrRules::firstMissingSegment(files.mid(0, 4), QStringLiteral("000000010000000000000003")),
                 std::nullopt);
    }

    void archiverVerdicts()
    {
        const QDateTime now = utc("2026-12-07T21:00:00Z");
        ArchiverStats a;
        a.archiveMode = QStringLiteral("off");
        QCOMPARE(PitrRules::evaluate(a, {}, {}, now).state, PitrStatus::State::Off);
        a.archiveMode = QStringLiteral("on");
        QCOMPARE(PitrRules::evaluate(a, {}, {}, now).state, PitrStatus::State::Warn);
        a.archivedCount = 12;
        a.lastArchivedWal = QStringLiteral("00000001000000000000000C");
        a.lastArchivedTime = utc("2026-12-07T20:59:00Z");
        const QList<BaseBackupInfo> fresh{backup("supadesk-b", "2026-12-07T01:47:30Z")};
        QCOMPARE(PitrRules::evaluate(a, {}, {}, now).state, PitrStatus::State::Warn);
        QCOMPARE(PitrRules::evaluate(a, {}, fresh, now).state, PitrStatus::State::Ok);
        const QList<BaseBackupInfo> stale{backup("supadesk-a", "2026-11-20T01:47:30Z")};
        QCOMPARE(PitrRules::evaluate(a, {}, stale, now).state, PitrStatus::State::Warn);
        // A failure that an archived segment followed is history; one after the last success is red.
        a.failedCount = 3;
        a.lastFailedWal = QStringLiteral("00000001000000000000000B");
        a.lastFailedTime = utc("2026-12-07T20:58:00Z");
        QCOMPARE(PitrRules::evaluate(a, {}, fresh, now).state, PitrStatus::State::Ok);
        a.lastFailedWal = QStringLiteral("00000001000000000000000D");
        a.lastFailedTime = utc("2026-12-07T20:59:30Z");
        const PitrStatus red = PitrRules::evaluate(a, {}, fresh, now);
        QCOMPARE(red.state, PitrStatus::State::Failing);
        QVERIFY(red.summary.contains(QLatin1String("00000001000000000000000D")));
        QCOMPARE(PitrRules::toJson(red).value(QStringLiteral("state")).toString(), QStringLiteral("failing"));
    }

    void readsTheRecoveryLog()
    {
        const QString reached = QStringLiteral(
            "2026-12-07 20:50:01.000 UTC [1] LOG:  starting point-in-time recovery to 2026-12-07 "
            "20:49:00+00\n"
            "2026-12-07 20:50:01.100 UTC [2] LOG:  recovery stopping before commit of transaction 741, time "
            "2026-12-07 20:49:01.5+00\n"
            "2026-12-07 20:50:01.200 UTC [2] LOG:  last completed transaction was at log time 2026-12-07 "
            "20:48:59.9+00\n"
            "2026-12-07 20:50:01.300 UTC [1] LOG:  database system is ready to accept connections\n");
        const RecoveryOutcome ok = PitrRules::readRecoveryLog(reached);
        QCOMPARE(ok.kind, RecoveryOutcome::Kind::Reached);
        QVERIFY(ok.stoppedAt.startsWith(QLatin1String("recovery stopping before commit of transaction 741")));
        QVERIFY(ok.lastTransaction.contains(QLatin1String("20:48:59.9")));
        QCOMPARE(PitrRules::readRecoveryLog(
                     QStringLiteral("x [2] FATAL:  recovery ended before configured recovery target "
                                    "was reached\n"))
                     .kind,
                 RecoveryOutcome::Kind::TargetNotReached);
        QCOMPARE(PitrRules::readRecoveryLog(QStringLiteral("x [2] FATAL:  requested recovery stop point is "
                                                           "before consistent recovery point\n"))
                     .kind,
                 RecoveryOutcome::Kind::BeforeConsistent);
    }

    void recoveryConfPointsAtTheArchive()
    {
        const QString conf = PitrRules::recoveryConf(QStringLiteral("/srv/it's/wal"),
                                                     utc("2026-12-07T20:49:00Z"), QStringLiteral("/tmp/s"));
        QVERIFY2(conf.contains(QLatin1String("restore_command = 'cp ''/srv/it''\\''''s/wal/%f'' \"%p\"'")),
                 qPrintable(conf));
        QVERIFY(conf.contains(QLatin1String("recovery_target_time = '2026-12-07 20:49:00.000+00'")));
        QVERIFY(conf.contains(QLatin1String("recovery_target_action = 'promote'")));
        QVERIFY(conf.contains(QLatin1String("archive_mode = off")));
    }

    void layoutRefusesUnsafeFolders()
    {
        PitrLayout layout;
        QVERIFY(layout.validate().ok());
        layout.containerDir = QStringLiteral("/var/lib/postgresql/a b");
        QCOMPARE(layout.validate().error().code, QStringLiteral("backup.path"));
        layout.containerDir = QStringLiteral("/var/lib/postgresql/pitr");
        layout.keepBaseBackups = 0;
        QCOMPARE(layout.validate().error().code, QStringLiteral("backup.retention"));
        QVERIFY(!PitrRules::baseBackupScript(layout).ok());
    }
};

QTEST_GUILESS_MAIN(TestPitrRules)
#include "tst_pitrrules.moc"
