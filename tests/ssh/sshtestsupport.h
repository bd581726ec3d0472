// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the SSH tests: running tools, generating keys, and an sshd of the test's own
// (for tests that must stop and restart it without disturbing the harness's sshd).
#include "harness/testenv.h"
#include "ssh/sshconnectoptions.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

namespace sshtest {

// A login to the harness's sshd with its key; callers add the known_hosts files their case needs.
inline supadesk::SshConnectOptions harnessLogin()
{
    supadesk::SshConnectOptions o;
    o.host = testenv::value("SUPADESK_TEST_SSH_HOST");
    o.port = testenv::value("SUPADESK_TEST_SSH_PORT").toInt();
    o.user = testenv::value("SUPADESK_TEST_SSH_USER");
    o.auth = supadesk::AuthMethod::KeyFile;
    o.keyFile = testenv::value("SUPADESK_TEST_SSH_KEY");
    o.timeoutSeconds = 5;
    return o;
}

// Runs a program to completion; returns its stdout, or fails the test with its stderr.
inline QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        qWarning() << program << "did not start";
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    if (exitCode)
        *exitCode = p.exitCode();
    else if (p.exitCode() != 0)
        qWarning() << program << arguments << "failed:" << p.readAllStandardError();
    return p.readAllStandardOutput();
}

// ssh-keygen -t TYPE [-b BITS] -N PASSPHRASE -f DIR/NAME; returns the private key path.
inline QString generateKey(const QString &dir, const QString &name, const QString &type,
                           const QString &passphrase = QString(), int bits = 0)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList args{QStringLiteral("-q"),
                     QStringLiteral("-t"),
                     type,
                     QStringLiteral("-N"),
                     passphrase,
                     QStringLiteral("-C"),
                     name,
                     QStringLiteral("-f"),
                     path};
    if (bits > 0)
        args << QStringLiteral("-b") << QString::number(bits);
    run(QStringLiteral("ssh-keygen"), args);
    return path;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool appendLine(const QString &path, const QByteArray &line)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(line.endsWith('\n') ? line : line + '\n') > 0;
}

// The harness sshd's authorized_keys (next to its user key).
inline QString harnessAuthorizedKeys()
{
    return QFileInfo(testenv::value("SUPADESK_TEST_SSH_KEY")).absolutePath() +
           QStringLiteral("/authorized_keys");
}

inline quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// Kills a process and its direct children (sshd forks one child per connection).
inline void killTree(pid_t pid)
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool numeric = false;
        const int child = entry.toInt(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(child));
        // "pid (comm) state ppid ..."; comm may hold spaces, so parse after the last ')'.
        const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toInt() == pid)
            ::kill(child, SIGKILL);
    }
    ::kill(pid, SIGKILL);
}

// An sshd of the test's own on a fixed port, using the harness's host key and authorized_keys, so
// that it can be killed and started again on the same port.
class OwnSshd
{
public:
    bool start(quint16 port = 0)
    {
        if (port)
            m_port = port;
        else if (!m_port)
            m_port = freePort();
        const QString config = m_dir.filePath(QStringLiteral("sshd_config"));
        QFile f(config);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2\nPidFile %3/sshd.pid\n"
                           "AuthorizedKeysFile %4\nStrictModes no\nPasswordAuthentication no\n"
                           "KbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nUsePAM no\n"
                           "AllowTcpForwarding yes\nSubsystem sftp internal-sftp\nLogLevel ERROR\n")
                .arg(m_port)
                .arg(testenv::value("SUPADESK_TEST_SSH_HOST_KEY"), m_dir.path(), harnessAuthorizedKeys())
                .toUtf8());
        f.close();
        m_process.setProgram(QStringLiteral("/usr/sbin/sshd"));
        m_process.setArguments({QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(100))
                return true;
            QTest::qWait(50);
        }
        return false;
    }
    void kill()
    {
        if (m_process.state() != QProcess::NotRunning) {
            killTree(pid_t(m_process.processId()));
            m_process.waitForFinished(5000);
        }
    }
    ~OwnSshd() { kill(); }
    quint16 port() const { return m_port; }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace sshtest
