// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/alerts/alertcenter.h"

#include "services/stackrepository.h"

#include <QDateTime>

namespace supadesk {

AlertCenter::AlertCenter(const StackRepository *stacks, QObject *parent) : QObject(parent), m_stacks(stacks)
{
    qRegisterMetaType<supadesk::AlertEvent>();
    // Conditions waiting out their duration fire without a new observation.
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const QString &stackId : std::as_const(m_seen))
            refreshMaintenance(stackId, now);
        for (const AlertEvent &e : m_tracker.advance(now))
            emitEvent(e);
    });
    m_timer.start();
}

QString AlertCenter::stackName(const QString &stackId) const
{
    if (m_stacks)
        if (const std::optional<Stack> stack = m_stacks->find(stackId))
            return stack->name;
    return stackId;
}

void AlertCenter::componentChanged(const QString &stackId, const QString &component, bool down,
                                   const QString &reason)
{
    AlertRule rule;
    rule.id = QStringLiteral("down_") + component;
    rule.kind = AlertRuleKind::ComponentDown;
    rule.severity = AlertSeverity::Critical;
    rule.target = component;
    rule.forSeconds = m_downForSeconds;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_seen.insert(stackId);
    refreshMaintenance(stackId, now);
    if (const std::optional<AlertEvent> e =
            m_tracker.observe(stackId, stackName(stackId), rule, down, now, reason))
        emitEvent(*e);
}

void AlertCenter::refreshMaintenance(const QString &stackId, qint64 nowMs)
{
    if (m_maintenance)
        m_tracker.setMaintenance(stackId, m_maintenance(stackId, nowMs));
}

void AlertCenter::forgetStack(const QString &stackId)
{
    m_tracker.forget(stackId);
    m_seen.remove(stackId);
    emit changed();
}

void AlertCenter::emitEvent(const AlertEvent &event)
{
    m_history.append(event);
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
    emit alert(event);
    emit changed();
}

} // namespace supadesk
