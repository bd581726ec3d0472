// FirewallApplier end to end: a server in a network namespace made by the test (real ufw, state in
// /etc/netns/NAME/ufw, sshd that takes the harness's user key), reached over a real StackConnection.
// With the right SSH port the new-connection proof gets through and the firewall stays on (5432 is
// closed, SSH is not); with a firewall.sh that allows the wrong SSH port the proof fails and the
// applier switches the firewall off again through the original session, which ufw keeps alive.
// There is no systemd or atd here: `at` is a stand-in that records the armed revert.
#include "core/setup/firewallplanner.h"
#include "harness/testenv.h"
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
    QString m_ns;
    QString m_hostIf;
    QString m_serverIp;
    std::vector<std::unique_ptr<QProcess>> m_daemons;

    static bool sh(const QString &command, QString *error = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-ec"), command});
        p.waitForFinished(60000);
        if (p.exitCode() != 0 && error)
            *error = command + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0;
    }

    QString inNs(const QStringList &command) const
    {
        QProcess p;
        p.start(QStringLiteral("ip"),
                QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    void daemon(const QStringList &command)
    {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
        p->start(QStringLiteral("ip"),
                 QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
        p->waitForStarted();
        m_daemons.push_back(std::move(p));
    }

    static QByteArray greeting(const QString &ip, int port)
    {
        QTcpSocket socket;
        socket.connectToHost(ip, quint16(port));
        if (!socket.waitForConnected(1500))
            return {};
        socket.waitForReadyRead(1500);
        return socket.readAll();
    }

    bool waitFor(int port)
    {
        for (int i = 0; i < 50; ++i) {
            if (!greeting(m_serverIp, port).isEmpty())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    bool ufwActive() const
    {
        return inNs({QStringLiteral("ufw"), QStringLiteral("status")})
            .contains(QLatin1String("Status: active"));
    }

    StackConnection::Settings settings() const
    {
        StackConnection::Settings s;
        s.ssh.host = m_serverIp;
        s.ssh.port = 22;
        s.ssh.user = QStringLiteral("root");
        s.ssh.auth = AuthMethod::KeyFile;
        s.ssh.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
        s.ssh.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        s.ssh.acceptNewHostKey = true;
        s.ssh.timeoutSeconds = 5;
        return s;
    }

    FirewallApplier::Options options() const
    {
        FirewallApplier::Options o;
        o.scriptPath = m_dir.filePath(QStringLiteral("supadesk-firewall.sh"));
        // The `at` stand-in first on PATH, as the scheduler the script arms its revert with.
        o.commandPrefix = QStringLiteral("env PATH=%1:/usr/sbin:/usr/bin:/sbin:/bin")
                              .arg(m_dir.filePath(QStringLiteral("bin")));
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
        const int id = int((::getpid() + 7) % 60000);
        m_ns = QStringLiteral("sdfa%1").arg(id);
        m_hostIf = QStringLiteral("sda%1").arg(id);
        const int net = id % 250;
        m_serverIp = QStringLiteral("10.214.%1.2").arg(net);
        QString error;
        QVERIFY2(sh(QStringLiteral(R"SH(
ip netns add %1
mkdir -p /etc/netns/%1
cp -a /etc/ufw /etc/netns/%1/ufw
ip link add %2 type veth peer name eth0 netns %1
ip addr add 10.214.%3.1/30 dev %2
ip link set %2 up
ip netns exec %1 ip addr add 10.214.%3.2/30 dev eth0
ip netns exec %1 ip link set eth0 up
ip netns exec %1 ip link set lo up
ip netns exec %1 ip route add default via 10.214.%3.1
)SH")
                        .arg(m_ns, m_hostIf)
                        .arg(net),
                    &error),
                 qPrintable(error));

        const QString ssh = m_dir.filePath(QStringLiteral("ssh"));
        QDir().mkpath(ssh);
        QVERIFY(sh(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1/host_key && mkdir -p /run/sshd && "
                                  "cp %2.pub %1/authorized_keys")
                       .arg(ssh, testenv::value("SUPADESK_TEST_SSH_KEY"))));
        QFile config(ssh + QStringLiteral("/sshd_config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("Port 22\nListenAddress 0.0.0.0\nHostKey %1/host_key\nPidFile %1/sshd.pid\n"
                           "AuthorizedKeysFile %1/authorized_keys\nStrictModes no\nUsePAM no\n"
                           "PasswordAuthentication no\nPermitRootLogin prohibit-password\n"
                           "Subsystem sftp internal-sftp\nLogLevel ERROR\n")
                .arg(ssh)
                .toUtf8());
        config.close();
        daemon({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
                QStringLiteral("-f"), config.fileName()});
        daemon({QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"),
                QStringLiteral("import socket\ns = socket.socket()\ns.setsockopt(socket.SOL_SOCKET, "
                               "socket.SO_REUSEADDR, 1)\n"
                               "s.bind(('0.0.0.0', 5432))\ns.listen(8)\nwhile True:\n    c, _ = s.accept()\n"
                               "    c.sendall(b'db\\n')\n    c.close()\n")});

        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        QFile at(m_dir.filePath(QStringLiteral("bin/at")));
        QVERIFY(at.open(QIODevice::WriteOnly));
        at.write("#!/bin/sh\ncat >>\"$(dirname \"$0\")/at.jobs\"\n");
        at.close();
        at.setPermissions(at.permissions() | QFileDevice::ExeOwner);

        QVERIFY2(waitFor(22), "sshd in the namespace is not reachable");
        QVERIFY2(waitFor(5432), "the 5432 listener is not reachable");
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
        QVERIFY(ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
        QVERIFY(greeting(m_serverIp, 5432).isEmpty());
        // Checked from outside, as a user's desktop would: 5432 (and 6543) do not answer.
        QVERIFY(applier.stillReachable().isEmpty());
        QVERIFY(message.contains(QStringLiteral("ports are closed")));
        // The proof disarmed the revert: when the scheduler fires it, nothing happens.
        QVERIFY(progress.join(QLatin1Char('\n')).contains(QStringLiteral("Firewall kept")));
        QVERIFY(inNs({QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("sh %1; echo done").arg(m_dir.filePath(QStringLiteral("bin/at.jobs")))})
                    .contains(QStringLiteral("done")));
        QVERIFY(ufwActive());
        QVERIFY(inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")})
                    .contains(QStringLiteral("disabled")));
        connection->disconnectFromStack();
    }

    // The control for the check from outside: a firewall that leaves 5432 open is reported.
    void aPortLeftOpenIsReported()
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
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
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});
        connection->disconnectFromStack();
    }

    void failedProofSwitchesTheFirewallOffAgain()
    {
        std::unique_ptr<StackConnection> connection = connect();
        QVERIFY(connection);
        // A clean ufw: the rules of the previous test (22 allowed) must not help the proof.
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        FirewallOptions wrong; // allows 2222, while the session uses 22: new connections are refused
        wrong.sshPort = 2222;
        FirewallApplier applier(connection.get());
        QString message;
        const FirewallApplier::Outcome outcome =
            applier.runAndWait(FirewallPlanner::script(wrong).value(), options(), &message);
        QCOMPARE(outcome, FirewallApplier::Outcome::Reverted);
        QVERIFY(message.contains(QStringLiteral("switched off again")));
        QVERIFY(!ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
        QVERIFY(waitFor(5432));
        // The original session is still usable.
        bool answered = false;
        connection->exec(QStringLiteral("true"), this,
                         [&](Result<ExecResult> r) { answered = r.ok() && r.value().exitStatus == 0; });
        QTRY_VERIFY(answered);
        connection->disconnectFromStack();
    }

    void cleanupTestCase()
    {
        for (auto &p : m_daemons) {
            p->kill();
            p->waitForFinished(3000);
        }
        if (!m_ns.isEmpty())
            sh(QStringLiteral(
                   "ip netns del %1 || true; ip link del %2 2>/dev/null || true; rm -rf /etc/netns/%1")
                   .arg(m_ns, m_hostIf));
    }
};

QTEST_MAIN(TestFirewallApply)
#include "tst_firewallapply.moc"
