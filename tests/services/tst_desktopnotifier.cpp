// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop notifications through a real session bus (the harness's dbus-run-session): the test owns
// org.freedesktop.Notifications and records every Notify call, as a notification daemon would; the
// notifier talks to it over its own connection, through the bus daemon. The alert center turns a
// component going down and coming back into one firing and one resolved notification.
#include "services/alerts/alertcenter.h"
#include "services/alerts/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QtTest>

using namespace supadesk;

class NotificationsRecorder : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Call
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(appIcon)
        Q_UNUSED(actions)
        Q_UNUSED(timeout)
        calls.append({appName, summary, body, hints});
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return {QStringLiteral("body")}; }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private:
    NotificationsRecorder m_recorder;

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("no D-Bus session: run through tests/harness/with-services (dbus-run-session)");
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
        QVERIFY2(bus.registerService(QStringLiteral("org.freedesktop.Notifications")),
                 qPrintable(bus.lastError().message()));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_recorder,
                                   QDBusConnection::ExportAllSlots));
    }

    void firingAndResolvedReachTheDaemon()
    {
        // A second connection: the call leaves this process and comes back through the bus daemon.
        const QDBusConnection other =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notifier"));
        QVERIFY(other.isConnected());
        DesktopNotifier notifier(other);
        AlertCenter center;
        connect(&center, &AlertCenter::alert, &notifier, &DesktopNotifier::notify);
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);

        center.componentChanged(QStringLiteral("s1"), QStringLiteral("rest"), true,
                                QStringLiteral("HTTP 503"));
        QTRY_COMPARE(m_recorder.calls.size(), 1);
        QCOMPARE(center.worst(), AlertSeverity::Critical);
        QCOMPARE(center.firing().size(), 1);
        // Still down: no second notification.
        center.componentChanged(QStringLiteral("s1"), QStringLiteral("rest"), true,
                                QStringLiteral("HTTP 503"));
        center.componentChanged(QStringLiteral("s1"), QStringLiteral("rest"), false, {});
        QTRY_COMPARE(m_recorder.calls.size(), 2);
        QTest::qWait(200);
        QCOMPARE(m_recorder.calls.size(), 2);
        QTRY_COMPARE(shown.size(), 2);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(shown.at(0).at(0).toUInt(), 1u);

        const NotificationsRecorder::Call firing = m_recorder.calls.at(0);
        QCOMPARE(firing.appName, QStringLiteral("Supadesk"));
        QCOMPARE(firing.summary, QStringLiteral("s1: rest is down: HTTP 503"));
        QVERIFY(firing.body.startsWith(QLatin1String("Critical alert since ")));
        QCOMPARE(firing.hints.value(QStringLiteral("urgency")).toInt(), 2);
        const NotificationsRecorder::Call resolved = m_recorder.calls.at(1);
        QCOMPARE(resolved.summary, QStringLiteral("s1: resolved"));
        QVERIFY(resolved.body.startsWith(QLatin1String("rest is up again")));
        QCOMPARE(resolved.hints.value(QStringLiteral("urgency")).toInt(), 0);
        QVERIFY(!center.worst());
        QCOMPARE(center.history().size(), 2);
    }

    void noDaemonIsAFailureNotACrash()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        QVERIFY(bus.unregisterService(QStringLiteral("org.freedesktop.Notifications")));
        const QDBusConnection other =
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("notifier2"));
        DesktopNotifier notifier(other);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        AlertEvent e;
        e.stackName = QStringLiteral("s1");
        e.text = QStringLiteral("x");
        notifier.notify(e);
        QTRY_COMPARE(failed.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
