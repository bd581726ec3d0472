// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stand-in server for the firewall tests: a network namespace joined to the host by a veth pair,
// with ufw's state of its own (/etc/netns/NAME/ufw), an sshd on port 22 that takes the harness's
// user key, a listener on 5432 in the place of the database, and an `at` stand-in that only records
// the revert job it is given (bin/at.jobs), so a test decides when the revert "fires". A process
// named `atd` (a copy of sleep) stands for the daemon that firewall.sh checks for before it trusts
// `at`. /etc/default is the namespace's own too: ufw keeps its default policies in /etc/default/ufw.

#include "harness/testenv.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

class UfwNamespace
{
public:
    UfwNamespace() = default;
    UfwNamespace(const UfwNamespace &) = delete;
    UfwNamespace &operator=(const UfwNamespace &) = delete;
    ~UfwNamespace() { stop(); }

    // `tag` keeps the names of tests running at the same time apart; `octet` picks 10.<octet>.x.0/30.
    // Returns an empty string, or what failed.
    QString start(const QString &tag, int id, int octet, const QString &workDir)
    {
        m_dir = workDir;
        m_ns = QStringLiteral("sd%1f%2").arg(tag).arg(id);
        m_hostIf = QStringLiteral("sd%1%2").arg(tag).arg(id);
        const int net = id % 250;
        m_serverIp = QStringLiteral("10.%1.%2.2").arg(octet).arg(net);
        QString error;
        if (!sh(QStringLiteral(R"SH(
ip netns add %1
mkdir -p /etc/netns/%1
cp -a /etc/ufw /etc/netns/%1/ufw
cp -a /etc/default /etc/netns/%1/default
ip link add %2 type veth peer name eth0 netns %1
ip addr add 10.%3.%4.1/30 dev %2
ip link set %2 up
ip netns exec %1 ip addr add 10.%3.%4.2/30 dev eth0
ip netns exec %1 ip link set eth0 up
ip netns exec %1 ip link set lo up
ip netns exec %1 ip route add default via 10.%3.%4.1
)SH")
                    .arg(m_ns, m_hostIf)
                    .arg(octet)
                    .arg(net),
                &error))
            return error;

        const QString ssh = m_dir + QStringLiteral("/ssh");
        QDir().mkpath(ssh);
        if (!sh(QStringLiteral("ssh-keygen -q -t ed25519 -N '' -f %1/host_key && mkdir -p /run/sshd && "
                               "cp %2.pub %1/authorized_keys")
                    .arg(ssh, testenv::value("SUPADESK_TEST_SSH_KEY")),
                &error))
            return error;
        QFile config(ssh + QStringLiteral("/sshd_config"));
        if (!config.open(QIODevice::WriteOnly))
            return config.errorString();
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

        QDir().mkpath(binDir());
        QFile at(binDir() + QStringLiteral("/at"));
        if (!at.open(QIODevice::WriteOnly))
            return at.errorString();
        at.write("#!/bin/sh\ncat >>\"$(dirname \"$0\")/at.jobs\"\n");
        at.close();
        at.setPermissions(at.permissions() | QFileDevice::ExeOwner);
        if (const QString atd = startAtd(); !atd.isEmpty())
            return atd;

        if (!waitFor(22))
            return QStringLiteral("sshd in the namespace is not reachable");
        if (!waitFor(5432))
            return QStringLiteral("the 5432 listener is not reachable");
        return {};
    }

    void stop()
    {
        stopAtd();
        for (auto &p : m_daemons) {
            p->kill();
            p->waitForFinished(3000);
        }
        m_daemons.clear();
        if (!m_ns.isEmpty())
            sh(QStringLiteral(
                   "ip netns del %1 || true; ip link del %2 2>/dev/null || true; rm -rf /etc/netns/%1")
                   .arg(m_ns, m_hostIf));
        m_ns.clear();
    }

    // The `atd` stand-in: firewall.sh arms its revert with `at` only while a process of that name runs.
    QString startAtd()
    {
        const QString atd = binDir() + QStringLiteral("/atd");
        if (!QFile::exists(atd) && !QFile::copy(QStringLiteral("/bin/sleep"), atd))
            return QStringLiteral("cannot copy /bin/sleep to %1").arg(atd);
        m_atd = std::make_unique<QProcess>();
        m_atd->start(atd, {QStringLiteral("infinity")});
        return m_atd->waitForStarted() ? QString() : m_atd->errorString();
    }
    void stopAtd()
    {
        if (!m_atd)
            return;
        m_atd->kill();
        m_atd->waitForFinished(3000);
        m_atd.reset();
    }

    QString serverIp() const { return m_serverIp; }
    // Holds the `at` stand-in; put it first on the applier's PATH.
    QString binDir() const { return m_dir + QStringLiteral("/bin"); }
    QString atJobs() const { return binDir() + QStringLiteral("/at.jobs"); }

    static bool sh(const QString &command, QString *error = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral("sh"), {QStringLiteral("-ec"), command});
        p.waitForFinished(60000);
        if (p.exitCode() != 0 && error)
            *error = command + QStringLiteral(": ") + QString::fromUtf8(p.readAllStandardError());
        return p.exitCode() == 0;
    }

    // Standard output of a command run inside the namespace.
    QString inNs(const QStringList &command) const
    {
        QProcess p;
        p.start(QStringLiteral("ip"),
                QStringList{QStringLiteral("netns"), QStringLiteral("exec"), m_ns} + command);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // What the server's port says first, seen from the host (empty when it does not answer).
    QByteArray greeting(int port) const
    {
        QTcpSocket socket;
        socket.connectToHost(m_serverIp, quint16(port));
        if (!socket.waitForConnected(1500))
            return {};
        socket.waitForReadyRead(1500);
        return socket.readAll();
    }

    bool waitFor(int port) const
    {
        for (int i = 0; i < 50; ++i) {
            if (!greeting(port).isEmpty())
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

private:
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

    QString m_dir;
    QString m_ns;
    QString m_hostIf;
    QString m_serverIp;
    std::vector<std::unique_ptr<QProcess>> m_daemons;
    std::unique_ptr<QProcess> m_atd;
};
