// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/alerts/desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QVariantMap>

namespace supadesk {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : DesktopNotifier(QDBusConnection::sessionBus(), parent) {}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent) : QObject(parent), m_bus(bus) {}

QString DesktopNotifier::summary(const AlertEvent &event)
{
    return event.kind == AlertEvent::Kind::Firing ? tr("%1: %2").arg(event.stackName, event.text)
                                                  : tr("%1: resolved").arg(event.stackName);
}

QString DesktopNotifier::body(const AlertEvent &event)
{
    const QString since = QDateTime::fromMSecsSinceEpoch(event.sinceMs).toLocalTime().toString(Qt::ISODate);
    if (event.kind == AlertEvent::Kind::Firing)
        return tr("%1 alert since %2").arg(AlertRules::severityTitle(event.rule.severity), since);
    return tr("%1 (since %2)").arg(event.text, since);
}

void DesktopNotifier::notify(const AlertEvent &event)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService, QStringLiteral("Notify"));
    // Urgency after the specification: 0 low, 1 normal, 2 critical (stays until dismissed).
    uchar urgency = 1;
    if (event.kind == AlertEvent::Kind::Firing && event.rule.severity == AlertSeverity::Critical)
        urgency = 2;
    else if (event.kind == AlertEvent::Kind::Resolved || event.rule.severity == AlertSeverity::Info)
        urgency = 0;
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(urgency)},
                            {QStringLiteral("desktop-entry"), QStringLiteral("org.supadesk.Supadesk")},
                            {QStringLiteral("category"), QStringLiteral("device.error")}};
    call << QStringLiteral("Supadesk") << uint(0) << QStringLiteral("org.supadesk.Supadesk") << summary(event)
         << body(event) << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            emit failed(reply.error().message());
        else
            emit shown(reply.value());
        w->deleteLater();
    });
}

} // namespace supadesk
