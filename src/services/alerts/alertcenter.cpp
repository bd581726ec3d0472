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
        for (const AlertEvent &e : m_tracker.advance(QDateTime::currentMSecsSinceEpoch()))
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
    if (const std::optional<AlertEvent> e = m_tracker.observe(stackId, stackName(stackId), rule, down,
                                                              QDateTime::currentMSecsSinceEpoch(), reason))
        emitEvent(*e);
}

void AlertCenter::forgetStack(const QString &stackId)
{
    m_tracker.forget(stackId);
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
