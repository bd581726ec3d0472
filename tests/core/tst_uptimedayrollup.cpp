// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime history's roll-up maths without SQLite: the two-day scenario of uptimedayscenario.h gives
// the rows the store wrote before the maths moved into the core, at once or one day at a time with the
// context the store reads; a run of failures older than the context keeps its stored reason; days are
// UTC days, also before 1970.
#include "core/uptime/dayrollup.h"
#include "core/uptime/uptimesummary.h"
#include "core/uptimedayscenario.h"

#include <QtTest>

#include <algorithm>

using namespace supadesk;
using namespace supadesk::dayscenario;

namespace {

const UptimeSettings Rules; // two failures before down, minute probes, gaps beyond 150 s

ProbeResults of(const QString &component)
{
    ProbeResults out;
    for (const ProbeResult &p : probes())
        if (p.component == component)
            out.append(p);
    return out;
}

// The probes the store reads for days [firstDay, lastDay], chosen the way it chooses them.
ProbeResults inContext(const ProbeResults &all, qint64 firstDay, qint64 lastDay)
{
    const qint64 d0 = firstDay;
    const qint64 d1 = lastDay + DayMs;
    std::optional<qint64> prevOk, prev, nextOk, next;
    for (const ProbeResult &p : all) {
        if (p.tMs < d0) {
            prev = p.tMs;
            if (p.ok && p.tMs >= d0 - DayMs)
                prevOk = p.tMs;
        } else if (p.tMs >= d1) {
            if (!next)
                next = p.tMs;
            if (!nextOk && p.ok && p.tMs < d1 + DayMs)
                nextOk = p.tMs;
        }
    }
    const qint64 from = DayRollup::contextStart(d0, prevOk, prev);
    const qint64 to = DayRollup::contextEnd(d1, nextOk, next);
    ProbeResults out;
    for (const ProbeResult &p : all)
        if (p.tMs >= from && p.tMs <= to)
            out.append(p);
    return out;
}

void compareRows(QList<DayRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const DayRow &a, const DayRow &b) {
        return a.dayStartMs != b.dayStartMs ? a.dayStartMs < b.dayStartMs : a.component < b.component;
    });
    const QList<Day> expected = expectedDays();
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DayRow &r = rows.at(i);
        const Day &e = expected.at(i);
        QCOMPARE(r.component, e.component);
        QCOMPARE(r.dayStartMs, e.dayStartMs);
        QCOMPARE(r.availability.period, (TimeRange{e.dayStartMs, e.dayStartMs + DayMs}));
        QCOMPARE(r.availability.upMs, e.upMs);
        QCOMPARE(r.availability.downMs, e.downMs);
        QCOMPARE(r.availability.gapMs, e.gapMs);
        QCOMPARE(r.availability.maintenanceMs, e.maintenanceMs);
        QCOMPARE(r.availability.noDataMs, e.unknownMs);
        QCOMPARE(r.probes, e.probes);
        QCOMPARE(r.failed, e.failed);
        QCOMPARE(qint64(r.latency.count()), qint64(e.latencySamples));
    }
}

QList<StateInterval> within(const QList<StateInterval> &all, qint64 from, qint64 to)
{
    QList<StateInterval> out;
    for (const StateInterval &s : all)
        if (s.range.startMs >= from && s.range.startMs < to)
            out.append(s);
    return out;
}

} // namespace

class TestUptimeDayRollup : public QObject
{
    Q_OBJECT

private slots:
    void utcDays()
    {
        QCOMPARE(DayRollup::dayStart(Nov1), Nov1);
        QCOMPARE(DayRollup::dayStart(Nov2 - 1), Nov1);
        QCOMPARE(DayRollup::dayStart(Nov1 + 23 * HourMs + 59 * MinuteMs), Nov1);
        QCOMPARE(DayRollup::hourStart(Nov1 + 90 * MinuteMs), Nov1 + HourMs);
        // Before 1970 the day still starts at its own midnight, not the next one.
        QCOMPARE(DayRollup::dayStart(-1), -DayMs);
        QCOMPARE(DayRollup::dayStart(-DayMs), -DayMs);
        QCOMPARE(DayRollup::hourStart(-1), -HourMs);
    }

    void bothDaysAtOnce()
    {
        const ComponentDays postgres =
            DayRollup::component(of(QStringLiteral("postgres")), Rules, Nov1, Nov2);
        const ComponentDays rest = DayRollup::component(of(QStringLiteral("rest")), Rules, Nov1, Nov2);
        QCOMPARE(postgres.intervals, expectedPostgresIntervals());
        QCOMPARE(rest.intervals, expectedRestIntervals());
        // Hours: 18 on the first day, 11 on the second (03:00 was silent).
        QCOMPARE(postgres.hours.size(), 18 + 11);
        QCOMPARE(postgres.hours.value(Nov1 + 8 * HourMs).probes, 60);
        QCOMPARE(postgres.hours.value(Nov1 + 8 * HourMs).failed, 1);
        QCOMPARE(qint64(postgres.hours.value(Nov1 + 8 * HourMs).latency.count()), 59);
        QCOMPARE(postgres.hours.value(Nov2).failed, 20);
        QVERIFY(!postgres.hours.contains(Nov2 + 3 * HourMs));
        QCOMPARE(rest.hours.keys(), QList<qint64>{Nov1 + 10 * HourMs});

        const QList<DayRow> rows = DayRollup::days(
            Nov1, Nov2,
            {{QStringLiteral("postgres"), postgres.intervals}, {QStringLiteral("rest"), rest.intervals}},
            {{QStringLiteral("postgres"), postgres.hours}, {QStringLiteral("rest"), rest.hours}},
            maintenance());
        compareRows(rows);
        // Per day the components in order, then the whole stack without latency of its own.
        QCOMPARE(rows.at(2).component, UptimeSummary::wholeStack);
        QCOMPARE(rows.at(2).latency.count(), 0u);
    }

    // The store recomputes the days new probes touch: each day alone, from the probes around it,
    // gives the same pieces as both days at once.
    void oneDayAtATime()
    {
        const ProbeResults all = of(QStringLiteral("postgres"));
        QList<StateInterval> pieces;
        QMap<qint64, HourTally> hours;
        for (const qint64 day : {Nov2, Nov1}) {
            const ComponentDays one = DayRollup::component(inContext(all, day, day), Rules, day, day);
            for (const StateInterval &s : one.intervals) {
                QVERIFY(s.range.startMs >= day && s.range.endMs <= day + DayMs);
                pieces.append(s);
            }
            hours.insert(one.hours);
        }
        std::sort(pieces.begin(), pieces.end(), [](const StateInterval &a, const StateInterval &b) {
            return a.range.startMs < b.range.startMs;
        });
        QCOMPARE(pieces, expectedPostgresIntervals());
        QCOMPARE(hours.size(), 18 + 11);
        // Nov 2 alone reads back to the last success before it and on to the first after its end.
        const ProbeResults nov2 = inContext(all, Nov2, Nov2);
        QCOMPARE(nov2.first().tMs, Nov2 - 11 * MinuteMs);
        QCOMPARE(nov2.last().tMs, Nov2 + 12 * HourMs - MinuteMs);
        QCOMPARE(within(pieces, Nov2, Nov2 + DayMs).first().reason, QStringLiteral("refused"));
    }

    // Failures from Nov 1 00:00 ("timeout", then "refused" from 01:00) until Nov 3 12:00. Recomputing
    // Nov 3 reads back only a day, where every failure says "refused": the reason stored for the run
    // is carried instead.
    void aLongRunKeepsItsStoredReason()
    {
        ProbeResults all;
        for (qint64 t = Nov1; t < Nov1 + 3 * DayMs; t += MinuteMs) {
            const bool ok = t >= Nov1 + 2 * DayMs + 12 * HourMs;
            all.append({t, QStringLiteral("postgres"), ok, ok ? std::optional<int>(5) : std::nullopt,
                        ok                  ? QString()
                        : t < Nov1 + HourMs ? QStringLiteral("timeout")
                                            : QStringLiteral("refused"),
                        QStringLiteral("server")});
        }
        const qint64 nov3 = Nov1 + 2 * DayMs;
        const ProbeResults context = inContext(all, nov3, nov3);
        QCOMPARE(context.first().tMs, nov3 - DayMs); // no success in the day before: back a day only
        const ComponentDays carried =
            DayRollup::component(context, Rules, nov3, nov3, QStringLiteral("timeout"));
        QCOMPARE(
            carried.intervals.first(),
            (StateInterval{{nov3, nov3 + 12 * HourMs}, ComponentState::Down, QStringLiteral("timeout")}));
        QCOMPARE(carried.intervals.last().state, ComponentState::Up);
        const ComponentDays fresh = DayRollup::component(context, Rules, nov3, nov3);
        QCOMPARE(fresh.intervals.first().reason, QStringLiteral("refused"));
        // Whole days from the start name the run after its first failure either way.
        const ComponentDays whole = DayRollup::component(all, Rules, Nov1, nov3);
        QCOMPARE(whole.intervals.first().reason, QStringLiteral("timeout"));
        QCOMPARE(whole.intervals.size(), 4); // down cut at both midnights, then up
    }

    // A day with probes but no piece of the timeline still has a row; a component without a timeline
    // around the days has none, whatever its hours say; a day without anything is left out.
    void whichDaysHaveRows()
    {
        const QMap<QString, QList<StateInterval>> intervals{
            {QStringLiteral("postgres"), {{{Nov1 + 23 * HourMs, Nov2}, ComponentState::Up, {}}}}};
        QMap<qint64, HourTally> late;
        late.insert(Nov2 + 5 * HourMs, {3, 1, {}});
        const QList<DayRow> rows =
            DayRollup::days(Nov1, Nov1 + 2 * DayMs, intervals,
                            {{QStringLiteral("postgres"), late}, {QStringLiteral("rest"), late}}, {});
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).component, QStringLiteral("postgres"));
        QCOMPARE(rows.at(0).availability.upMs, HourMs);
        QCOMPARE(rows.at(0).availability.noDataMs, 23 * HourMs);
        QCOMPARE(rows.at(0).probes, 0);
        QCOMPARE(rows.at(1).component, UptimeSummary::wholeStack);
        QCOMPARE(rows.at(2).dayStartMs, Nov2);
        QCOMPARE(rows.at(2).probes, 3);
        QCOMPARE(rows.at(2).failed, 1);
        QCOMPARE(rows.at(2).availability.noDataMs, DayMs);
        QCOMPARE(rows.at(3).probes, 3); // the whole stack counts postgres only
    }

    // Maintenance is taken out of down, gap and unknown time alike, only inside the day.
    void maintenanceOnlyInsideTheDay()
    {
        const QMap<QString, QList<StateInterval>> intervals{
            {QStringLiteral("postgres"),
             {{{Nov1, Nov1 + 12 * HourMs}, ComponentState::Up, {}},
              {{Nov1 + 12 * HourMs, Nov1 + 14 * HourMs}, ComponentState::Down, QStringLiteral("refused")},
              {{Nov1 + 14 * HourMs, Nov1 + 15 * HourMs}, ComponentState::Gap, {}}}}};
        const QList<TimeRange> windows{{Nov1 + 13 * HourMs, Nov1 + 16 * HourMs},
                                       {Nov1 - HourMs, Nov1 + HourMs}};
        const QList<DayRow> rows = DayRollup::days(Nov1, Nov1, intervals, {}, windows);
        QCOMPARE(rows.size(), 2);
        const AvailabilityReport &r = rows.first().availability;
        QCOMPARE(r.maintenanceMs, 4 * HourMs);
        QCOMPARE(r.upMs, 11 * HourMs);
        QCOMPARE(r.downMs, HourMs);
        QCOMPARE(r.gapMs, 0);
        QCOMPARE(r.noDataMs, 8 * HourMs);
    }
};

QTEST_GUILESS_MAIN(TestUptimeDayRollup)
#include "tst_uptimedayrollup.moc"
