// SPDX-License-Identifier: GPL-3.0-or-later
#include "dayrollup.h"

#include "uptimesummary.h"

#include <algorithm>

namespace supadesk {

namespace {

qint64 floorTo(qint64 t, qint64 unit)
{
    return t >= 0 ? t - t % unit : t - ((t % unit) + unit) % unit;
}

} // namespace

qint64 DayRollup::dayStart(qint64 tMs)
{
    return floorTo(tMs, DayMs);
}

qint64 DayRollup::hourStart(qint64 tMs)
{
    return floorTo(tMs, HourMs);
}

qint64 DayRollup::contextStart(qint64 firstDay, std::optional<qint64> lastOkBefore,
                               std::optional<qint64> lastBefore)
{
    if (lastOkBefore)
        return *lastOkBefore;
    // A run of failures longer than a day is down already; the silence back to the probe before
    // becomes a gap.
    if (lastBefore)
        return std::min(*lastBefore, firstDay - DayMs);
    return firstDay;
}

qint64 DayRollup::contextEnd(qint64 endMs, std::optional<qint64> firstOkFrom, std::optional<qint64> firstFrom)
{
    if (firstOkFrom)
        return *firstOkFrom;
    return std::max(endMs + DayMs, firstFrom.value_or(endMs));
}

ComponentDays DayRollup::component(const ProbeResults &probes, const UptimeSettings &rules, qint64 firstDay,
                                   qint64 lastDay, const QString &carriedReason)
{
    const qint64 d0 = firstDay;
    const qint64 d1 = lastDay + DayMs;
    ComponentDays out;
    for (const ProbeResult &p : probes) {
        if (p.tMs < d0 || p.tMs >= d1)
            continue;
        HourTally &hour = out.hours[hourStart(p.tMs)];
        ++hour.probes;
        if (!p.ok)
            ++hour.failed;
        else if (p.latencyMs)
            hour.latency.add(*p.latencyMs);
    }
    bool leading = true;
    for (const StateInterval &s : ComponentTimeline::build(probes, rules)) {
        qint64 a = std::max(s.range.startMs, d0);
        const qint64 b = std::min(s.range.endMs, d1);
        if (a >= b)
            continue;
        QString reason = s.reason;
        if (leading && s.state == ComponentState::Down && !carriedReason.isEmpty())
            reason = carriedReason;
        leading = false;
        while (a < b) { // cut at midnight
            const qint64 e = std::min(b, dayStart(a) + DayMs);
            out.intervals.append({{a, e}, s.state, reason});
            a = e;
        }
    }
    return out;
}

QList<DayRow> DayRollup::days(qint64 firstDay, qint64 lastDay,
                              const QMap<QString, QList<StateInterval>> &intervals,
                              const QHash<QString, QMap<qint64, HourTally>> &hours,
                              const QList<TimeRange> &maintenance)
{
    QList<DayRow> out;
    for (qint64 day = firstDay; day <= lastDay; day += DayMs) {
        const TimeRange period{day, day + DayMs};
        QList<QPair<QString, QList<StateInterval>>> components;
        int probes = 0;
        int failed = 0;
        for (auto it = intervals.cbegin(); it != intervals.cend(); ++it) {
            HourTally tally;
            const QMap<qint64, HourTally> ofComponent = hours.value(it.key());
            for (auto h = ofComponent.lowerBound(day); h != ofComponent.cend() && h.key() < day + DayMs;
                 ++h) {
                tally.probes += h->probes;
                tally.failed += h->failed;
                tally.latency.merge(h->latency);
            }
            QList<StateInterval> inDay;
            for (const StateInterval &s : it.value())
                if (s.range.endMs > day && s.range.startMs < day + DayMs)
                    inDay.append(s);
            if (inDay.isEmpty() && tally.probes == 0)
                continue;
            out.append(
                {it.key(), day,
                 AvailabilityCalculator::compute(it.key(), inDay, period, maintenance, GapPolicy::Exclude),
                 tally.probes, tally.failed, tally.latency});
            probes += tally.probes;
            failed += tally.failed;
            components.append({it.key(), inDay});
        }
        if (components.isEmpty())
            continue;
        out.append({UptimeSummary::wholeStack, day,
                    AvailabilityCalculator::combine(components, period, maintenance, GapPolicy::Exclude),
                    probes, failed, LatencyHistogram()});
    }
    return out;
}

} // namespace supadesk
