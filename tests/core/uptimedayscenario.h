// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Two UTC days of probes that exercise every rule of the daily roll-up, shared by the core test of
// DayRollup (tests/core/tst_uptimedayrollup.cpp) and the store's test that feeds the same probes through
// SQLite (tests/db/tst_uptimestoredays.cpp): both must give the rows written down here, which are what the
// uptime store computed before the roll-up moved into the core.
#include "core/uptime/componenttimeline.h"
#include "core/uptime/proberesult.h"

#include <QList>
#include <QString>

namespace supadesk::dayscenario {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 3'600'000;
constexpr qint64 DayMs = 86'400'000;
// 2026-11-01T00:00:00Z
constexpr qint64 Nov1 = 1'793'491'200'000;
constexpr qint64 Nov2 = Nov1 + DayMs;

inline const QString Stack = QStringLiteral("prod");

// postgres: minute probes from Nov 1 06:00 to Nov 2 12:00 (the first day starts late, the second ends
// early) with one failed probe at 08:00 (a blip, up), failures from 23:50 to 00:20 across midnight
// ("refused"), and silence from Nov 2 03:00 to 04:00 (a gap). rest: probes from Nov 1 10:00 to 11:00 only.
// Latencies vary with the minute so the hourly histograms have something to hold.
inline ProbeResults probes()
{
    ProbeResults out;
    for (qint64 t = Nov1 + 6 * HourMs; t < Nov2 + 12 * HourMs; t += MinuteMs) {
        if (t >= Nov2 + 3 * HourMs && t < Nov2 + 4 * HourMs)
            continue;
        ProbeResult p{t,  QStringLiteral("postgres"), true, int(3 + (t / MinuteMs) % 17),
                      {}, QStringLiteral("server")};
        const bool blip = t == Nov1 + 8 * HourMs;
        const bool outage = t >= Nov2 - 10 * MinuteMs && t < Nov2 + 20 * MinuteMs;
        if (blip || outage) {
            p.ok = false;
            p.latencyMs.reset();
            p.reason = blip ? QStringLiteral("timeout") : QStringLiteral("refused");
        }
        out.append(p);
    }
    for (qint64 t = Nov1 + 10 * HourMs; t < Nov1 + 11 * HourMs; t += MinuteMs)
        out.append(
            {t, QStringLiteral("rest"), true, int(100 + (t / MinuteMs) % 7), {}, QStringLiteral("app")});
    return out;
}

// One window over the outage's midnight, one inside the gap.
inline QList<TimeRange> maintenance()
{
    return {{Nov2 - 5 * MinuteMs, Nov2 + 10 * MinuteMs},
            {Nov2 + 3 * HourMs + 30 * MinuteMs, Nov2 + 3 * HourMs + 45 * MinuteMs}};
}

// One row of the daily roll-up, as uptime_day holds it.
struct Day
{
    QString component;
    qint64 dayStartMs;
    qint64 upMs;
    qint64 downMs;
    qint64 gapMs;
    qint64 maintenanceMs;
    qint64 unknownMs;
    int probes;
    int failed;
    int latencySamples;
};

// By day, then component ("*", the whole stack, sorts first).
inline QList<Day> expectedDays()
{
    return {
        {QStringLiteral("*"), Nov1, 64'200'000, 300'000, 0, 300'000, 21'600'000, 1140, 11, 0},
        {QStringLiteral("postgres"), Nov1, 64'200'000, 300'000, 0, 300'000, 21'600'000, 1080, 11, 1069},
        {QStringLiteral("rest"), Nov1, 3'600'000, 0, 0, 300'000, 82'500'000, 60, 0, 60},
        // The whole stack's up time includes postgres's gap here, so the row adds up to 24 h 45 min:
        // what AvailabilityCalculator::combine gives under GapPolicy::Exclude, recorded as it is.
        {QStringLiteral("*"), Nov2, 41'100'000, 600'000, 2'700'000, 1'500'000, 43'200'000, 660, 20, 0},
        {QStringLiteral("postgres"), Nov2, 38'400'000, 600'000, 2'700'000, 1'500'000, 43'200'000, 660, 20,
         640},
    };
}

// The stored timeline of postgres over both days: cut at midnight, so the outage is two pieces.
inline QList<StateInterval> expectedPostgresIntervals()
{
    return {
        {{Nov1 + 6 * HourMs, Nov2 - 10 * MinuteMs}, ComponentState::Up, {}},
        {{Nov2 - 10 * MinuteMs, Nov2}, ComponentState::Down, QStringLiteral("refused")},
        {{Nov2, Nov2 + 20 * MinuteMs}, ComponentState::Down, QStringLiteral("refused")},
        {{Nov2 + 20 * MinuteMs, Nov2 + 3 * HourMs}, ComponentState::Up, {}},
        {{Nov2 + 3 * HourMs, Nov2 + 4 * HourMs}, ComponentState::Gap, {}},
        {{Nov2 + 4 * HourMs, Nov2 + 12 * HourMs}, ComponentState::Up, {}},
    };
}

inline QList<StateInterval> expectedRestIntervals()
{
    return {{{Nov1 + 10 * HourMs, Nov1 + 11 * HourMs}, ComponentState::Up, {}}};
}

} // namespace supadesk::dayscenario
