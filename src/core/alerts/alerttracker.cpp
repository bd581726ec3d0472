// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alerttracker.h"

#include <algorithm>

namespace supadesk {

namespace {

QString keyOf(const QString &stackId, const QString &ruleId)
{
    return stackId + QLatin1Char('\n') + ruleId;
}

} // namespace

AlertEvent AlertTracker::event(AlertEvent::Kind kind, const QString &key, const Entry &e, qint64 nowMs)
{
    AlertEvent ev;
    ev.kind = kind;
    ev.stackId = key.section(QLatin1Char('\n'), 0, 0);
    ev.stackName = e.stackName;
    ev.rule = e.rule;
    ev.text =
        kind == AlertEvent::Kind::Firing ? AlertRules::firingText(e.rule) : AlertRules::resolvedText(e.rule);
    if (kind == AlertEvent::Kind::Firing && !e.detail.isEmpty())
        ev.text += QStringLiteral(": ") + e.detail;
    ev.sinceMs = e.sinceMs;
    ev.atMs = nowMs;
    return ev;
}

std::optional<AlertEvent> AlertTracker::observe(const QString &stackId, const QString &stackName,
                                                const AlertRule &rule, bool breached, qint64 nowMs,
                                                const QString &detail)
{
    const QString key = keyOf(stackId, rule.id);
    auto it = m_entries.find(key);
    if (!breached) {
        if (it == m_entries.end())
            return std::nullopt;
        const Entry e = *it;
        m_entries.erase(it);
        if (!e.firing)
            return std::nullopt; // cleared within its duration: no flapping message
        return event(AlertEvent::Kind::Resolved, key, e, nowMs);
    }
    if (!rule.enabled)
        return std::nullopt;
    if (it == m_entries.end()) {
        Entry e;
        e.stackName = stackName;
        e.rule = rule;
        e.detail = detail;
        e.sinceMs = nowMs;
        it = m_entries.insert(key, e);
    } else {
        it->rule = rule;
        it->detail = detail;
    }
    if (mayFire(key, *it, nowMs)) {
        it->firing = true;
        return event(AlertEvent::Kind::Firing, key, *it, nowMs);
    }
    return std::nullopt;
}

bool AlertTracker::mayFire(const QString &key, const Entry &e, qint64 nowMs) const
{
    return !e.firing && nowMs - e.sinceMs >= qint64(e.rule.forSeconds) * 1000 &&
           !inMaintenance(key.section(QLatin1Char('\n'), 0, 0), nowMs);
}

void AlertTracker::setMaintenance(const QString &stackId, const QList<TimeRange> &windows)
{
    if (windows.isEmpty())
        m_maintenance.remove(stackId);
    else
        m_maintenance.insert(stackId, windows);
}

bool AlertTracker::inMaintenance(const QString &stackId, qint64 nowMs) const
{
    const auto it = m_maintenance.constFind(stackId);
    if (it == m_maintenance.constEnd())
        return false;
    return std::any_of(it->begin(), it->end(),
                       [nowMs](const TimeRange &w) { return nowMs >= w.startMs && nowMs < w.endMs; });
}

QList<AlertEvent> AlertTracker::advance(qint64 nowMs)
{
    QList<AlertEvent> events;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (mayFire(it.key(), *it, nowMs)) {
            it->firing = true;
            events.append(event(AlertEvent::Kind::Firing, it.key(), *it, nowMs));
        }
    return events;
}

void AlertTracker::forget(const QString &stackId)
{
    const QString prefix = stackId + QLatin1Char('\n');
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it.key().startsWith(prefix) ? m_entries.erase(it) : std::next(it);
    m_maintenance.remove(stackId);
}

QList<AlertEvent> AlertTracker::firing() const
{
    QList<AlertEvent> list;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
        if (it->firing)
            list.append(event(AlertEvent::Kind::Firing, it.key(), *it, it->sinceMs));
    std::sort(list.begin(), list.end(), [](const AlertEvent &a, const AlertEvent &b) {
        if (a.rule.severity != b.rule.severity)
            return a.rule.severity > b.rule.severity;
        return a.sinceMs < b.sinceMs;
    });
    return list;
}

std::optional<AlertSeverity> AlertTracker::worst() const
{
    std::optional<AlertSeverity> w;
    for (const Entry &e : m_entries)
        if (e.firing && (!w || e.rule.severity > *w))
            w = e.rule.severity;
    return w;
}

} // namespace supadesk
