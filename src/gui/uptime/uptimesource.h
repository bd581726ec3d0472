// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertlog.h"
#include "core/result.h"
#include "core/stack.h"
#include "core/uptime/uptimestacksettings.h"
#include "uptimeoverview.h"

#include <QObject>

namespace supadesk {

class UptimeProbeInstaller;

// Where the Uptime workspace gets its data and sends its changes: the stacks, their figures,
// maintenance windows and SLA targets, and (when a collector is available) pulling the server's
// probe log now and installing the probe. The workspace and the report depend on this alone.
class UptimeSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual StackList stacks() const = 0;
    // What the workspace shows for a stack and month: availability now and over the month, days,
    // incidents, response times, target and maintenance.
    virtual Result<UptimeOverview> overview(const Stack &stack, int year, int month, const QTimeZone &zone,
                                            qint64 nowMs) = 0;
    virtual Result<QList<MaintenanceWindow>> maintenance(const QString &stackId) = 0;
    virtual Status addMaintenance(const QString &stackId, const TimeRange &range, const QString &note) = 0;
    virtual Status removeMaintenance(const QString &stackId, qint64 windowId) = 0;
    // The stack's availability target as a fraction, e.g. 0.999.
    virtual double target(const QString &stackId) = 0;
    virtual Status setTarget(const QString &stackId, double target) = 0;
    // How often the stack is probed and after how many failures a component is down.
    virtual UptimeStackSettings probeSettings(const QString &stackId) = 0;
    // Saves them and recomputes the stack's history with the new rule.
    virtual Status setProbeSettings(const QString &stackId, const UptimeStackSettings &settings) = 0;

    // What the server's alerter sent for the stack (its alerts.log, fetched with each pull), oldest
    // first; empty when it was not fetched or nothing was sent.
    virtual QList<AlertLogEntry> alertHistory(const QString &) const { return {}; }

    // Collecting: sources that can reach the server say so; the others leave the buttons disabled.
    virtual bool canPull() const { return false; }
    virtual void pullNow(const Stack &) {}
    virtual bool canInstallProbe() const { return false; }
    // An installer of the server-side probe on the stack's connection, owned by `parent`; nullptr
    // with the reason in `why` when the stack cannot be reached now.
    virtual UptimeProbeInstaller *probeInstaller(const Stack &, QObject *, QString *why)
    {
        if (why)
            why->clear();
        return nullptr;
    }

    static constexpr double defaultTarget = 0.999;

signals:
    // New probe results, maintenance windows or a target for the stack.
    void changed(const QString &stackId);
    // A pull ended; `error` is empty on success.
    void pullFinished(const QString &stackId, const QString &error);
};

} // namespace supadesk
