// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertlog.h"

#include "core/uptime/uptimesummary.h"
#include "db/uptimestore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace supadesk {

// One day of the month's bar chart.
struct UptimeDay
{
    QDate date;
    TimeRange range;
    std::optional<double> availability; // empty: nothing measured that day (future, no probes)
    qint64 downMs = 0;
    qint64 maintenanceMs = 0;
};

// One outage of the stack as a reader sees it: when, how long, which components and why.
struct UptimeIncident
{
    TimeRange range;
    QStringList components;
    QStringList reasons;
    bool noProbeResults = false; // the server's own probe was silent: the server itself was down
};

// Response times of one component: the month's percentiles and one point per day.
struct ComponentLatency
{
    struct Day
    {
        QDate date;
        std::optional<int> p50;
        std::optional<int> p95;
    };
    QString component;
    LatencyStats month;
    QList<Day> days;
};

// Everything the Uptime workspace and the report show for one stack and month: plain data, computed by the
// core maths, so the widgets and the report draw it without knowing where the probes came from.
struct UptimeOverview
{
    QString stackId;
    QString stackName;
    double target = 0.999;
    QTimeZone zone;
    int year = 0;
    int month = 0;
    TimeRange monthRange;
    qint64 nowMs = 0;

    std::optional<double> last24h;
    std::optional<double> last7d;
    std::optional<double> last30d;
    std::optional<double> last90d;

    AvailabilityReport monthReport; // whole stack
    ErrorBudget budget;             // of the month
    QList<UptimeDay> days;
    QList<UptimeIncident> incidents; // of the month, oldest first
    QList<ComponentSummary> components;
    QList<ComponentLatency> latency;
    QList<MaintenanceWindow> maintenance;
    // What the server's alerter sent that fired in the month, oldest first (the report's alerts).
    QList<AlertIncident> alerts;

    bool hasData() const { return monthReport.availability.has_value(); }
    std::optional<bool> metTarget() const
    {
        if (!monthReport.availability)
            return std::nullopt;
        return *monthReport.availability >= target;
    }
};

} // namespace supadesk
