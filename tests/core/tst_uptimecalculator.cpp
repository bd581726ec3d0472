// SPDX-License-Identifier: GPL-3.0-or-later
// Uptime maths on constructed timelines: every expected figure follows from the timeline by hand.
#include "core/uptime/availabilityreport.h"
#include "core/uptime/latencystats.h"
#include "core/uptime/probelogparser.h"
#include "core/uptime/uptimeperiod.h"
#include "core/uptime/uptimesummary.h"

#include <QtTest>

using namespace supadesk;

namespace {

constexpr qint64 Minute = 60'000;
const QTimeZone utc = QTimeZone::utc();

qint64 at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// One probe a minute from `from` (inclusive) to `to` (exclusive); minutes listed in `failing`
// (counted from `from`) fail.
ProbeResults everyMinute(qint64 from, qint64 to, const QSet<int> &failing = {}, qint64 offset = 0,
                         const QString &source = QStringLiteral("server"))
{
    ProbeResults out;
    int i = 0;
    for (qint64 t = from; t < to; t += Minute, ++i) {
        ProbeResult p;
        p.tMs = t + offset;
        p.component = QStringLiteral("postgres");
        p.ok = !failing.contains(i);
        p.latencyMs = 5;
        if (!p.ok)
            p.reason = QStringLiteral("connection refused at minute %1").arg(i);
        p.source = source;
        out.append(p);
    }
    return out;
}

AvailabilityReport report(const ProbeResults &probes, const TimeRange &period,
                          const QList<TimeRange> &maintenance = {}, GapPolicy gaps = GapPolicy::CountAsDown,
                          UptimeSettings settings = {})
{
    return AvailabilityCalculator::compute(
        QStringLiteral("postgres"), ComponentTimeline::build(probes, settings), period, maintenance, gaps);
}

QSet<int> range(int from, int to)
{
    QSet<int> s;
    for (int i = from; i < to; ++i)
        s.insert(i);
    return s;
}

} // namespace

class TestUptimeCalculator : public QObject
{
    Q_OBJECT

private:
    const TimeRange november = UptimePeriod::month(2026, 11, utc);
    const qint64 novemberMinutes = 30 * 24 * 60;

private slots:
    void allGood()
    {
        const AvailabilityReport r = report(everyMinute(november.startMs, november.endMs), november);
        QCOMPARE(r.upMs, november.length());
        QCOMPARE(r.downMs, 0);
        QCOMPARE(r.noDataMs, 0);
        QCOMPARE(*r.availability, 1.0);
        QVERIFY(r.incidents.isEmpty());
    }

    void singleFailureIsABlip()
    {
        const AvailabilityReport r = report(everyMinute(november.startMs, november.endMs, {100}), november);
        QCOMPARE(r.downMs, 0);
        QCOMPARE(*r.availability, 1.0);
    }

    void twoFailuresAreDowntimeFromTheFirst()
    {
        const AvailabilityReport r =
            report(everyMinute(november.startMs, november.endMs, {100, 101}), november);
        QCOMPARE(r.downMs, 2 * Minute);
        QCOMPARE(r.upMs, (novemberMinutes - 2) * Minute);
        QCOMPARE(*r.availability, double(novemberMinutes - 2) / double(novemberMinutes)); // 99.99537%
        QCOMPARE(r.incidents.size(), 1);
        QCOMPARE(r.incidents.at(0).range,
                 TimeRange({november.startMs + 100 * Minute, november.startMs + 102 * Minute}));
        QCOMPARE(r.incidents.at(0).reason, QStringLiteral("connection refused at minute 100"));
        QVERIFY(!r.incidents.at(0).isGap);
    }

    void thresholdIsConfigurable_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<qint64>("down");
        // Failures: a run of 1 at minute 10, of 2 at 20-21, of 3 at 30-32.
        QTest::newRow("1") << 1 << 6 * Minute;
        QTest::newRow("2 (default)") << 2 << 5 * Minute;
        QTest::newRow("3") << 3 << 3 * Minute;
        QTest::newRow("4") << 4 << qint64(0);
    }

    void thresholdIsConfigurable()
    {
        QFETCH(int, threshold);
        UptimeSettings settings;
        settings.failureThreshold = threshold;
        const AvailabilityReport r =
            report(everyMinute(november.startMs, november.endMs, {10, 20, 21, 30, 31, 32}), november, {},
                   GapPolicy::CountAsDown, settings);
        QTEST(r.downMs, "down");
    }

    void overlappingSourcesMerge()
    {
        // The server's probe fails at minutes 100 and 101 (say, its own network); the app probes at
        // half past each minute and succeeds at 100:30, so there was never a second failure in a row.
        ProbeResults probes = everyMinute(november.startMs, november.endMs, {100, 101});
        probes += everyMinute(november.startMs + 90 * Minute, november.startMs + 110 * Minute, {}, 30'000,
                              QStringLiteral("app"));
        QCOMPARE(report(probes, november).downMs, 0);

        // Both sources see the outage: down from the first failure (100:00) to the first success (102:30).
        ProbeResults both = everyMinute(november.startMs, november.endMs, {100, 101, 102});
        both += everyMinute(november.startMs + 90 * Minute, november.startMs + 110 * Minute, {10, 11}, 30'000,
                            QStringLiteral("app"));
        const AvailabilityReport r = report(both, november);
        QCOMPARE(r.downMs, 2 * Minute + 30'000);
        QCOMPARE(r.incidents.size(), 1);
        QCOMPARE(r.incidents.at(0).range.startMs, november.startMs + 100 * Minute);
    }

    void sourcesAgreeingAtTheSameInstant()
    {
        // Duplicates of the same results (the same log pulled twice) change nothing.
        const ProbeResults probes = everyMinute(november.startMs, november.endMs, {5, 6});
        QCOMPARE(report(probes + probes, november).downMs, report(probes, november).downMs);
    }

    void gapsCountAsDownOrAreExcluded()
    {
        // No probe results for minutes 200-209: the last result before covers one interval (200-201),
        // the rest (201-210) is a gap of 9 minutes.
        ProbeResults probes = everyMinute(november.startMs, november.startMs + 201 * Minute);
        probes += everyMinute(november.startMs + 210 * Minute, november.endMs);
        const AvailabilityReport down = report(probes, november);
        QCOMPARE(down.gapMs, 9 * Minute);
        QCOMPARE(down.downMs, 9 * Minute);
        QCOMPARE(*down.availability, double(novemberMinutes - 9) / double(novemberMinutes));
        QCOMPARE(down.incidents.size(), 1);
        QVERIFY(down.incidents.at(0).isGap);
        QCOMPARE(down.incidents.at(0).range,
                 TimeRange({november.startMs + 201 * Minute, november.startMs + 210 * Minute}));

        const AvailabilityReport excluded = report(probes, november, {}, GapPolicy::Exclude);
        QCOMPARE(excluded.gapMs, 9 * Minute);
        QCOMPARE(excluded.downMs, 0);
        QCOMPARE(*excluded.availability, 1.0);
        QVERIFY(excluded.incidents.isEmpty());
    }

    void shortDelaysAreNotGaps()
    {
        // A probe that ran 2 minutes after the previous one (a slow cron minute) is within the tolerance.
        ProbeResults probes = everyMinute(november.startMs, november.endMs);
        probes.removeAt(50);
        const AvailabilityReport r = report(probes, november);
        QCOMPARE(r.gapMs, 0);
        QCOMPARE(*r.availability, 1.0);
    }

    void timeWithoutAnyProbeIsNoData()
    {
        // The probe was installed on 11 November at noon.
        const qint64 installed = at("2026-11-11T12:00:00Z");
        const AvailabilityReport r = report(everyMinute(installed, november.endMs, {0, 1, 2}), november);
        QCOMPARE(r.noDataMs, installed - november.startMs);
        QCOMPARE(r.downMs, 3 * Minute);
        const qint64 measured = november.endMs - installed;
        QCOMPARE(r.upMs + r.downMs, measured);
        QCOMPARE(*r.availability, double(measured - 3 * Minute) / double(measured));
        // Nothing at all: no figure rather than 0% or 100%.
        QVERIFY(!report({}, november).availability);
        QCOMPARE(report({}, november).noDataMs, november.length());
    }

    void maintenanceIsExcluded()
    {
        // Down from minute 1000 to 1020; maintenance declared 1010-1040.
        const qint64 s = november.startMs;
        const QList<TimeRange> maintenance = {{s + 1010 * Minute, s + 1040 * Minute}};
        const AvailabilityReport r =
            report(everyMinute(s, november.endMs, range(1000, 1020)), november, maintenance);
        QCOMPARE(r.maintenanceMs, 30 * Minute);
        QCOMPARE(r.downMs, 10 * Minute);
        QCOMPARE(r.upMs, (novemberMinutes - 30 - 10) * Minute);
        QCOMPARE(*r.availability, double(novemberMinutes - 40) / double(novemberMinutes - 30));
        QCOMPARE(r.incidents.size(), 1);
        QCOMPARE(r.incidents.at(0).range, TimeRange({s + 1000 * Minute, s + 1010 * Minute}));
        QCOMPARE(r.noDataMs, 0);

        // Overlapping and out-of-period windows count once and only inside the period.
        const QList<TimeRange> messy = {{s + 1010 * Minute, s + 1030 * Minute},
                                        {s + 1020 * Minute, s + 1040 * Minute},
                                        {s - 100 * Minute, s + 5 * Minute}};
        const AvailabilityReport m =
            report(everyMinute(s, november.endMs, range(1000, 1020)), november, messy);
        QCOMPARE(m.maintenanceMs, 35 * Minute);
        QCOMPARE(m.downMs, 10 * Minute);
    }

    void maintenanceSplitsAnIncident()
    {
        const qint64 s = november.startMs;
        const AvailabilityReport r = report(everyMinute(s, november.endMs, range(100, 130)), november,
                                            {{s + 110 * Minute, s + 120 * Minute}});
        QCOMPARE(r.downMs, 20 * Minute);
        QCOMPARE(r.incidents.size(), 2);
    }

    void monthBoundariesInTbilisi()
    {
        // Tbilisi is UTC+4: its November starts at 20:00 UTC on 31 October.
        const QTimeZone tbilisi("Asia/Tbilisi");
        QVERIFY(tbilisi.isValid());
        const TimeRange nov = UptimePeriod::month(2026, 11, tbilisi);
        QCOMPARE(nov.startMs, at("2026-10-31T20:00:00Z"));
        QCOMPARE(nov.endMs, at("2026-11-30T20:00:00Z"));
        QCOMPARE(nov.length(), novemberMinutes * Minute);

        // An outage 19:50-20:10 UTC on 31 October: ten minutes in Tbilisi's October, ten in its
        // November, and all of it in October for UTC.
        const qint64 from = at("2026-10-01T00:00:00Z");
        const qint64 to = at("2026-12-02T00:00:00Z");
        const int first = static_cast<int>((at("2026-10-31T19:50:00Z") - from) / Minute);
        const ProbeResults probes = everyMinute(from, to, range(first, first + 20));
        const TimeRange oct = UptimePeriod::month(2026, 10, tbilisi);
        QCOMPARE(report(probes, nov).downMs, 10 * Minute);
        QCOMPARE(report(probes, oct).downMs, 10 * Minute);
        QCOMPARE(report(probes, UptimePeriod::month(2026, 10, utc)).downMs, 20 * Minute);
        QCOMPARE(report(probes, november).downMs, 0);
        QCOMPARE(*report(probes, nov).availability, double(novemberMinutes - 10) / double(novemberMinutes));
    }

    void daylightSavingMonths_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("minutes");
        // Georgia last observed daylight saving time in 2003-2004: 30 March 2003 had 23 hours.
        QTest::newRow("Tbilisi, March 2003")
            << QByteArray("Asia/Tbilisi") << 2003 << 3 << qint64(31 * 1440 - 60);
        QTest::newRow("Tbilisi, October 2003")
            << QByteArray("Asia/Tbilisi") << 2003 << 10 << qint64(31 * 1440 + 60);
        QTest::newRow("Tbilisi, November 2026")
            << QByteArray("Asia/Tbilisi") << 2026 << 11 << qint64(30 * 1440);
        QTest::newRow("Berlin, March 2026")
            << QByteArray("Europe/Berlin") << 2026 << 3 << qint64(31 * 1440 - 60);
        QTest::newRow("Berlin, October 2026")
            << QByteArray("Europe/Berlin") << 2026 << 10 << qint64(31 * 1440 + 60);
        QTest::newRow("UTC, February 2028") << QByteArray("UTC") << 2028 << 2 << qint64(29 * 1440);
    }

    void daylightSavingMonths()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(qint64, minutes);
        const QTimeZone tz(zone);
        QVERIFY(tz.isValid());
        const TimeRange period = UptimePeriod::month(year, month, tz);
        QCOMPARE(period.length(), minutes * Minute);
        const QList<TimeRange> days = UptimePeriod::daysOfMonth(year, month, tz);
        QCOMPARE(days.first().startMs, period.startMs);
        QCOMPARE(days.last().endMs, period.endMs);
        qint64 sum = 0;
        for (qsizetype i = 0; i < days.size(); ++i) {
            sum += days.at(i).length();
            if (i > 0)
                QCOMPARE(days.at(i).startMs, days.at(i - 1).endMs);
        }
        QCOMPARE(sum, period.length());
        // One hour down in that month: availability over the month's real length.
        const ProbeResults probes = everyMinute(period.startMs, period.endMs, range(600, 660));
        QCOMPARE(*report(probes, period).availability, double(minutes - 60) / double(minutes));
        // The error budget follows the month's real length too.
        const ErrorBudget b = ErrorBudget::compute(0.999, period.length(), 0, 60 * Minute);
        QCOMPARE(b.allowedMinutes, 0.001 * double(minutes));
    }

    void shortDayInTbilisi2003()
    {
        const QList<TimeRange> days = UptimePeriod::daysOfMonth(2003, 3, QTimeZone("Asia/Tbilisi"));
        QCOMPARE(days.size(), 31);
        QCOMPARE(days.at(29).length(), 23 * 60 * Minute); // 30 March 2003
        QCOMPARE(days.at(28).length(), 24 * 60 * Minute);
    }

    void errorBudget_data()
    {
        QTest::addColumn<double>("target");
        QTest::addColumn<qint64>("periodMinutes");
        QTest::addColumn<qint64>("maintenanceMinutes");
        QTest::addColumn<qint64>("downMinutes");
        QTest::addColumn<double>("allowed");
        QTest::addColumn<double>("remaining");
        QTest::newRow("99.9% of 30 days")
            << 0.999 << qint64(43'200) << qint64(0) << qint64(2) << 43.2 << 41.2;
        QTest::newRow("99.9% of 31 days")
            << 0.999 << qint64(44'640) << qint64(0) << qint64(0) << 44.64 << 44.64;
        QTest::newRow("99.9% less maintenance")
            << 0.999 << qint64(43'200) << qint64(1'200) << qint64(0) << 42.0 << 42.0;
        QTest::newRow("99% missed") << 0.99 << qint64(43'200) << qint64(0) << qint64(500) << 432.0 << -68.0;
        QTest::newRow("99.99% of 30 days")
            << 0.9999 << qint64(43'200) << qint64(0) << qint64(1) << 4.32 << 3.32;
    }

    void errorBudget()
    {
        QFETCH(double, target);
        QFETCH(qint64, periodMinutes);
        QFETCH(qint64, maintenanceMinutes);
        QFETCH(qint64, downMinutes);
        QFETCH(double, allowed);
        QFETCH(double, remaining);
        const ErrorBudget b = ErrorBudget::compute(target, periodMinutes * Minute,
                                                   maintenanceMinutes * Minute, downMinutes * Minute);
        QVERIFY2(qAbs(b.allowedMinutes - allowed) < 1e-9,
                 qPrintable(QString::number(b.allowedMinutes, 'f', 12)));
        QVERIFY2(qAbs(b.remainingMinutes - remaining) < 1e-9,
                 qPrintable(QString::number(b.remainingMinutes, 'f', 12)));
        QCOMPARE(b.usedMinutes, double(downMinutes));
    }

    void rangeArithmetic()
    {
        const TimeRange within{0, 100};
        const QList<TimeRange> n =
            AvailabilityCalculator::normalize({{50, 60}, {-10, 5}, {55, 70}, {90, 200}, {70, 75}}, within);
        QCOMPARE(n, QList<TimeRange>({{0, 5}, {50, 75}, {90, 100}}));
        QCOMPARE(AvailabilityCalculator::subtract(within, n), QList<TimeRange>({{5, 50}, {75, 90}}));
        QCOMPARE(AvailabilityCalculator::subtract({10, 20}, {}), QList<TimeRange>({{10, 20}}));
        QCOMPARE(AvailabilityCalculator::subtract({10, 20}, {{0, 30}}), QList<TimeRange>());
    }

    void wholeStackIsDownWhenAnyComponentIs()
    {
        // postgres down 100-110, rest down 105-120 (overlapping), auth down 500-502.
        const qint64 s = november.startMs;
        ProbeResults probes = everyMinute(s, november.endMs, range(100, 110));
        ProbeResults rest = everyMinute(s, november.endMs, range(105, 120));
        for (ProbeResult &p : rest)
            p.component = QStringLiteral("rest");
        ProbeResults auth = everyMinute(s, november.endMs, range(500, 502));
        for (ProbeResult &p : auth)
            p.component = QStringLiteral("auth");
        probes += rest + auth;
        UptimeOptions options;
        options.maintenance = {{s + 115 * Minute, s + 125 * Minute}};
        const QList<ComponentSummary> summaries = UptimeSummary::summarize(probes, november, options);
        QCOMPARE(summaries.size(), 4);
        QCOMPARE(summaries.at(0).component, QStringLiteral("auth"));
        QCOMPARE(summaries.at(1).component, QStringLiteral("postgres"));
        QCOMPARE(summaries.at(2).component, QStringLiteral("rest"));
        QCOMPARE(summaries.at(2).availability.downMs, 10 * Minute); // 105-115, then maintenance
        const ComponentSummary &all = summaries.at(3);
        QCOMPARE(all.component, UptimeSummary::wholeStack);
        // Union: 100-115 (maintenance cuts 115-120) and 500-502.
        QCOMPARE(all.availability.downMs, 17 * Minute);
        QCOMPARE(all.availability.maintenanceMs, 10 * Minute);
        QCOMPARE(all.availability.upMs, (novemberMinutes - 10 - 17) * Minute);
        QCOMPARE(all.availability.noDataMs, 0);
        QCOMPARE(*all.availability.availability, double(novemberMinutes - 27) / double(novemberMinutes - 10));
        QCOMPARE(all.availability.incidents.size(), 2);
        QCOMPARE(all.availability.incidents.at(0).component, QStringLiteral("postgres, rest"));
        QCOMPARE(all.availability.incidents.at(1).component, QStringLiteral("auth"));
        QVERIFY(qAbs(all.budget.allowedMinutes - 0.001 * (novemberMinutes - 10)) < 1e-9);
        QVERIFY(qAbs(all.budget.remainingMinutes - (0.001 * (novemberMinutes - 10) - 17)) < 1e-9);
        QCOMPARE(*summaries.at(1).latency.p50, 5);
        QVERIFY(UptimeSummary::summarize({}, november, options).isEmpty());
    }

    void latencyPercentiles()
    {
        ProbeResults probes;
        for (int i = 1; i <= 100; ++i) {
            ProbeResult p;
            p.tMs = i * Minute;
            p.component = QStringLiteral("rest");
            p.ok = i != 100; // a failed probe's latency (a timeout) is not a response time
            p.latencyMs = i;
            probes.append(p);
        }
        const LatencyStats s = LatencyStats::compute(probes, QStringLiteral("rest"), {0, 1000 * Minute});
        QCOMPARE(s.samples, 99);
        QCOMPARE(*s.p50, 50);
        QCOMPARE(*s.p95, 95);
        QVERIFY(!LatencyStats::compute(probes, QStringLiteral("auth"), {0, 1000 * Minute}).p50);
    }

    void parseMonth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << "2026-11" << true;
        QTest::newRow("month 13") << "2026-13" << false;
        QTest::newRow("short") << "2026-1" << false;
        QTest::newRow("words") << "November" << false;
    }

    void parseMonth()
    {
        QFETCH(QString, text);
        int y = 0;
        int m = 0;
        QTEST(UptimePeriod::parseMonth(text, &y, &m), "valid");
    }

    void probeLog()
    {
        const QByteArray log = "# supadesk uptime probe\n"
                               "2026-11-25T19:00:01Z\tpostgres\tok\t3\t-\n"
                               "2026-11-25T19:00:01Z\trest\tfail\t5000\tHTTP 502\r\n"
                               "2026-11-25T23:00:01+04:00\tauth\tok\t12\t-\n"
                               "2026-11-25T19:00:01\tpostgres\tok\t3\t-\n"     // no zone: ambiguous
                               "2026-11-25T19:01:01Z\tpostgres\tmaybe\t3\t-\n" // unknown status
                               "garbage\n"
                               "\n"
                               "2026-11-25T19:02:01Z\tpostgres\tok\t-\t-\n"
                               "2026-11-25T19:03:01Z\tpostg"; // still being written
        const ProbeLogParser::Parsed p = ProbeLogParser::parse(log);
        QCOMPARE(p.results.size(), 4);
        QCOMPARE(p.malformedLines, 3);
        QCOMPARE(p.consumedBytes, log.lastIndexOf('\n') + 1);
        QCOMPARE(p.results.at(0).tMs, at("2026-11-25T19:00:01Z"));
        QCOMPARE(p.results.at(0).component, QStringLiteral("postgres"));
        QVERIFY(p.results.at(0).ok);
        QCOMPARE(*p.results.at(0).latencyMs, 3);
        QCOMPARE(p.results.at(0).source, QStringLiteral("server"));
        QVERIFY(!p.results.at(1).ok);
        QCOMPARE(p.results.at(1).reason, QStringLiteral("HTTP 502"));
        QCOMPARE(p.results.at(2).tMs, at("2026-11-25T19:00:01Z")); // the offset is honoured
        QVERIFY(!p.results.at(3).latencyMs);
    }
};

QTEST_GUILESS_MAIN(TestUptimeCalculator)
#include "tst_uptimecalculator.moc"
