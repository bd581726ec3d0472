// SPDX-License-Identifier: GPL-3.0-or-later
// The app's probes of Kong's routes with the stack's anon key from the keychain (the harness's
// gnome-keyring, where the Setup wizard keeps it): with the key, auth, rest, realtime and storage are
// probed through the gateway tunnel carrying it as "apikey"; without it they are left out, and the
// monitor says why instead of recording a refusal every minute as an outage.
#include "apikeyhttpserver.h"
#include "db/uptimestore.h"
#include "gui/uptime/memoryuptimesource.h"
#include "gui/uptime/uptimeworkspace.h"
#include "harness/harnessstack.h"
#include "services/connectionmanager.h"
#include "services/secretstore.h"
#include "services/translationloader.h"
#include "services/uptime/uptimemonitor.h"

#include <QLayout>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace supadesk;

class TestUptimeGatewayKey : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ApiKeyHttpServer> m_kong;
    std::unique_ptr<SecretStore> m_secrets;
    QStringList m_written;

    Stack stack(const QString &name) const
    {
        Stack s = testenv::harnessStack(name);
        s.gatewayPort = m_kong->port();
        return s;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the test PostgreSQL");
        REQUIRE_SERVICE("SUPADESK_TEST_KEYRING", "the test keyring (gnome-keyring-daemon)");
        qRegisterMetaType<QList<ProbeResult>>();
        m_kong = std::make_unique<ApiKeyHttpServer>("anon.key.of-the-test-stack");
        QVERIFY(m_kong->listen());
        m_secrets = std::make_unique<SecretStore>(QStringLiteral("Supadesk uptime test"));
    }

    void cleanupTestCase()
    {
        for (const QString &id : std::as_const(m_written))
            QVERIFY(m_secrets->removeAllNow(id).ok());
    }

    void gatewayProbedWithTheAnonKey()
    {
        const Stack withKey = stack(QStringLiteral("with key"));
        const Stack withoutKey = stack(QStringLiteral("without key"));
        QVERIFY(m_secrets
                    ->writeNow(withKey.id, SecretStore::envSecretName(QStringLiteral("ANON_KEY")),
                               QStringLiteral("anon.key.of-the-test-stack"))
                    .ok());
        m_written.append(withKey.id);

        UptimeStore store(m_dir.path());
        QVERIFY(store.open().ok());
        ConnectionManager connections(nullptr);
        UptimeMonitor monitor(&connections, &store);
        monitor.setSecretStore(m_secrets.get());
        monitor.setConfigProvider([](const QString &) {
            UptimeProberConfig c;
            c.intervalMs = 1000;
            c.timeoutMs = 3000;
            return c; // every standard target, Kong's included
        });
        QSignalSpy changed(&monitor, &UptimeMonitor::gatewayProbingChanged);
        QVERIFY(testenv::connectStack(connections, withKey));
        QVERIFY(testenv::connectStack(connections, withoutKey));
        QVERIFY(testenv::waitFor([&] {
            return monitor.gatewayProbing(withKey.id) == UptimeMonitor::GatewayProbing::Probed &&
                   monitor.gatewayProbing(withoutKey.id) == UptimeMonitor::GatewayProbing::NoAnonKey;
        }));
        QVERIFY(changed.size() >= 2);
        QVERIFY(monitor.gatewayProbingError(withoutKey.id).isEmpty());

        // The Uptime workspace says why the gateway of the stack without a key has no app probes.
        MemoryUptimeSource source([&] { return StackList{withKey, withoutKey}; });
        UptimeWorkspace workspace(&source);
        workspace.setMonitor(&monitor);
        workspace.setStack(withoutKey);
        QVERIFY2(workspace.probeNoteText().contains(QLatin1String("no anon key")),
                 qPrintable(workspace.probeNoteText()));
        QVERIFY(workspace.probeNoteText().contains(withoutKey.name));
        workspace.resize(1100, 720);
        const auto screenshot = [&](const QString &name) {
            QCoreApplication::sendPostedEvents();
            workspace.layout()->activate();
            if (const QString dir = qEnvironmentVariable("SUPADESK_SCREENSHOT_DIR"); !dir.isEmpty())
                workspace.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
        };
        screenshot(QStringLiteral("uptime-gateway-note-en"));
        // Said again in the language chosen at run time.
        QVERIFY(TranslationLoader::instance().apply(QStringLiteral("ka")));
        QTRY_VERIFY(!workspace.probeNoteText().contains(QLatin1String("does not probe")));
        QVERIFY(workspace.probeNoteText().contains(withoutKey.name));
        screenshot(QStringLiteral("uptime-gateway-note-ka"));
        TranslationLoader::instance().apply(QStringLiteral("en"));
        QTRY_VERIFY(workspace.probeNoteText().contains(QLatin1String("does not probe")));
        workspace.setStack(withKey);
        QVERIFY(workspace.probeNoteText().isEmpty());

        // Rounds with the key reach every Kong route, each with the key.
        const auto components = [&](const QString &id) {
            QSet<QString> seen;
            const ProbeResults all =
                store.probes(id, {0, QDateTime::currentMSecsSinceEpoch() + 60'000}).value();
            for (const ProbeResult &p : all)
                if (p.ok)
                    seen.insert(p.component);
            return seen;
        };
        const QSet<QString> gateway = {QStringLiteral("auth"), QStringLiteral("rest"),
                                       QStringLiteral("realtime"), QStringLiteral("storage")};
        QVERIFY2(testenv::waitFor([&] { return components(withKey.id).contains(gateway); }),
                 qPrintable(QStringList(components(withKey.id).values()).join(QLatin1Char(','))));
        QVERIFY(m_kong->paths.contains(QStringLiteral("/auth/v1/health")));
        QVERIFY(m_kong->paths.contains(QStringLiteral("/rest/v1/")));
        QVERIFY(m_kong->paths.contains(QStringLiteral("/realtime/v1/api/tenants/realtime-dev/health")));
        QVERIFY(m_kong->paths.contains(QStringLiteral("/storage/v1/status")));
        QCOMPARE(m_kong->refused, 0); // the stack without a key never knocked

        // Without the key: the database and SSH are probed, the gateway not at all.
        QVERIFY(
            testenv::waitFor([&] { return components(withoutKey.id).contains(QStringLiteral("postgres")); }));
        const ProbeResults without =
            store.probes(withoutKey.id, {0, QDateTime::currentMSecsSinceEpoch() + 60'000}).value();
        for (const ProbeResult &p : without)
            QVERIFY2(!gateway.contains(p.component), qPrintable(p.component));

        // The Setup wizard stores the key later: the gateway is probed from then on, and the note goes.
        workspace.setStack(withoutKey);
        QVERIFY(!workspace.probeNoteText().isEmpty());
        QVERIFY(m_secrets
                    ->writeNow(withoutKey.id, SecretStore::envSecretName(QStringLiteral("ANON_KEY")),
                               QStringLiteral("anon.key.of-the-test-stack"))
                    .ok());
        m_written.append(withoutKey.id);
        monitor.reloadSecrets(withoutKey.id);
        QVERIFY(testenv::waitFor(
            [&] { return monitor.gatewayProbing(withoutKey.id) == UptimeMonitor::GatewayProbing::Probed; }));
        QVERIFY(workspace.probeNoteText().isEmpty());
        QVERIFY(testenv::waitFor([&] { return components(withoutKey.id).contains(QStringLiteral("rest")); }));
        QCOMPARE(m_kong->refused, 0);

        connections.disconnectStack(withKey.id);
        QVERIFY(testenv::waitFor(
            [&] { return monitor.gatewayProbing(withKey.id) == UptimeMonitor::GatewayProbing::Unknown; }));
        workspace.setStack(withoutKey);
        connections.disconnectStack(withoutKey.id);
        QVERIFY(testenv::waitFor([&] { return monitor.monitoredStacks().isEmpty(); }));
        QVERIFY(workspace.probeNoteText().isEmpty()); // not monitored: nothing to say
    }
};

QTEST_MAIN(TestUptimeGatewayKey)
#include "tst_uptimegatewaykey.moc"
