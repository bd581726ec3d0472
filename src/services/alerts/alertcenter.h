// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alerttracker.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace supadesk {

class StackRepository;

// The desktop's alerts: what the app's own probes say (UptimeMonitor::componentChanged, already
// after the stack's failures-before-down) goes through the same rule machine as on the server
// (AlertTracker: fire once after "for at least", resolve once). It keeps what fired this session
// as the local alert history and tells the notifier and the tray.
class AlertCenter : public QObject
{
    Q_OBJECT
public:
    explicit AlertCenter(const StackRepository *stacks = nullptr, QObject *parent = nullptr);

    // How long a component must stay down before the desktop alerts (default 0: at once).
    void setDownForSeconds(int seconds) { m_downForSeconds = seconds; }
    // The stack's maintenance windows around now (the Uptime workspace's): while one is open the
    // desktop fires nothing for the stack. Asked again at each observation and tick.
    using MaintenanceSource = std::function<QList<TimeRange>(const QString &stackId, qint64 nowMs)>;
    void setMaintenanceSource(MaintenanceSource source) { m_maintenance = std::move(source); }

    QList<AlertEvent> firing() const { return m_tracker.firing(); }
    std::optional<AlertSeverity> worst() const { return m_tracker.worst(); }
    // Every event of this session, oldest first (at most MaxHistory).
    const QList<AlertEvent> &history() const { return m_history; }
    static constexpr int MaxHistory = 1000;

public slots:
    void componentChanged(const QString &stackId, const QString &component, bool down, const QString &reason);
    void forgetStack(const QString &stackId);

signals:
    void alert(const supadesk::AlertEvent &event);
    // What is firing changed (the tray redraws).
    void changed();

private:
    void emitEvent(const AlertEvent &event);
    QString stackName(const QString &stackId) const;
    void refreshMaintenance(const QString &stackId, qint64 nowMs);

    const StackRepository *m_stacks = nullptr;
    AlertTracker m_tracker;
    QList<AlertEvent> m_history;
    QTimer m_timer;
    int m_downForSeconds = 0;
    MaintenanceSource m_maintenance;
    QSet<QString> m_seen; // stacks observed: their windows are refreshed at each tick
};

} // namespace supadesk
