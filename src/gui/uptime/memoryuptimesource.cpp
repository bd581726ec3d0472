// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryuptimesource.h"

#include "uptimeoverviewbuilder.h"

#include <QCoreApplication>

namespace supadesk {

MemoryUptimeSource::MemoryUptimeSource(std::function<StackList()> stacks, QObject *parent)
    : UptimeSource(parent), m_stacks(std::move(stacks))
{}

void MemoryUptimeSource::setProbes(const QString &stackId, ProbeResults probes)
{
    m_probes.insert(stackId, std::move(probes));
    emit changed(stackId);
}

StackList MemoryUptimeSource::stacks() const
{
    return m_stacks ? m_stacks() : StackList();
}

Result<UptimeOverview> MemoryUptimeSource::overview(const Stack &stack, int year, int month,
                                                    const QTimeZone &zone, qint64 nowMs)
{
    UptimeOverviewBuilder::Request request;
    request.stackId = stack.id;
    request.stackName = stack.name;
    request.target = target(stack.id);
    request.year = year;
    request.month = month;
    request.zone = zone;
    request.nowMs = nowMs;
    request.maintenance = m_maintenance.value(stack.id);
    const UptimeSettings rules = m_probeSettings.contains(stack.id)
                                     ? m_probeSettings.value(stack.id).timelineSettings(m_settings)
                                     : m_settings;
    return UptimeOverviewBuilder::fromProbes(request, m_probes.value(stack.id), rules);
}

Result<QList<MaintenanceWindow>> MemoryUptimeSource::maintenance(const QString &stackId)
{
    return m_maintenance.value(stackId);
}

Status MemoryUptimeSource::addMaintenance(const QString &stackId, const TimeRange &range, const QString &note)
{
    if (range.endMs <= range.startMs)
        return Error{QStringLiteral("uptime.maintenance.empty"),
                     QCoreApplication::translate("supadesk::MaintenanceDialog",
                                                 "The maintenance window must end after it starts.")};
    m_maintenance[stackId].append({m_nextWindowId++, range, note});
    emit changed(stackId);
    return success();
}

Status MemoryUptimeSource::removeMaintenance(const QString &stackId, qint64 windowId)
{
    QList<MaintenanceWindow> &windows = m_maintenance[stackId];
    const auto removed =
        windows.removeIf([windowId](const MaintenanceWindow &w) { return w.id == windowId; });
    if (removed == 0)
        return Error{QStringLiteral("uptime.maintenance.missing"),
                     QCoreApplication::translate("supadesk::MaintenanceDialog",
                                                 "That maintenance window no longer exists.")};
    emit changed(stackId);
    return success();
}

double MemoryUptimeSource::target(const QString &stackId)
{
    return m_targets.value(stackId, defaultTarget);
}

Status MemoryUptimeSource::setTarget(const QString &stackId, double target)
{
    if (!(target > 0 && target < 1))
        return Error{QStringLiteral("uptime.target.range"),
                     QCoreApplication::translate("supadesk::UptimeWorkspace",
                                                 "The target must be above 0% and below 100%.")};
    m_targets.insert(stackId, target);
    emit changed(stackId);
    return success();
}

UptimeStackSettings MemoryUptimeSource::probeSettings(const QString &stackId)
{
    return m_probeSettings.value(stackId);
}

Status MemoryUptimeSource::setProbeSettings(const QString &stackId, const UptimeStackSettings &settings)
{
    if (settings.bounded() != settings)
        return Error{QStringLiteral("uptime.probeSettings"),
                     QCoreApplication::translate("supadesk::UptimeWorkspace",
                                                 "These probe settings are out of range.")};
    m_probeSettings.insert(stackId, settings);
    emit changed(stackId);
    return success();
}

} // namespace supadesk
