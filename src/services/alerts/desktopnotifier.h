// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alerttracker.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QObject>

namespace supadesk {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (org.freedesktop.Notifications.Notify), with Qt's own D-Bus module: no library of its own. The
// call is asynchronous; a desktop without the service only loses the pop-up (the tray still shows).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);
    // A bus other than the session bus (tests).
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    void notify(const AlertEvent &event);

    // The summary and body of the notification for an event (translated).
    static QString summary(const AlertEvent &event);
    static QString body(const AlertEvent &event);

signals:
    void shown(uint notificationId);
    void failed(const QString &message);

private:
    QDBusConnection m_bus;
};

} // namespace supadesk
