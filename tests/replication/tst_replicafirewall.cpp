// SPDX-License-Identifier: GPL-3.0-or-later
// The standby setup's firewall step against an active ufw: a stand-in primary in a network namespace
// with ufw of its own (enabled, incoming denied, SSH allowed), reached over its own sshd as root the
// way the stack form reaches a primary's server. The step's command opens the database port to the
// standby's address only (the host end of the namespace's link); its undo, which a rollback runs,
// removes that rule and nothing else.
#include "core/replication/replicaplan.h"
#include "harness/harnessstack.h"
#include "harness/ufwnamespace.h"
#include "services/replication/hostcommandrunner.h"
#include "services/stackconnection.h"

#include <QtTest>

#include <unistd.h>

using namespace supadesk;

class TestReplicaFirewall : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UfwNamespace m_net;
    std::unique_ptr<StackConnection> m_connection;
    std::unique_ptr<SshCommandRunner> m_root;

    QString ufwStatus() const { return m_net.inNs({QStringLiteral("ufw"), QStringLiteral("status")}); }
    // The standby's address as the primary sees it: the host's end of the namespace's link.
    QString standbyAddress() const
    {
        QString a = m_net.serverIp();
        return a.left(a.lastIndexOf(QLatin1Char('.'))) + QStringLiteral(".1");
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_KEY", "the test sshd's user key");
        QVERIFY2(::geteuid() == 0, "network namespaces and ufw need root");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/ufw")), "ufw is missing");
        QVERIFY(m_dir.isValid());
        const QString started =
            m_net.start(QStringLiteral("r"), int((::getpid() + 17) % 60000), 219, m_dir.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("default"), QStringLiteral("deny"),
                    QStringLiteral("incoming")});
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("allow"), QStringLiteral("22/tcp")});
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("enable")});
        QVERIFY(m_net.ufwActive());

        StackConnection::Settings settings =
            testenv::harnessSsh(m_dir.filePath(QStringLiteral("known_hosts")));
        settings.ssh.host = m_net.serverIp();
        settings.ssh.port = 22;
        settings.ssh.user = QStringLiteral("root");
        m_connection = std::make_unique<StackConnection>(settings);
        QVERIFY(m_connection->connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == StackConnection::State::Connected ||
                                     m_connection->state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));
        m_root = std::make_unique<SshCommandRunner>(m_connection.get(), QStringLiteral("root"));
    }

    void cleanupTestCase()
    {
        m_root.reset();
        m_connection.reset();
        m_net.stop();
    }

    void portOpenedToTheStandbyOnlyAndClosedOnRollback()
    {
        // Incoming is denied: the database's port does not answer before the step.
        QVERIFY(m_net.greeting(5432).isEmpty());
        QVERIFY(!ufwStatus().contains(QStringLiteral("5432")));

        const QString slot = QStringLiteral("supadesk_fw");
        const Result<ExecResult> opened =
            m_root->run(ReplicaPlan::firewallOpenCommand(standbyAddress(), 5432, slot));
        QVERIFY(opened.ok());
        QVERIFY2(opened.value().exitStatus == 0, opened.value().standardError.constData());
        QVERIFY2(!opened.value().standardOutput.contains("ufw is not active"),
                 opened.value().standardOutput.constData());
        const QString status = ufwStatus();
        QStringList rules;
        for (const QString &line : status.split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("5432")))
                rules << line.simplified();
        // One rule, for the standby's address, tagged with the slot; no "Anywhere" for the port.
        QCOMPARE(rules.size(), 1);
        QVERIFY2(rules.first().startsWith(QStringLiteral("5432/tcp ALLOW ")) &&
                     rules.first().contains(standbyAddress()) &&
                     rules.first().contains(QStringLiteral("# supadesk replica supadesk_fw")),
                 qPrintable(rules.first()));
        QVERIFY(!rules.first().contains(QStringLiteral("Anywhere")));
        // The standby's address gets through now (the host end of the link is it).
        QTRY_COMPARE_WITH_TIMEOUT(m_net.greeting(5432), QByteArray("db\n"), 5000);

        // What a rollback runs: the step's undo removes its own rule, and SSH's stays.
        const Result<ExecResult> closed =
            m_root->run(ReplicaPlan::firewallCloseCommand(standbyAddress(), 5432, slot));
        QVERIFY(closed.ok());
        QVERIFY2(closed.value().exitStatus == 0, closed.value().standardError.constData());
        QVERIFY2(!ufwStatus().contains(QStringLiteral("5432")), qPrintable(ufwStatus()));
        QVERIFY(ufwStatus().contains(QStringLiteral("22/tcp")));
        QVERIFY(m_net.ufwActive());
        QTRY_VERIFY_WITH_TIMEOUT(m_net.greeting(5432).isEmpty(), 5000);
    }
};

QTEST_MAIN(TestReplicaFirewall)
#include "tst_replicafirewall.moc"
