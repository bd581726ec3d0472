// SPDX-License-Identifier: GPL-3.0-or-later
// A stack's own probe settings: the number of failures before down and the probe interval decide
// both the live state (FailureStreak) and the recorded history (ComponentTimeline).
#include "core/uptime/componenttimeline.h"
#include "core/uptime/failurestreak.h"
#include "core/uptime/uptimestacksettings.h"

#include <QtTest>

using namespace supadesk;

namespace {

ProbeResults pattern(const QString &okOrFailed, qint64 everyMs)
{
    ProbeResults probes;
    for (int i = 0; i < okOrFailed.size(); ++i)
        probes.append({i * everyMs, QStringLiteral("postgres"), okOrFailed.at(i) == QLatin1Char('o'), 5,
                       okOrFailed.at(i) == QLatin1Char('o') ? QString() : QStringLiteral("refused"),
                       QStringLiteral("app")});
    return probes;
}

qint64 downMs(const QList<StateInterval> &timeline)
{
    qint64 total = 0;
    for (const StateInterval &s : timeline)
        if (s.state == ComponentState::Down)
            total += s.range.length();
    return total;
}

} // namespace

class TestUptimeStackSettings : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheIssuesFigures()
    {
        const UptimeStackSettings s;
        QCOMPARE(s.probeIntervalSeconds, 60);
        QCOMPARE(s.failuresBeforeDown, 2);
        const UptimeSettings timeline = s.timelineSettings();
        QCOMPARE(timeline.failureThreshold, 2);
        QCOMPARE(timeline.probeIntervalMs, 60'000);
        QCOMPARE(timeline.maxProbeGapMs, UptimeSettings().maxProbeGapMs);
    }

    void outOfRangeValuesAreBounded_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("boundedInterval");
        QTest::addColumn<int>("boundedFailures");
        QTest::newRow("too small") << 1 << 0 << 10 << 1;
        QTest::newRow("too large") << 99'999 << 50 << 3600 << 10;
        QTest::newRow("within") << 30 << 3 << 30 << 3;
    }
    void outOfRangeValuesAreBounded()
    {
        QFETCH(int, interval);
        QFETCH(int, failures);
        QFETCH(int, boundedInterval);
        QFETCH(int, boundedFailures);
        const UptimeStackSettings b = UptimeStackSettings{interval, failures}.bounded();
        QCOMPARE(b.probeIntervalSeconds, boundedInterval);
        QCOMPARE(b.failuresBeforeDown, boundedFailures);
    }

    void thresholdThreeIsDownOnlyAfterThreeFailures_data()
    {
        QTest::addColumn<QString>("probes"); // o = ok, x = failed, one per interval
        QTest::addColumn<bool>("down");
        QTest::newRow("two failures") << QStringLiteral("oxxo") << false;
        QTest::newRow("three failures") << QStringLiteral("oxxxo") << true;
    }
    void thresholdThreeIsDownOnlyAfterThreeFailures()
    {
        QFETCH(QString, probes);
        QFETCH(bool, down);
        const UptimeStackSettings stack{30, 3};
        const ProbeResults results = pattern(probes, 30'000);

        FailureStreak live(stack.failuresBeforeDown);
        int failuresWhenDown = 0;
        int failures = 0;
        for (const ProbeResult &p : results) {
            failures = p.ok ? 0 : failures + 1;
            if (const auto change = live.record(p); change && change->down)
                failuresWhenDown = failures;
        }
        QCOMPARE(failuresWhenDown, down ? 3 : 0);

        // History: the run is downtime from its first failure to the next success, 3 x 30 s.
        const QList<StateInterval> timeline = ComponentTimeline::build(results, stack.timelineSettings());
        QCOMPARE(downMs(timeline), down ? 90'000 : 0);
    }

    void aLongIntervalIsNotAGap()
    {
        // Ten-minute probes: the time between two of them is covered, not a gap.
        const UptimeStackSettings stack{600, 2};
        const QList<StateInterval> timeline =
            ComponentTimeline::build(pattern(QStringLiteral("oooo"), 600'000), stack.timelineSettings());
        for (const StateInterval &s : timeline)
            QCOMPARE(s.state, ComponentState::Up);
        QCOMPARE(timeline.last().range.endMs, 4 * 600'000);
    }
};

QTEST_GUILESS_MAIN(TestUptimeStackSettings)
#include "tst_uptimestacksettings.moc"
