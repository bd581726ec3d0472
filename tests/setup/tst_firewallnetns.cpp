// SPDX-License-Identifier: GPL-3.0-or-later
// firewall.sh with real ufw inside network namespaces made by the test: sshd stays reachable, a listener
// on 5432 is not, and a port published the way Docker publishes it (DNAT to a "container" namespace,
// accepted by a DOCKER chain ahead of ufw's rules) is closed too, through DOCKER-USER. When the proof
// fails the scheduled revert leaves the firewall off; after --confirm the revert does nothing.
// ufw keeps its state in /etc/netns/NAME/ufw, which `ip netns exec` puts over /etc/ufw, so the host's
// own firewall is never touched (and /etc/netns/NAME/default over /etc/default, where ufw keeps its
// default policies). There is no systemd or atd here: `at` is a stand-in that records the revert
// command, the test runs it when the scheduler would, and a copy of sleep named `atd` stands for the
// daemon that firewall.sh checks for before it trusts `at`.
#include "core/setup/firewallplanner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <unistd.h>

using namespace supadesk;

class TestFirewallNetns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ns;  // the server
    QString m_ctr; // a container behind it
    QString m_hostIf;
    QString m_serverIp;
    QString m_containerIp;
    std::vector<std::unique_ptr<QProcess>> m_daemons;
    std::unique_ptr<QProcess> m_atd;
    QString m_script;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    static bool sh(const QString &command, QString *error = nullptr)
    {
        const Run r = run(QStringLiteral("sh"), {QStringLiteral("-ec"), command});
        if (r.code != 0 && error)
            *error = command + QStringLiteral(": ") + r.err;
        return r.code == 0;
    }

    Run inNs(const QStringList &command) const
    {
        return run(QStringLiteral("ip"),
                   QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
    }

    void daemon(const QString &ns, const QStringList &command)
    {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
        p->start(QStringLiteral("ip"),
                 QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + command);
        p->waitForStarted();
        m_daemons.push_back(std::move(p));
    }

    static QString listener(int port)
    {
        return QStringLiteral("import socket\n"
                              "s = socket.socket()\n"
                              "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"
                              "s.bind(('0.0.0.0', %1))\n"
                              "s.listen(8)\n"
                              "while True:\n"
                              "    c, _ = s.accept()\n"
                              "    c.sendall(b'listener %1\\n')\n"
                              "    c.close()\n")
            .arg(port);
    }

    // The first bytes a TCP service sends, or nothing when the connection does not get through.
    static QByteArray greeting(const QString &ip, int port)
    {
        QTcpSocket socket;
        socket.connectToHost(ip, quint16(port));
        if (!socket.waitForConnected(1500))
            return {};
        socket.waitForReadyRead(1500);
        return socket.readAll();
    }

    bool waitFor(const QString &ip, int port)
    {
        for (int i = 0; i < 50; ++i) {
            if (!greeting(ip, port).isEmpty())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    // The last job given to `at`, without its first line, which waits for the deadline: the test is
    // the clock.
    QString scheduledRevert() const
    {
        QFile jobs(m_dir.filePath(QStringLiteral("bin/at.jobs")));
        if (!jobs.open(QIODevice::ReadOnly))
            return {};
        const QString text = QString::fromUtf8(jobs.readAll());
        static const QRegularExpression wait(QStringLiteral("^d=\\d+;[^\n]*\n"),
                                             QRegularExpression::MultilineOption);
        qsizetype after = -1;
        for (QRegularExpressionMatchIterator it = wait.globalMatch(text); it.hasNext();)
            after = it.next().capturedEnd();
        if (after >= 0)
            return text.mid(after);
        const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return lines.isEmpty() ? QString() : lines.last();
    }

    Run applyFirewall(const QStringList &args = {}, const QString &script = {}) const
    {
        return inNs(QStringList{QStringLiteral("env"),
                                QStringLiteral("PATH=") + m_dir.filePath(QStringLiteral("bin")) +
                                    QStringLiteral(":/usr/sbin:/usr/bin:/sbin:/bin"),
                                QStringLiteral("bash"), script.isEmpty() ? m_script : script} +
                    args);
    }

    QString persistedRules() const
    {
        return m_dir.filePath(QStringLiteral("root/etc/supadesk/docker-user.d/firewall.rules"));
    }

    Run fireRevert() const
    {
        return inNs({QStringLiteral("env"), QStringLiteral("PATH=/usr/sbin:/usr/bin:/sbin:/bin"),
                     QStringLiteral("sh"), QStringLiteral("-c"), scheduledRevert()});
    }

    bool ufwActive() const
    {
        return inNs({QStringLiteral("ufw"), QStringLiteral("status")})
            .out.contains(QLatin1String("Status: active"));
    }

    void startAtd()
    {
        m_atd = std::make_unique<QProcess>();
        m_atd->start(m_dir.filePath(QStringLiteral("bin/atd")), {QStringLiteral("infinity")});
        QVERIFY(m_atd->waitForStarted());
    }

    void stopAtd()
    {
        if (!m_atd)
            return;
        m_atd->kill();
        m_atd->waitForFinished(3000);
        m_atd.reset();
    }

    // ufw as `ufw status verbose` and its rules files show it.
    QString ufwState() const
    {
        return inNs({QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("ufw status verbose; cat /etc/ufw/user.rules /etc/ufw/user6.rules "
                                    "/etc/ufw/ufw.conf /etc/default/ufw")})
            .out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(::geteuid() == 0, "network namespaces and ufw need root");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/ufw")), "ufw is missing: apt-get install ufw");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/sshd")),
                 "OpenSSH server is missing: apt-get install openssh-server");
        QVERIFY(m_dir.isValid());
        // The persisted DOCKER-USER rules, script and unit go under the test's folder, not this machine's
        // /etc.
        qputenv("SUPADESK_DOCKER_USER_ROOT", m_dir.filePath(QStringLiteral("root")).toUtf8());
        const int id = int(::getpid() % 60000);
        m_ns = QStringLiteral("sdfw%1").arg(id);
        m_ctr = QStringLiteral("sdct%1").arg(id);
        m_hostIf = QStringLiteral("sdh%1").arg(id);
        const int net = id % 250;
        m_serverIp = QStringLiteral("10.213.%1.2").arg(net);
        m_containerIp = QStringLiteral("172.31.%1.2").arg(net);
        QString error;
        const QString setup = QStringLiteral(R"SH(
ip netns add %1
ip netns add %2
mkdir -p /etc/netns/%1
cp -a /etc/ufw /etc/netns/%1/ufw
cp -a /etc/default /etc/netns/%1/default
ip link add %3 type veth peer name eth0 netns %1
ip addr add 10.213.%4.1/30 dev %3
ip link set %3 up
ip netns exec %1 ip addr add 10.213.%4.2/30 dev eth0
ip netns exec %1 ip link set eth0 up
ip netns exec %1 ip link set lo up
ip netns exec %1 ip route add default via 10.213.%4.1
ip -n %1 link add ctr0 type veth peer name eth0 netns %2
ip netns exec %1 ip addr add 172.31.%4.1/30 dev ctr0
ip netns exec %1 ip link set ctr0 up
ip netns exec %2 ip addr add 172.31.%4.2/30 dev eth0
ip netns exec %2 ip link set eth0 up
ip netns exec %2 ip link set lo up
ip netns exec %2 ip route add default via 172.31.%4.1
ip netns exec %1 sysctl -qw net.ipv4.ip_forward=1
# What Docker does for a published port: DNAT in a DOCKER nat chain, DOCKER-USER then DOCKER first in FORWARD.
ip netns exec %1 iptables -t nat -N DOCKER
ip netns exec %1 iptables -t nat -A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
ip netns exec %1 iptables -t nat -A DOCKER ! -i ctr0 -p tcp --dport 6543 -j DNAT --to-destination 172.31.%4.2:6543
ip netns exec %1 iptables -N DOCKER-USER
ip netns exec %1 iptables -A DOCKER-USER -j RETURN
ip netns exec %1 iptables -N DOCKER
ip netns exec %1 iptables -A DOCKER -d 172.31.%4.2 ! -i ctr0 -o ctr0 -p tcp --dport 6543 -j ACCEPT
ip netns exec %1 iptables -A FORWARD -j DOCKER-USER
ip netns exec %1 iptables -A FORWARD -o ctr0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
ip netns exec %1 iptables -A FORWARD -o ctr0 -j DOCKER
ip netns exec %1 iptables -A FORWARD -i ctr0 -j ACCEPT
)SH")
                                  .arg(m_ns, m_ctr, m_hostIf)
                                  .arg(net);
        QVERIFY2(sh(setup, &error), qPrintable(error));

        // sshd on 22 inside the server namespace, with its own host key.
        const QString ssh = m_dir.filePath(QStringLiteral("ssh"));
        QDir().mkpath(ssh);
        QVERIFY(sh(
            QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1/host_key && mkdir -p /run/sshd").arg(ssh)));
        QFile config(ssh + QStringLiteral("/sshd_config"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(
            QStringLiteral("Port 22\nListenAddress 0.0.0.0\nHostKey %1/host_key\nPidFile %1/sshd.pid\n"
                           "UsePAM no\nPasswordAuthentication no\nLogLevel ERROR\n")
                .arg(ssh)
                .toUtf8());
        config.close();
        daemon(m_ns, {QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
                      QStringLiteral("-f"), config.fileName()});
        daemon(m_ns, {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), listener(5432)});
        daemon(m_ctr, {QStringLiteral("/usr/bin/python3"), QStringLiteral("-c"), listener(6543)});

        // `at` stand-in: records the job instead of handing it to atd.
        QDir().mkpath(m_dir.filePath(QStringLiteral("bin")));
        QFile at(m_dir.filePath(QStringLiteral("bin/at")));
        QVERIFY(at.open(QIODevice::WriteOnly));
        at.write("#!/bin/sh\ncat >>\"$(dirname \"$0\")/at.jobs\"\n");
        at.close();
        at.setPermissions(at.permissions() | QFileDevice::ExeOwner);
        QVERIFY(QFile::copy(QStringLiteral("/bin/sleep"), m_dir.filePath(QStringLiteral("bin/atd"))));
        startAtd();

        FirewallOptions options; // SSH 22, public 80/443, closed 5432/6543
        QFile script(m_dir.filePath(QStringLiteral("firewall.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(FirewallPlanner::script(options).value().toUtf8());
        script.close();
        m_script = script.fileName();

        QVERIFY2(waitFor(m_serverIp, 22), "sshd in the namespace is not reachable before the firewall");
        QVERIFY2(waitFor(m_serverIp, 5432), "the 5432 listener is not reachable before the firewall");
        QVERIFY2(waitFor(m_serverIp, 6543),
                 "the Docker-style published port is not reachable before the firewall");
    }

    // The control: ufw alone, without the DOCKER-USER rule for 6543, leaves the published port open.
    void dockerPublishedPortBypassesUfwAlone()
    {
        FirewallOptions ufwOnly;
        ufwOnly.closedPorts = {5432};
        QFile script(m_dir.filePath(QStringLiteral("firewall-ufw-only.sh")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(FirewallPlanner::script(ufwOnly).value().toUtf8());
        script.close();
        const Run applied = applyFirewall({}, script.fileName());
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QVERIFY(ufwActive());
        QVERIFY(greeting(m_serverIp, 5432).isEmpty());
        QCOMPARE(greeting(m_serverIp, 6543), QByteArray("listener 6543\n"));
        QVERIFY(applyFirewall({QStringLiteral("--revert")}, script.fileName()).code == 0);
        QVERIFY(!ufwActive());
    }

    void failedProofRevertsTheFirewall()
    {
        const Run applied = applyFirewall();
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QVERIFY(ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
        QVERIFY(greeting(m_serverIp, 5432).isEmpty());
        QVERIFY2(greeting(m_serverIp, 6543).isEmpty(), "a Docker-published port bypassed the firewall");

        // No --confirm came: the scheduled revert fires and everything is as before.
        QVERIFY(scheduledRevert().contains(QLatin1String("--revert-if-armed")));
        const Run reverted = fireRevert();
        QVERIFY2(reverted.code == 0, qPrintable(reverted.err));
        QVERIFY(!ufwActive());
        // Nothing is left to put the rules back after a reboot either.
        QVERIFY(!QFile::exists(persistedRules()));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("root/usr/local/sbin/supadesk-docker-user"))));
        QVERIFY(waitFor(m_serverIp, 5432));
        QVERIFY(waitFor(m_serverIp, 6543));
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
    }

    void confirmedFirewallStays()
    {
        const Run applied = applyFirewall();
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        // Applying twice must not stack DOCKER-USER rules.
        QVERIFY(applyFirewall().code == 0);
        QCOMPARE(inNs({QStringLiteral("iptables"), QStringLiteral("-S"), QStringLiteral("DOCKER-USER")})
                     .out.count(QLatin1String("-j DROP")),
                 2);
        const Run confirmed = applyFirewall({QStringLiteral("--confirm")});
        QVERIFY2(confirmed.code == 0, qPrintable(confirmed.err));
        QVERIFY(fireRevert().code == 0);
        QVERIFY(ufwActive());
        QVERIFY(greeting(m_serverIp, 22).startsWith("SSH-2.0"));
        QVERIFY(greeting(m_serverIp, 5432).isEmpty());
        QVERIFY(greeting(m_serverIp, 6543).isEmpty());
        const QString status =
            inNs({QStringLiteral("ufw"), QStringLiteral("status"), QStringLiteral("verbose")}).out;
        QVERIFY(status.contains(QLatin1String("Default: deny (incoming)")));
        QVERIFY(status.contains(QLatin1String("22/tcp")));
        QVERIFY(status.contains(QLatin1String("443/tcp")));
        QVERIFY(!status.contains(QLatin1String("5432")));

        // A reboot: iptables forgets the rules and Docker recreates its chain empty; the published
        // port is open again until the persisted rules are put back, as the unit does after Docker.
        QVERIFY(QFile::exists(persistedRules()));
        QCOMPARE(inNs({QStringLiteral("sh"), QStringLiteral("-c"),
                       QStringLiteral("iptables -F DOCKER-USER && iptables -A DOCKER-USER -j RETURN")})
                     .code,
                 0);
        QVERIFY(waitFor(m_serverIp, 6543));
        const Run restored =
            inNs({QStringLiteral("sh"),
                  m_dir.filePath(QStringLiteral("root/usr/local/sbin/supadesk-docker-user"))});
        QVERIFY2(restored.code == 0, qPrintable(restored.out + restored.err));
        QVERIFY2(greeting(m_serverIp, 6543).isEmpty(), "the persisted DOCKER-USER rules were not put back");
        QCOMPARE(inNs({QStringLiteral("iptables"), QStringLiteral("-S"), QStringLiteral("DOCKER-USER")})
                     .out.count(QLatin1String("-j DROP")),
                 2);
        // Run again (Docker restarted): nothing doubles.
        QCOMPARE(inNs({QStringLiteral("sh"),
                       m_dir.filePath(QStringLiteral("root/usr/local/sbin/supadesk-docker-user"))})
                     .code,
                 0);
        QCOMPARE(inNs({QStringLiteral("iptables"), QStringLiteral("-S"), QStringLiteral("DOCKER-USER")})
                     .out.count(QLatin1String("-j DROP")),
                 2);
        QVERIFY(QFile::exists(
            m_dir.filePath(QStringLiteral("root/etc/systemd/system/supadesk-docker-user.service"))));
    }

    // at runs its job with sh: the script's own path, however it is named, must reach it as one word.
    void aScriptInAnOddlyNamedFolderArmsARevertThatFindsIt()
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        const QString dir = m_dir.filePath(QStringLiteral("a'b\"$(touch X)`touch Y`%1\nc"));
        QVERIFY(QDir().mkpath(dir));
        const QString script = dir + QStringLiteral("/firewall.sh");
        QVERIFY(QFile::copy(m_script, script));
        const Run applied = applyFirewall({}, script);
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QVERIFY(ufwActive());
        const Run reverted = fireRevert();
        QVERIFY2(reverted.code == 0, qPrintable(scheduledRevert() + reverted.err));
        QVERIFY(!ufwActive());
        for (const char *name : {"X", "Y"})
            QVERIFY2(!QFile::exists(QLatin1String(name)) &&
                         !QFile::exists(m_dir.filePath(QLatin1String(name))),
                     name);
    }

    // The revert already put ufw back: a confirmation then keeps nothing and says so.
    void aLateConfirmIsRefused()
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        const Run applied = applyFirewall();
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QVERIFY(fireRevert().code == 0);
        QVERIFY(!ufwActive());
        const Run confirmed = applyFirewall({QStringLiteral("--confirm")});
        QVERIFY2(confirmed.code != 0, qPrintable(confirmed.out));
        QVERIFY2(confirmed.err.contains(QLatin1String("nothing to confirm")), qPrintable(confirmed.err));
        QVERIFY(!ufwActive());
    }

    // `at` without atd queues a revert that never comes: the script refuses before changing anything.
    void withoutAtdNothingIsChanged()
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        const QString before = ufwState();
        stopAtd();
        const Run applied = applyFirewall();
        startAtd();
        QVERIFY(applied.code != 0);
        QVERIFY2(applied.err.contains(QLatin1String("atd is not running")), qPrintable(applied.err));
        QCOMPARE(ufwState(), before);
        QVERIFY(!ufwActive());
    }

    // The job is queued on a whole minute before the deadline and waits the rest itself.
    void theAtJobWaitsForItsDeadline()
    {
        inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("reset")});
        QFile::remove(m_dir.filePath(QStringLiteral("bin/at.jobs")));
        const qint64 start = QDateTime::currentSecsSinceEpoch();
        const Run applied = applyFirewall();
        QVERIFY2(applied.code == 0, qPrintable(applied.out + applied.err));
        QFile jobs(m_dir.filePath(QStringLiteral("bin/at.jobs")));
        QVERIFY(jobs.open(QIODevice::ReadOnly));
        const QString job = QString::fromUtf8(jobs.readAll());
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^d=(\\d+);")).match(job);
        QVERIFY2(m.hasMatch(), qPrintable(job));
        const qint64 deadline = m.captured(1).toLongLong();
        QVERIFY(deadline >= start + 300 && deadline <= QDateTime::currentSecsSinceEpoch() + 300);
        QVERIFY(fireRevert().code == 0);
        QVERIFY(!ufwActive());
    }

    void cleanupTestCase()
    {
        stopAtd();
        for (auto &p : m_daemons) {
            p->kill();
            p->waitForFinished(3000);
        }
        if (!m_ns.isEmpty())
            sh(QStringLiteral(
                   "ip netns del %1 || true; ip netns del %2 || true; ip link del %3 2>/dev/null || true; "
                   "rm -rf /etc/netns/%1")
                   .arg(m_ns, m_ctr, m_hostIf));
    }
};

QTEST_GUILESS_MAIN(TestFirewallNetns)
#include "tst_firewallnetns.moc"
