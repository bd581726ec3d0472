// SPDX-License-Identifier: GPL-3.0-or-later
// A stack's probe settings in the uptime history: the defaults, the round trip through the file, the
// SLA target and the probe's log directory kept alongside, and the stored timeline following the
// stack's failure threshold.
#include "db/uptimestore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

namespace {

constexpr qint64 MinuteMs = 60'000;
// 2026-11-01T00:00:00Z
constexpr qint64 Nov1 = 1'793'491'200'000;

// Ten minute probes of postgres with two consecutive failures in the middle.
ProbeResults twoFailures()
{
    ProbeResults out;
    for (int i = 0; i < 10; ++i)
        out.append({Nov1 + i * MinuteMs, QStringLiteral("postgres"), i != 4 && i != 5, 5,
                    (i == 4 || i == 5) ? QStringLiteral("refused") : QString(), UptimeStore::AppSource});
    return out;
}

qint64 downMs(UptimeStore &store)
{
    qint64 total = 0;
    const auto timeline =
        store.timeline(QStringLiteral("prod"), QStringLiteral("postgres"), {Nov1, Nov1 + 60 * MinuteMs});
    for (const StateInterval &s : timeline.value())
        if (s.state == ComponentState::Down)
            total += s.range.length();
    return total;
}

} // namespace

class TestUptimeStoreSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsUntilSet()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const UptimeStackSettings s = store.probeSettings(QStringLiteral("prod")).value();
        QCOMPARE(s.probeIntervalSeconds, 60);
        QCOMPARE(s.failuresBeforeDown, 2);
    }

    void roundTripAlongsideTheTarget()
    {
        QTemporaryDir dir;
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            QVERIFY(store.setTarget(QStringLiteral("prod"), 0.995).ok());
            QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {30, 3}).ok());
            QVERIFY(!store.setProbeSettings(QStringLiteral("prod"), {5, 3}).ok());
            QVERIFY(!store.setProbeSettings(QStringLiteral("prod"), {30, 11}).ok());
            QVERIFY(store.setProbeSettings(QStringLiteral("staging"), {3600, 1}).ok());
        }
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QCOMPARE(store.probeSettings(QStringLiteral("prod")).value(), (UptimeStackSettings{30, 3}));
        QCOMPARE(store.probeSettings(QStringLiteral("staging")).value(), (UptimeStackSettings{3600, 1}));
        QCOMPARE(store.probeSettings(QStringLiteral("other")).value(), UptimeStackSettings());
        // Neither setting overwrites the other.
        QCOMPARE(store.target(QStringLiteral("prod")).value(), 0.995);
        QCOMPARE(store.target(QStringLiteral("staging")).value(), UptimeStore::DefaultTarget);
        QVERIFY(store.setTarget(QStringLiteral("staging"), 0.99).ok());
        QCOMPARE(store.probeSettings(QStringLiteral("staging")).value(), (UptimeStackSettings{3600, 1}));
    }

    void historyFromBeforeTheSettingsOpens()
    {
        QTemporaryDir dir;
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            QVERIFY(store.setTarget(QStringLiteral("prod"), 0.995).ok());
            const QString path = store.filePath();
            store.close();
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE uptime_stack DROP COLUMN probe_interval")));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE uptime_stack DROP COLUMN down_after")));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE uptime_stack DROP COLUMN probe_log_dir")));
                // Those builds knew no schema versions.
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 0")));
            }
            QSqlDatabase::removeDatabase(QStringLiteral("old"));
        }
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QCOMPARE(store.target(QStringLiteral("prod")).value(), 0.995);
        QCOMPARE(store.probeSettings(QStringLiteral("prod")).value(), UptimeStackSettings());
        QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {120, 4}).ok());
        QCOMPARE(store.probeSettings(QStringLiteral("prod")).value(), (UptimeStackSettings{120, 4}));
        QCOMPARE(store.probeLogDirectory(QStringLiteral("prod")).value(), QString());
        QVERIFY(store.setProbeLogDirectory(QStringLiteral("prod"), QStringLiteral("/srv/probe")).ok());
        QCOMPARE(store.probeLogDirectory(QStringLiteral("prod")).value(), QStringLiteral("/srv/probe"));
    }

    // Where an installed probe writes, kept beside the other settings and touching none of them.
    void probeLogDirectoryRoundTrip()
    {
        QTemporaryDir dir;
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            QCOMPARE(store.probeLogDirectory(QStringLiteral("prod")).value(), QString());
            QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {30, 3}).ok());
            QVERIFY(
                store.setProbeLogDirectory(QStringLiteral("prod"), QStringLiteral("/tmp/x/var/log")).ok());
            QVERIFY(store.setProbeLogDirectory(QStringLiteral("new"), QStringLiteral("/opt/uptime")).ok());
        }
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QCOMPARE(store.probeLogDirectory(QStringLiteral("prod")).value(), QStringLiteral("/tmp/x/var/log"));
        QCOMPARE(store.probeLogDirectory(QStringLiteral("new")).value(), QStringLiteral("/opt/uptime"));
        QCOMPARE(store.probeSettings(QStringLiteral("prod")).value(), (UptimeStackSettings{30, 3}));
        QCOMPARE(store.probeSettings(QStringLiteral("new")).value(), UptimeStackSettings());
        QCOMPARE(store.target(QStringLiteral("new")).value(), UptimeStore::DefaultTarget);
        QVERIFY(store.setProbeLogDirectory(QStringLiteral("prod"), QString()).ok()); // back to the default
        QCOMPARE(store.probeLogDirectory(QStringLiteral("prod")).value(), QString());
    }

    void timelineFollowsTheStacksThreshold()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store.addProbes(QStringLiteral("prod"), twoFailures()).ok());
        QCOMPARE(downMs(store), 2 * MinuteMs); // two failures: down by default

        QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {60, 3}).ok());
        QVERIFY(store.rebuild(QStringLiteral("prod")).ok());
        QCOMPARE(downMs(store), 0); // a blip when three are needed

        QVERIFY(store.setProbeSettings(QStringLiteral("prod"), {60, 2}).ok());
        QVERIFY(store.rebuild(QStringLiteral("prod")).ok());
        QCOMPARE(downMs(store), 2 * MinuteMs);
    }
};

QTEST_GUILESS_MAIN(TestUptimeStoreSettings)
#include "tst_uptimestoresettings.moc"
