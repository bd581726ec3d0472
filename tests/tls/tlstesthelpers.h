// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Real parts for the TLS tests: free ports, processes that are stopped with the test, a self-signed
// certificate from openssl, and a local pebble (Let's Encrypt's test ACME server) on ports of its own.
#include "services/tls/tlsprober.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

namespace tlstest {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

inline int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
               const QByteArray &input = {}, int timeoutMs = 180000)
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {-1, QString(), p.errorString()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs))
        p.kill();
    p.waitForFinished(2000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(content) == content.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A self-signed certificate for `names` (DNS) and 127.0.0.1.
inline QString selfSigned(const QString &certFile, const QString &keyFile, const QStringList &names)
{
    QStringList san;
    for (const QString &n : names)
        san << QStringLiteral("DNS:") + n;
    san << QStringLiteral("IP:127.0.0.1");
    const Run r =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"), certFile, QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=") + names.first(),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + san.join(QLatin1Char(','))});
    return r.code == 0 ? QString() : r.err;
}

// Processes started by a test, stopped (by their own handle) when it ends.
class Daemons
{
public:
    ~Daemons() { stopAll(); }
    QProcess *start(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
                    const QString &logFile = {})
    {
        auto p = std::make_unique<QProcess>();
        if (!env.isEmpty())
            p->setProcessEnvironment(env);
        if (!logFile.isEmpty()) {
            p->setProcessChannelMode(QProcess::MergedChannels);
            p->setStandardOutputFile(logFile);
        } else {
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        }
        p->start(program, args);
        p->waitForStarted(10000);
        m_processes.push_back(std::move(p));
        return m_processes.back().get();
    }
    void stop(QProcess *process)
    {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished(3000);
        }
    }
    void stopAll()
    {
        for (auto &p : m_processes) {
            if (p->state() != QProcess::NotRunning)
                stop(p.get());
        }
        m_processes.clear();
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

// Polls `done` every 250 ms for up to `timeoutMs`.
template <typename F> bool waitUntil(F done, int timeoutMs)
{
    for (int waited = 0; waited < timeoutMs; waited += 250) {
        if (done())
            return true;
        QThread::msleep(250);
    }
    return done();
}

// pebble on free ports with its own HTTPS certificate. `alwaysValid`: PEBBLE_VA_ALWAYS_VALID (issues
// without reaching the names); without it, pebble really tries HTTP-01 and fails for a name that does
// not resolve.
class Pebble
{
public:
    // `validitySeconds`: the lifetime of the certificates it issues (0: pebble's default, five years).
    QString start(Daemons &daemons, const QString &dir, bool alwaysValid, int validitySeconds = 0)
    {
        QDir().mkpath(dir);
        m_listenCert = dir + QStringLiteral("/pebble-cert.pem");
        if (const QString e = selfSigned(m_listenCert, dir + QStringLiteral("/pebble-key.pem"),
                                         {QStringLiteral("localhost")});
            !e.isEmpty())
            return e;
        m_port = freePort();
        m_managementPort = freePort();
        const QString config =
            QStringLiteral(
                R"({"pebble":{"listenAddress":"127.0.0.1:%1","managementListenAddress":"127.0.0.1:%2",)"
                R"("certificate":"%3","privateKey":"%4","httpPort":%5,"tlsPort":%6,)"
                R"("ocspResponderURL":"","externalAccountBindingRequired":false%7}})")
                .arg(m_port)
                .arg(m_managementPort)
                .arg(m_listenCert, dir + QStringLiteral("/pebble-key.pem"))
                .arg(freePort())
                .arg(freePort())
                .arg(validitySeconds > 0
                         ? QStringLiteral(R"(,"certificateValidityPeriod":%1)").arg(validitySeconds)
                         : QString());
        writeFile(dir + QStringLiteral("/pebble.json"), config.toUtf8());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (alwaysValid)
            env.insert(QStringLiteral("PEBBLE_VA_ALWAYS_VALID"), QStringLiteral("1"));
        env.insert(QStringLiteral("PEBBLE_WFE_NONCEREJECT"), QStringLiteral("0"));
        daemons.start(QStringLiteral("pebble"),
                      {QStringLiteral("-config"), dir + QStringLiteral("/pebble.json")}, env,
                      dir + QStringLiteral("/pebble.log"));
        const QList<QSslCertificate> trust = listenerTrust();
        const bool up = waitUntil(
            [&] {
                return supadesk::TlsProber::get(
                           {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), m_port}, true,
                           QStringLiteral("/dir"), {}, trust, 2000)
                           .status == 200;
            },
            30000);
        if (!up)
            return QStringLiteral("pebble did not answer: ") +
                   QString::fromUtf8(readFile(dir + QStringLiteral("/pebble.log")));
        // The root that signs the certificates it issues, from its management interface.
        const supadesk::HttpExchange root = supadesk::TlsProber::get(
            {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), m_managementPort}, true,
            QStringLiteral("/roots/0"), {}, trust, 5000);
        m_root = QSslCertificate::fromData(root.body, QSsl::Pem);
        if (m_root.isEmpty())
            return QStringLiteral("no root from pebble's /roots/0: HTTP %1 %2")
                .arg(root.status)
                .arg(root.error);
        m_rootFile = dir + QStringLiteral("/pebble-root.pem");
        writeFile(m_rootFile, root.body);
        return {};
    }

    QString directoryUrl() const { return QStringLiteral("https://127.0.0.1:%1/dir").arg(m_port); }
    // The certificate pebble's own HTTPS listener presents (what an ACME client must trust to talk to it).
    QString listenerCertFile() const { return m_listenCert; }
    QList<QSslCertificate> listenerTrust() const
    {
        return QSslCertificate::fromData(readFile(m_listenCert), QSsl::Pem);
    }
    // The root of the certificates pebble issues.
    QList<QSslCertificate> root() const { return m_root; }
    QString rootFile() const { return m_rootFile; }

private:
    QString m_listenCert;
    QString m_rootFile;
    QList<QSslCertificate> m_root;
    int m_port = 0;
    int m_managementPort = 0;
};

} // namespace tlstest
