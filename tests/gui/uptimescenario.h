// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A month of probe results for the Uptime tests, built probe by probe as the server's probe would
// write them (every 60 s, three components), with known incidents:
//   prod:    3 Nov 10:00-10:12 postgres "connection refused" (12 min)
//            5 Nov 08:00 one failed auth probe (a blip: not downtime)
//            12 Nov 02:30-02:35 rest "HTTP 502" (5 min)
//            20 Nov 14:00-14:20 no probe results at all: the server was down (20 min)
//            25 Nov 01:00-02:00 maintenance, postgres down inside it (not counted)
//   staging: 8 Nov 09:00-10:00 auth "timeout" (60 min), target 99.95%
// All times UTC, November 2026.
#include "core/stack.h"
#include "core/uptime/proberesult.h"

#include <QDateTime>
#include <QTimeZone>

namespace uptimescenario {

using namespace supadesk;

inline qint64 at(int day, int hour, int minute)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, minute), QTimeZone::utc()).toMSecsSinceEpoch();
}

inline qint64 monthStart()
{
    return at(1, 0, 0);
}

inline qint64 monthEnd()
{
    return QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

struct Failure
{
    QString component;
    qint64 fromMs;
    qint64 toMs; // probes in [from, to) fail
    QString reason;
};

inline ProbeResults month(const QList<Failure> &failures, const QList<TimeRange> &silent = {})
{
    ProbeResults out;
    const QStringList components = {QStringLiteral("auth"), QStringLiteral("postgres"),
                                    QStringLiteral("rest")};
    for (qint64 t = monthStart(); t < monthEnd(); t += 60'000) {
        bool quiet = false;
        for (const TimeRange &r : silent)
            quiet = quiet || (t >= r.startMs && t < r.endMs);
        if (quiet)
            continue;
        for (int c = 0; c < components.size(); ++c) {
            ProbeResult p;
            p.tMs = t;
            p.component = components.at(c);
            p.source = QStringLiteral("server");
            p.ok = true;
            for (const Failure &f : failures)
                if (f.component == p.component && p.tMs >= f.fromMs && p.tMs < f.toMs) {
                    p.ok = false;
                    p.reason = f.reason;
                }
            if (p.ok)
                p.latencyMs = 10 + 5 * c + int((t / 60'000) % 7);
            out.append(p);
        }
    }
    return out;
}

inline ProbeResults prod()
{
    return month(
        {{QStringLiteral("postgres"), at(3, 10, 0), at(3, 10, 12), QStringLiteral("connection refused")},
         {QStringLiteral("auth"), at(5, 8, 0), at(5, 8, 1), QStringLiteral("timeout")},
         {QStringLiteral("rest"), at(12, 2, 30), at(12, 2, 35), QStringLiteral("HTTP 502")},
         {QStringLiteral("postgres"), at(25, 1, 10), at(25, 1, 40), QStringLiteral("upgrade")}},
        {{at(20, 14, 0), at(20, 14, 20)}});
}

inline ProbeResults staging()
{
    return month({{QStringLiteral("auth"), at(8, 9, 0), at(8, 10, 0), QStringLiteral("timeout")}});
}

inline TimeRange prodMaintenance()
{
    return {at(25, 1, 0), at(25, 2, 0)};
}

// What the scenario means in minutes, worked out by hand from the list above.
constexpr double kMonthMinutes = 30 * 24 * 60;
constexpr double kProdDownMinutes = 12 + 5 + 20;
constexpr double kProdMaintenanceMinutes = 60;
constexpr double kStagingDownMinutes = 60;

inline double prodAvailability()
{
    const double counted = kMonthMinutes - kProdMaintenanceMinutes;
    return (counted - kProdDownMinutes) / counted;
}

inline double stagingAvailability()
{
    return (kMonthMinutes - kStagingDownMinutes) / kMonthMinutes;
}

inline StackList stacks()
{
    Stack a;
    a.id = QStringLiteral("prod-id");
    a.name = QStringLiteral("prod");
    Stack b;
    b.id = QStringLiteral("staging-id");
    b.name = QStringLiteral("staging");
    return {a, b};
}

} // namespace uptimescenario
