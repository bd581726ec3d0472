// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime history on real SQLite files: figures read back from the stored timeline and roll-ups
// are those the core computes from every raw probe, whatever order probes arrive in; maintenance,
// targets, the pull cursor, pruning, and files killed mid-write or damaged.
#include "core/uptime/uptimeperiod.h"
#include "db/uptimestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace supadesk;

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 86'400'000;
// 2026-11-01T00:00:00Z
constexpr qint64 Nov1 = 1'793'491'200'000;

struct Outage
{
    QString component;
    qint64 fromMs;
    qint64 toMs;
    QString reason;
};

// Minute probes of `components` over [from, to) from one source, failing inside the outages and
// missing where the server was silent; latencies vary so percentiles mean something.
ProbeResults minuteProbes(const QStringList &components, qint64 from, qint64 to, const QString &source,
                          const QList<Outage> &outages = {}, const QList<TimeRange> &silent = {},
                          qint64 offsetMs = 0)
{
    ProbeResults out;
    QRandomGenerator random(42);
    for (qint64 t = from + offsetMs; t < to; t += MinuteMs) {
        bool quiet = false;
        for (const TimeRange &s : silent)
            quiet = quiet || (t >= s.startMs && t < s.endMs);
        if (quiet)
            continue;
        for (const QString &c : components) {
            ProbeResult p;
            p.tMs = t;
            p.component = c;
            p.source = source;
            p.ok = true;
            for (const Outage &o : outages)
                if (o.component == c && t >= o.fromMs && t < o.toMs) {
                    p.ok = false;
                    p.reason = o.reason;
                }
            p.latencyMs = int(3 + random.bounded(40) + (c == QLatin1String("rest") ? 100 : 0));
            out.append(p);
        }
    }
    return out;
}

void compareSummaries(const QList<ComponentSummary> &stored, const QList<ComponentSummary> &expected)
{
    QCOMPARE(stored.size(), expected.size());
    for (qsizetype i = 0; i < stored.size(); ++i) {
        const ComponentSummary &s = stored.at(i);
        const ComponentSummary &e = expected.at(i);
        QCOMPARE(s.component, e.component);
        QCOMPARE(s.availability.upMs, e.availability.upMs);
        QCOMPARE(s.availability.downMs, e.availability.downMs);
        QCOMPARE(s.availability.gapMs, e.availability.gapMs);
        QCOMPARE(s.availability.maintenanceMs, e.availability.maintenanceMs);
        QCOMPARE(s.availability.noDataMs, e.availability.noDataMs);
        QCOMPARE(s.availability.availability, e.availability.availability);
        QCOMPARE(s.availability.incidents.size(), e.availability.incidents.size());
        for (qsizetype k = 0; k < s.availability.incidents.size(); ++k) {
            QCOMPARE(s.availability.incidents.at(k).range, e.availability.incidents.at(k).range);
            QCOMPARE(s.availability.incidents.at(k).component, e.availability.incidents.at(k).component);
            QCOMPARE(s.availability.incidents.at(k).reason, e.availability.incidents.at(k).reason);
        }
        QCOMPARE(s.budget.remainingMinutes, e.budget.remainingMinutes);
        QCOMPARE(s.latency.samples, e.latency.samples);
        // Percentiles come from histograms: within their resolution of the exact value.
        QCOMPARE(s.latency.p50.has_value(), e.latency.p50.has_value());
        if (e.latency.p50) {
            QVERIFY2(std::abs(*s.latency.p50 - *e.latency.p50) <= 1 + *e.latency.p50 * 3 / 100,
                     qPrintable(QStringLiteral("p50 %1 vs %2").arg(*s.latency.p50).arg(*e.latency.p50)));
            QVERIFY2(std::abs(*s.latency.p95 - *e.latency.p95) <= 1 + *e.latency.p95 * 3 / 100,
                     qPrintable(QStringLiteral("p95 %1 vs %2").arg(*s.latency.p95).arg(*e.latency.p95)));
        }
    }
}

// Run in a child process: stores minute after minute of probes until it is killed.
int writer(const QString &directory)
{
    UptimeStore store(directory);
    if (!store.open().ok())
        return 1;
    QTextStream out(stdout);
    for (qint64 i = 0;; ++i) {
        const qint64 t = Nov1 + i * 10 * MinuteMs;
        ProbeResults batch = minuteProbes({QStringLiteral("postgres"), QStringLiteral("rest")}, t,
                                          t + 10 * MinuteMs, UptimeStore::ServerSource,
                                          {{QStringLiteral("postgres"), Nov1 + 7 * MinuteMs,
                                            Nov1 + 200 * MinuteMs, QStringLiteral("refused")}});
        UptimePullCursor cursor;
        cursor.log.file = QStringLiteral("2026-11.log");
        cursor.log.offset = (i + 1) * 1000;
        if (!store.addPulledProbes(QStringLiteral("prod"), batch, cursor).ok())
            return 2;
        out << "committed " << i + 1 << Qt::endl;
    }
}

} // namespace

class TestUptimeStore : public QObject
{
    Q_OBJECT

private slots:
    void figuresMatchCoreOnRawProbes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("shuffled");
        QTest::newRow("UTC, in order") << QStringLiteral("UTC") << false;
        QTest::newRow("Tbilisi, in order") << QStringLiteral("Asia/Tbilisi") << false;
        QTest::newRow("UTC, server log after app probes") << QStringLiteral("UTC") << true;
        QTest::newRow("Tbilisi, server log after app probes") << QStringLiteral("Asia/Tbilisi") << true;
    }
    void figuresMatchCoreOnRawProbes()
    {
        QFETCH(QString, zone);
        QFETCH(bool, shuffled);
        const QTimeZone tz(zone.toUtf8());
        const QStringList components{QStringLiteral("auth"), QStringLiteral("postgres"),
                                     QStringLiteral("rest")};
        const qint64 from = Nov1 - 3 * DayMs;
        const qint64 to = Nov1 + 33 * DayMs;
        const QList<Outage> outages{
            // Across UTC midnight and, for Tbilisi, not across its midnight.
            {QStringLiteral("postgres"), Nov1 + 5 * DayMs - 20 * MinuteMs, Nov1 + 5 * DayMs + 15 * MinuteMs,
             QStringLiteral("connection refused")},
            // Longer than a day: its reason is carried across two midnights.
            {QStringLiteral("rest"), Nov1 + 10 * DayMs + 3 * 3'600'000, Nov1 + 12 * DayMs + 7 * 3'600'000,
             QStringLiteral("HTTP 502")},
            // A blip: one failure is not downtime.
            {QStringLiteral("auth"), Nov1 + 15 * DayMs, Nov1 + 15 * DayMs + MinuteMs,
             QStringLiteral("HTTP 500")},
            // Across the month's end in Tbilisi (20:00 UTC on 30 November).
            {QStringLiteral("auth"), Nov1 + 29 * DayMs + 19 * 3'600'000, Nov1 + 29 * DayMs + 21 * 3'600'000,
             QStringLiteral("HTTP 503")},
        };
        // The server was silent for 3 hours; the app saw only part of it.
        const QList<TimeRange> serverSilent{{Nov1 + 20 * DayMs, Nov1 + 20 * DayMs + 3 * 3'600'000}};
        const ProbeResults server =
            minuteProbes(components, from, to, UptimeStore::ServerSource, outages, serverSilent);
        const ProbeResults app = minuteProbes(
            components, Nov1 + 20 * DayMs - 3'600'000, Nov1 + 20 * DayMs + 3'600'000, UptimeStore::AppSource,
            {{QStringLiteral("postgres"), Nov1 + 20 * DayMs, Nov1 + 20 * DayMs + 30 * MinuteMs,
              QStringLiteral("timeout")}},
            {}, 30'000);

        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const TimeRange maintenance{Nov1 + 12 * DayMs + 6 * 3'600'000, Nov1 + 12 * DayMs + 9 * 3'600'000};
        QVERIFY(store.addMaintenance(QStringLiteral("prod"), maintenance, QStringLiteral("upgrade")).ok());
        if (shuffled) {
            QCOMPARE(store.addProbes(QStringLiteral("prod"), app).value(), app.size());
            // The server's log arrives a day at a time, newest day first.
            for (qint64 day = to - DayMs; day >= from; day -= DayMs) {
                ProbeResults batch;
                for (const ProbeResult &p : server)
                    if (p.tMs >= day && p.tMs < day + DayMs)
                        batch.append(p);
                QVERIFY(store.addProbes(QStringLiteral("prod"), batch).ok());
            }
        } else {
            QCOMPARE(store.addProbes(QStringLiteral("prod"), server).value(), server.size());
            QCOMPARE(store.addProbes(QStringLiteral("prod"), app).value(), app.size());
        }

        UptimeOptions options;
        options.maintenance = {maintenance};
        const QList<TimeRange> periods{UptimePeriod::month(2026, 11, tz),
                                       UptimePeriod::day(QDate(2026, 11, 6), tz),
                                       {Nov1 + 10 * DayMs + 1234, Nov1 + 12 * DayMs + 8 * 3'600'000 + 777}};
        for (const TimeRange &period : periods) {
            const Result<StackUptime> stored = store.uptime(QStringLiteral("prod"), period);
            QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
            QCOMPARE(stored.value().target, UptimeStore::DefaultTarget);
            compareSummaries(stored.value().components,
                             UptimeSummary::summarize(server + app, period, options));
        }
        // Something actually happened in November.
        const StackUptime month = store.uptime(QStringLiteral("prod"), periods.first()).value();
        QVERIFY(month.wholeStack()->availability.incidents.size() >= 3);
        QVERIFY(*month.wholeStack()->availability.availability < 0.99);
        QCOMPARE(month.maintenance.size(), 1);
    }

    // Probes stored one round at a time, as the app prober does, or in odd orders: the stored timeline
    // is still the one the core builds from all of them at once.
    void incrementalStoringMatchesCore_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("order"); // 0 one by one in time order, 1 one by one backwards, 2 odd then even
        for (int threshold : {2, 3})
            for (int order : {0, 1, 2})
                QTest::addRow("threshold %d, order %d", threshold, order) << threshold << order;
    }
    void incrementalStoringMatchesCore()
    {
        QFETCH(int, threshold);
        QFETCH(int, order);
        UptimeSettings settings;
        settings.failureThreshold = threshold;
        const qint64 midnight = Nov1 + 2 * DayMs;
        // Failures around midnight (a run that only becomes long enough after it), and the server
        // silent for more than a day.
        ProbeResults probes = minuteProbes({QStringLiteral("postgres")}, midnight - 30 * MinuteMs,
                                           midnight + 30 * MinuteMs, UptimeStore::ServerSource,
                                           {{QStringLiteral("postgres"), midnight - 2 * MinuteMs,
                                             midnight + MinuteMs, QStringLiteral("first")},
                                            {QStringLiteral("postgres"), midnight + 10 * MinuteMs,
                                             midnight + 12 * MinuteMs, QStringLiteral("second")}});
        probes += minuteProbes({QStringLiteral("postgres")}, midnight + 2 * DayMs,
                               midnight + 2 * DayMs + 10 * MinuteMs, UptimeStore::ServerSource);
        QTemporaryDir dir;
        UptimeStore store(dir.path(), settings);
        QVERIFY(store.open().ok());
        QList<qsizetype> indexes;
        for (qsizetype i = 0; i < probes.size(); ++i)
            indexes.append(order == 1 ? probes.size() - 1 - i : i);
        if (order == 2)
            std::stable_sort(indexes.begin(), indexes.end(),
                             [](qsizetype a, qsizetype b) { return a % 2 > b % 2; });
        for (const qsizetype i : indexes)
            QVERIFY(store.addProbes(QStringLiteral("prod"), {probes.at(i)}).ok());
        UptimeOptions options;
        options.settings = settings;
        const TimeRange all{midnight - DayMs, midnight + 3 * DayMs};
        for (const TimeRange &period :
             {all, TimeRange{midnight - DayMs, midnight}, TimeRange{midnight, midnight + DayMs}}) {
            compareSummaries(store.uptime(QStringLiteral("prod"), period).value().components,
                             UptimeSummary::summarize(probes, period, options));
        }
        QCOMPARE(store.timeline(QStringLiteral("prod"), QStringLiteral("postgres"), all).value(),
                 ComponentTimeline::build(probes, settings));
    }

    void sameProbeTwiceCountsOnce()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const ProbeResults probes =
            minuteProbes({QStringLiteral("postgres")}, Nov1, Nov1 + 60 * MinuteMs, UptimeStore::ServerSource);
        QCOMPARE(store.addProbes(QStringLiteral("prod"), probes).value(), 60);
        QCOMPARE(store.addProbes(QStringLiteral("prod"), probes).value(), 0);
        QCOMPARE(store.probes(QStringLiteral("prod"), {Nov1, Nov1 + DayMs}).value().size(), 60);
        QCOMPARE(store.components(QStringLiteral("prod")).value(), QStringList{QStringLiteral("postgres")});
        QCOMPARE(store.stacks().value(), QStringList{QStringLiteral("prod")});
    }

    void dailyRollupsFollowMaintenance()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const ProbeResults probes =
            minuteProbes({QStringLiteral("postgres")}, Nov1, Nov1 + 2 * DayMs, UptimeStore::ServerSource,
                         {{QStringLiteral("postgres"), Nov1 + 3'600'000, Nov1 + 2 * 3'600'000,
                           QStringLiteral("refused")}});
        QVERIFY(store.addProbes(QStringLiteral("prod"), probes).ok());
        auto days = store.dailyRollups(QStringLiteral("prod"), Nov1, Nov1 + 2 * DayMs).value();
        // Two days, each with postgres and the whole stack.
        QCOMPARE(days.size(), 4);
        QCOMPARE(days.at(0).component, QStringLiteral("*"));
        QCOMPARE(days.at(1).component, QStringLiteral("postgres"));
        QCOMPARE(days.at(1).downMs, 3'600'000);
        QCOMPARE(days.at(1).probes, 1440);
        QCOMPARE(days.at(1).failedProbes, 60);
        QVERIFY(days.at(1).latency.p50.has_value());
        QCOMPARE(days.at(3).downMs, 0);

        const Result<qint64> id =
            store.addMaintenance(QStringLiteral("prod"), {Nov1 + 3'600'000, Nov1 + 7'200'000});
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        days = store.dailyRollups(QStringLiteral("prod"), Nov1, Nov1 + DayMs).value();
        QCOMPARE(days.at(1).downMs, 0);
        QCOMPARE(days.at(1).maintenanceMs, 3'600'000);
        QCOMPARE(*store.uptime(QStringLiteral("prod"), {Nov1, Nov1 + DayMs})
                      .value()
                      .wholeStack()
                      ->availability.availability,
                 1.0);
        QVERIFY(store.removeMaintenance(id.value()).ok());
        days = store.dailyRollups(QStringLiteral("prod"), Nov1, Nov1 + DayMs).value();
        QCOMPARE(days.at(1).downMs, 3'600'000);
        QVERIFY(!store.removeMaintenance(id.value()).ok());
        QVERIFY(!store.addMaintenance(QStringLiteral("prod"), {Nov1, Nov1}).ok());
    }

    void targetAndCursorPersist()
    {
        QTemporaryDir dir;
        UptimePullCursor cursor;
        cursor.log = {QStringLiteral("2026-11.log"), 4096,
                      QByteArrayLiteral("2026-11-01T00:00:01Z\tpostgres\tok\t3\t-")};
        cursor.inode = 1234567;
        cursor.pulledAtMs = Nov1;
        {
            UptimeStore store(dir.path());
            QVERIFY(store.open().ok());
            QCOMPARE(store.target(QStringLiteral("prod")).value(), 0.999);
            QCOMPARE(store.pullCursor(QStringLiteral("prod")).value(), UptimePullCursor());
            QVERIFY(store.setTarget(QStringLiteral("prod"), 0.995).ok());
            QVERIFY(!store.setTarget(QStringLiteral("prod"), 1.0).ok());
            QVERIFY(store.setPullCursor(QStringLiteral("prod"), cursor).ok());
        }
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QCOMPARE(store.target(QStringLiteral("prod")).value(), 0.995);
        QCOMPARE(store.target(QStringLiteral("staging")).value(), 0.999);
        QCOMPARE(store.pullCursor(QStringLiteral("prod")).value(), cursor);
        // The budget follows the stack's target: 0.5% of November is 216 minutes.
        QVERIFY(
            store
                .addProbes(QStringLiteral("prod"), minuteProbes({QStringLiteral("postgres")}, Nov1,
                                                                Nov1 + 30 * DayMs, UptimeStore::ServerSource))
                .ok());
        const StackUptime month = store.uptime(QStringLiteral("prod"), {Nov1, Nov1 + 30 * DayMs}).value();
        QCOMPARE(month.wholeStack()->budget.allowedMinutes, 216.0);
    }

    void sharesTheDashboardHistoryFile()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QCOMPARE(store.filePath(), QDir(dir.path()).filePath(QStringLiteral("history.sqlite")));
        QVERIFY(QFile::exists(store.filePath()));
    }

    void pruningRawKeepsFigures()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const ProbeResults probes =
            minuteProbes({QStringLiteral("postgres")}, Nov1, Nov1 + 3 * DayMs, UptimeStore::ServerSource,
                         {{QStringLiteral("postgres"), Nov1 + 3'600'000, Nov1 + 2 * 3'600'000,
                           QStringLiteral("refused")}});
        QVERIFY(store.addProbes(QStringLiteral("prod"), probes).ok());
        const TimeRange firstTwoDays{Nov1, Nov1 + 2 * DayMs};
        const StackUptime before = store.uptime(QStringLiteral("prod"), firstTwoDays).value();
        QCOMPARE(store.pruneRawProbes(Nov1 + 2 * DayMs).value(), 2 * 1440);
        QCOMPARE(store.probes(QStringLiteral("prod"), firstTwoDays).value().size(), 0);
        const StackUptime after = store.uptime(QStringLiteral("prod"), firstTwoDays).value();
        compareSummaries(after.components, before.components);
        QCOMPARE(after.components.first().latency.samples, 2 * 1440 - 60);

        QVERIFY(store.pruneHistory(QStringLiteral("prod"), Nov1 + 2 * DayMs).value() > 0);
        QVERIFY(store.uptime(QStringLiteral("prod"), firstTwoDays).value().components.isEmpty());
        QCOMPARE(store.uptime(QStringLiteral("prod"), {Nov1 + 2 * DayMs, Nov1 + 3 * DayMs})
                     .value()
                     .wholeStack()
                     ->availability.availability,
                 1.0);
    }

    void rebuildGivesTheSameTimeline()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        const ProbeResults probes = minuteProbes(
            {QStringLiteral("postgres"), QStringLiteral("rest")}, Nov1, Nov1 + 9 * DayMs,
            UptimeStore::ServerSource,
            {{QStringLiteral("rest"), Nov1 + 6 * DayMs, Nov1 + 8 * DayMs, QStringLiteral("HTTP 502")}});
        QVERIFY(store.addProbes(QStringLiteral("prod"), probes).ok());
        const TimeRange all{Nov1, Nov1 + 9 * DayMs};
        const auto before = store.timeline(QStringLiteral("prod"), QStringLiteral("rest"), all).value();
        QVERIFY(store.rebuild(QStringLiteral("prod")).ok());
        QCOMPARE(store.timeline(QStringLiteral("prod"), QStringLiteral("rest"), all).value(), before);
        QCOMPARE(before.size(), 3);
        QCOMPARE(before.at(1).state, ComponentState::Down);
        QCOMPARE(before.at(1).reason, QStringLiteral("HTTP 502"));
    }

    void killedMidWriteLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), dir.path()});
        QVERIFY(child.waitForStarted());
        qint64 committed = 0;
        QByteArray pending;
        while (committed < 40 && child.waitForReadyRead(30000)) {
            pending += child.readAllStandardOutput();
            const qsizetype lastNewline = pending.lastIndexOf('\n');
            if (lastNewline < 0)
                continue;
            const QList<QByteArray> lines = pending.left(lastNewline).split('\n');
            pending = pending.mid(lastNewline + 1);
            committed = lines.last().split(' ').last().toLongLong();
        }
        QVERIFY2(committed >= 40, "the writer did not get going");
        child.kill(); // SIGKILL while it writes
        child.waitForFinished();

        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        const qint64 batches = store.pullCursor(QStringLiteral("prod")).value().log.offset / 1000;
        QVERIFY(batches >= committed);
        // Probes and cursor went in together.
        const ProbeResults stored = store.probes(QStringLiteral("prod"), {0, Nov1 + 365 * DayMs}).value();
        QCOMPARE(stored.size(), batches * 10 * 2);
        // And the timeline agrees with the probes that made it.
        const TimeRange period{Nov1, Nov1 + batches * 10 * MinuteMs};
        compareSummaries(store.uptime(QStringLiteral("prod"), period).value().components,
                         UptimeSummary::summarize(stored, period, UptimeOptions()));
    }

    void damagedFileIsSetAside()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(QStringLiteral("history.sqlite"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(!store.recoveryMessage().isEmpty());
        QVERIFY(store.recoveryMessage().contains(store.setAsidePath()));
        QVERIFY(QFile::exists(store.setAsidePath()));
        QVERIFY(
            store
                .addProbes(QStringLiteral("prod"), minuteProbes({QStringLiteral("postgres")}, Nov1,
                                                                Nov1 + 10 * MinuteMs, UptimeStore::AppSource))
                .ok());
    }

    void unusableDirectoryIsAnError()
    {
        UptimeStore store(QStringLiteral("/proc/supadesk-no-such-dir"));
        const Status opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("uptime.dir"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--writer")
        return writer(QString::fromLocal8Bit(argv[2]));
    TestUptimeStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_uptimestore.moc"
