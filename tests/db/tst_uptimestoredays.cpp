// SPDX-License-Identifier: GPL-3.0-or-later
// The uptime store's daily roll-up and timeline on a real SQLite file, for the probes of
// tests/core/uptimedayscenario.h: stored at once, day by day, last day first, with maintenance declared
// before or after, and rebuilt, the rows are always those written down there.
#include "core/uptimedayscenario.h"
#include "db/uptimestore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;
using namespace supadesk::dayscenario;

namespace {

// As UptimeStore::timeline() returns them: pieces cut at midnight joined again.
QList<StateInterval> joined(const QList<StateInterval> &pieces)
{
    QList<StateInterval> out;
    for (const StateInterval &s : pieces)
        if (!out.isEmpty() && out.last().state == s.state && out.last().range.endMs == s.range.startMs)
            out.last().range.endMs = s.range.endMs;
        else
            out.append(s);
    return out;
}

void compareStore(UptimeStore &store)
{
    const QList<UptimeDayRollup> rows = store.dailyRollups(Stack, Nov1, Nov2 + DayMs).value();
    const QList<Day> expected = expectedDays();
    QCOMPARE(rows.size(), expected.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const UptimeDayRollup &r = rows.at(i);
        const Day &e = expected.at(i);
        QCOMPARE(r.component, e.component);
        QCOMPARE(r.dayStartMs, e.dayStartMs);
        QCOMPARE(r.upMs, e.upMs);
        QCOMPARE(r.downMs, e.downMs);
        QCOMPARE(r.gapMs, e.gapMs);
        QCOMPARE(r.maintenanceMs, e.maintenanceMs);
        QCOMPARE(r.unknownMs, e.unknownMs);
        QCOMPARE(r.probes, e.probes);
        QCOMPARE(r.failedProbes, e.failed);
        QCOMPARE(r.latency.samples, e.latencySamples);
    }
    const TimeRange both{Nov1, Nov2 + DayMs};
    QCOMPARE(store.timeline(Stack, QStringLiteral("postgres"), both).value(),
             joined(expectedPostgresIntervals()));
    QCOMPARE(store.timeline(Stack, QStringLiteral("rest"), both).value(), joined(expectedRestIntervals()));
}

ProbeResults between(qint64 from, qint64 to)
{
    ProbeResults out;
    for (const ProbeResult &p : probes())
        if (p.tMs >= from && p.tMs < to)
            out.append(p);
    return out;
}

} // namespace

class TestUptimeStoreDays : public QObject
{
    Q_OBJECT

private slots:
    void storedAtOnce()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store.addProbes(Stack, probes()).ok());
        for (const TimeRange &w : maintenance())
            QVERIFY(store.addMaintenance(Stack, w).ok());
        compareStore(store);
        QVERIFY(store.rebuild(Stack).ok());
        compareStore(store);
    }

    void storedHourByHourLastDayFirst()
    {
        QTemporaryDir dir;
        UptimeStore store(dir.path());
        QVERIFY(store.open().ok());
        for (const TimeRange &w : maintenance())
            QVERIFY(store.addMaintenance(Stack, w).ok());
        for (qint64 hour = Nov2 + 23 * HourMs; hour >= Nov1; hour -= HourMs)
            QVERIFY(store.addProbes(Stack, between(hour, hour + HourMs)).ok());
        compareStore(store);
    }
};

QTEST_GUILESS_MAIN(TestUptimeStoreDays)
#include "tst_uptimestoredays.moc"
