// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uptimesource.h"

#include <QHash>

#include <functional>

namespace supadesk {

// Uptime data held in memory: the stacks come from a function (the main window's list), probe
// results are handed in. Used until a persistent history is attached, and by tests.
class MemoryUptimeSource : public UptimeSource
{
    Q_OBJECT
public:
    explicit MemoryUptimeSource(std::function<StackList()> stacks, QObject *parent = nullptr);

    void setProbes(const QString &stackId, ProbeResults probes);
    void setSettings(const UptimeSettings &settings) { m_settings = settings; }
    void setAlertHistory(const QString &stackId, const QList<AlertLogEntry> &entries)
    {
        m_alertHistory.insert(stackId, entries);
    }
    QList<AlertLogEntry> alertHistory(const QString &stackId) const override
    {
        return m_alertHistory.value(stackId);
    }

    StackList stacks() const override;
    Result<UptimeOverview> overview(const Stack &stack, int year, int month, const QTimeZone &zone,
                                    qint64 nowMs) override;
    Result<QList<MaintenanceWindow>> maintenance(const QString &stackId) override;
    Status addMaintenance(const QString &stackId, const TimeRange &range, const QString &note) override;
    Status removeMaintenance(const QString &stackId, qint64 windowId) override;
    double target(const QString &stackId) override;
    Status setTarget(const QString &stackId, double target) override;
    UptimeStackSettings probeSettings(const QString &stackId) override;
    Status setProbeSettings(const QString &stackId, const UptimeStackSettings &settings) override;

private:
    std::function<StackList()> m_stacks;
    QHash<QString, ProbeResults> m_probes;
    QHash<QString, QList<MaintenanceWindow>> m_maintenance;
    QHash<QString, double> m_targets;
    QHash<QString, UptimeStackSettings> m_probeSettings;
    qint64 m_nextWindowId = 1;
    UptimeSettings m_settings;
    QHash<QString, QList<AlertLogEntry>> m_alertHistory;
};

} // namespace supadesk
