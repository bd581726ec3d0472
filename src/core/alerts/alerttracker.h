// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertrule.h"
#include "core/uptime/proberesult.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// A rule that fired or cleared: what the desktop notifies about and the tray lists.
struct AlertEvent
{
    enum class Kind { Firing, Resolved };
    Kind kind = Kind::Firing;
    QString stackId;
    QString stackName;
    AlertRule rule;
    QString text;       // the rule's firing or resolved sentence, with the detail after it
    qint64 sinceMs = 0; // when the condition began
    qint64 atMs = 0;    // when the event happened
};

// The state of every (stack, rule) pair on the desktop, the same machine as the server's alerter:
// a condition must hold for the rule's "for at least" before the alert fires, fires once, and
// resolves once when it clears; a condition that clears before then never fires at all.
class AlertTracker
{
public:
    // The condition of `rule` on the stack as last seen. Returns the event it causes, if any.
    std::optional<AlertEvent> observe(const QString &stackId, const QString &stackName, const AlertRule &rule,
                                      bool breached, qint64 nowMs, const QString &detail = {});
    // Pending conditions whose duration has passed by `nowMs` fire now.
    QList<AlertEvent> advance(qint64 nowMs);
    // Forget a stack (removed, or its alerts switched off): nothing of it fires or is listed.
    void forget(const QString &stackId);
    // The stack's declared maintenance windows (the Uptime workspace's). Inside one, a condition
    // that would fire waits instead; it fires after the window if it still holds then. What fired
    // before the window still resolves.
    void setMaintenance(const QString &stackId, const QList<TimeRange> &windows);
    bool inMaintenance(const QString &stackId, qint64 nowMs) const;

    // What is firing, worst first then oldest first.
    QList<AlertEvent> firing() const;
    // The worst severity firing over the fleet; nullopt when nothing fires.
    std::optional<AlertSeverity> worst() const;

private:
    struct Entry
    {
        QString stackName;
        AlertRule rule;
        QString detail;
        qint64 sinceMs = 0;
        bool firing = false;
    };
    static AlertEvent event(AlertEvent::Kind kind, const QString &key, const Entry &e, qint64 nowMs);
    bool mayFire(const QString &key, const Entry &e, qint64 nowMs) const;
    QHash<QString, Entry> m_entries; // key: stack id + '\n' + rule id; only breached conditions
    QHash<QString, QList<TimeRange>> m_maintenance; // by stack id
};

} // namespace supadesk
