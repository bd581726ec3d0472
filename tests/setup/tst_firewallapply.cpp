// SPDX-License-Identifier: GPL-3.0-or-later
// FirewallApplier end to end: a server in a network namespace made by the test (real ufw, state in
// /etc/netns/NAME/ufw, sshd that takes the harness's user key), reached over a real StackConnection.
// With the right SSH port the new-connection proof gets through and the firewall stays on (5432 is
// closed, SSH is not); with a firewall.sh that allows the wrong SSH port the proof fails and the
// applier switches the firewall off again through the original session, which ufw keeps alive.
// There is no systemd or atd here: `at` is a stand-in that records the armed revert.
#include "core/setup/firewallplanner.h"
#include "harness/harnessstack.h"
#include "harness/ufwnamespace.h"
#include "services/setup/firewallapplier.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <unistd.h>

using namespace supadesk;

class TestFirewallApply : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UfwNamespace m_net;

    StackConnection::Settings settings() const
    {
        StackConnection::Settings s = testenv::harnessSsh(m_dir.filePath(QStringLiteral("known_hosts")));
        s.ssh.host = m_net.serverIp();
        s.ssh.port = 22;
        s.ssh.user = QStringLiteral("root");
        return s;
    }

    FirewallApplier::Options options() const
    {
        FirewallApplier::Options o;
        o.scriptPath = m_dir.filePath(QStringLiteral("supadesk-firewall.sh"));
        // The `at` stand-in first on PATH, as the scheduler the script arms its revert with.
        o.commandPrefix = QStringLiteral("env PATH=%1:/usr/sbin:/usr/bin:/sbin:/bin").arg(m_net.binDir());
        o.proofTimeoutSeconds = 3;
        return o;
    }

    std::unique_ptr<StackConnection> connect()
    {
        auto connection = std::make_unique<StackConnection>(settings());
        if (!connection->connectToStack().ok())
            return nullptr;
        for (int i = 0; i < 200 && connection->state() != StackConnection::State::Connected &&
                        connection->state() != StackConnection::State::Failed;
             ++i)
            QTest::qWait(50);
        return connection->state() == StackConnection::State::Connected ? std::move(connection) : nullptr;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_KEY", "the test sshd (its user key)");
        QVERIFY2(::geteuid() == 0, "network namespaces and ufw need root");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/ufw")), "ufw is missing: apt-get install ufw");
        QVERIFY(m_dir.isValid());
        const QString started =
            m_net.start(QStringLiteral("a"), int((::getpid() + 7) % 60000), 214, m_dir.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void provenFirewallStaysOn()
    {
        std::unique_ptr<StackConnection> connection = connect();
        QVERIFY(connection);
        FirewallOptions fw; // SSH 22: the port this connection uses
        fw.sshPort = connection->settings().ssh.port;
        FirewallApplier applier(connection.get());
        QStringList progress;
        QObject::connect(&applier, &FirewallApplier::progress,
                         [&](const QString &line) { progress << line; });
        QString message;
        const FirewallApplier::Outcome outcome =
            applier.runAndWait(FirewallPlanner::script(fw).value(), options(), &message);
        QVERIFY2(outcome == FirewallApplier::Outcome::Kept,
                 qPrintable(message + QLatin1Char('\n') + progress.join(QLatin1Char('\n'))));
        QVERIFY(m_net.ufwActive());
        QVERIFY(m_net.greeting(22).startsWith("SSH-2.0"));
        QVERIFY(m_net.greeting(5432).isEmpty());
        // Checked from outside, as a user's desktop would: 5432 (and 6543) do not answer.
        QVERIFY(applier.stillReachable().isEmpty());
        QVERIFY(message.contains(QStringLiteral("ports are closed")));
        // The proof disarmed the revert: when the scheduler fires it, nothing happens.
        QVERIFY(progress.join(QLatin1Char('\n')).contains(QStringLiteral("Firewall kept")));
        // (Its line that waits for the deadline is left out: the test is the clock.)
        QVERIFY(
            m_net
                .inNs({QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("grep -e --revert-if-armed %1 | sh; echo done").arg(m_net.atJobs())})
                .contains(QStringLiteral("done")));
        QVERIFY(m_net.ufwActive());
        QVERIFY(m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")})
                    .contains(QStringLiteral("disabled")));
        connection->disconnectFromStack();
    }

    // The control for the check from outside: a firewall that leaves 5432 open is reported.
    void aPortLeftOpenIsReported()
    {
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        std::unique_ptr<StackConnection> connection = connect();
        QVERIFY(connection);
        FirewallOptions open;
        open.publicPorts = {80, 443, 5432};
        open.closedPorts = {6543};
        FirewallApplier applier(connection.get());
        QString message;
        QCOMPARE(applier.runAndWait(FirewallPlanner::script(open).value(), options(), &message),
                 FirewallApplier::Outcome::Kept);
        QCOMPARE(applier.stillReachable(), QList<int>{5432});
        QVERIFY(message.contains(QStringLiteral("Warning: port(s) 5432")));
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});
        connection->disconnectFromStack();
    }

    void failedProofSwitchesTheFirewallOffAgain()
    {
        std::unique_ptr<StackConnection> connection = connect();
        QVERIFY(connection);
        // A clean ufw: the rules of the previous test (22 allowed) must not help the proof.
        m_net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        FirewallOptions wrong; // allows 2222, while the session uses 22: new connections are refused
        wrong.sshPort = 2222;
        FirewallApplier applier(connection.get());
        QString message;
        const FirewallApplier::Outcome outcome =
            applier.runAndWait(FirewallPlanner::script(wrong).value(), options(), &message);
        QCOMPARE(outcome, FirewallApplier::Outcome::Reverted);
        QVERIFY(message.contains(QStringLiteral("put back as it was before")));
        QVERIFY(!m_net.ufwActive());
        QVERIFY(m_net.greeting(22).startsWith("SSH-2.0"));
        QVERIFY(m_net.waitFor(5432));
        // The original session is still usable.
        bool answered = false;
        connection->exec(QStringLiteral("true"), this,
                         [&](Result<ExecResult> r) { answered = r.ok() && r.value().exitStatus == 0; });
        QTRY_VERIFY(answered);
        connection->disconnectFromStack();
    }

    // A server whose ufw was on already, with rules of its own: a failed proof puts back exactly that
    // (active, its defaults, its rules), not a server without any firewall.
    void failedProofPutsBackAFirewallThatWasAlreadyOn()
    {
        const auto ufw = [this](const QStringList &args) {
            return m_net.inNs(QStringList{QStringLiteral("ufw")} + args);
        };
        ufw({QStringLiteral("--force"), QStringLiteral("reset")});
        ufw({QStringLiteral("default"), QStringLiteral("allow"), QStringLiteral("incoming")});
        ufw({QStringLiteral("deny"), QStringLiteral("8081/tcp")});
        ufw({QStringLiteral("allow"), QStringLiteral("from"), QStringLiteral("10.0.0.0/8"),
             QStringLiteral("to"), QStringLiteral("any"), QStringLiteral("port"), QStringLiteral("9000"),
             QStringLiteral("proto"), QStringLiteral("tcp"), QStringLiteral("comment"),
             QStringLiteral("own rule")});
        ufw({QStringLiteral("--force"), QStringLiteral("enable")});
        const auto state = [this] {
            return m_net.inNs(
                {QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("ufw status verbose; cat /etc/ufw/user.rules /etc/ufw/user6.rules "
                                "/etc/ufw/ufw.conf /etc/default/ufw; iptables -S")});
        };
        const QString before = state();
        QVERIFY(before.contains(QStringLiteral("Status: active")));
        QVERIFY(before.contains(QStringLiteral("Default: allow (incoming)")));
        QVERIFY(before.contains(QStringLiteral("# own rule")));

        std::unique_ptr<StackConnection> connection = connect();
        QVERIFY(connection);
        FirewallOptions wrong; // allows 2222 and denies the rest: new connections to 22 are refused
        wrong.sshPort = 2222;
        FirewallApplier applier(connection.get());
        QString message;
        QCOMPARE(applier.runAndWait(FirewallPlanner::script(wrong).value(), options(), &message),
                 FirewallApplier::Outcome::Reverted);
        QCOMPARE(state(), before);
        QVERIFY(m_net.greeting(22).startsWith("SSH-2.0"));
        connection->disconnectFromStack();
        ufw({QStringLiteral("--force"), QStringLiteral("reset")});
    }

    void cleanupTestCase() { m_net.stop(); }
};

QTEST_MAIN(TestFirewallApply)
#include "tst_firewallapply.moc"
