// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testenv.h"

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs supadesk-cli as a user or a cron job would, for the tests of its commands: one process, its exit
// status and both streams. Every CLI test used to carry its own copy of this.
namespace clirun {

struct Result
{
    int code = -1; // -1 also when the command did not finish in time
    QString out;
    QString err;
};

// English messages and a UTF-8 C locale, so tests read the words they expect and numbers are not grouped;
// with `home`, the test's stacks and settings live in a folder of its own rather than in the harness's.
inline QProcessEnvironment environment(const QString &home = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!home.isEmpty()) {
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    }
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

inline Result run(const QStringList &args, const QProcessEnvironment &env = environment(),
                  const QByteArray &input = {}, int timeoutMs = 180000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SUPADESK_CLI_PATH), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    Result r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("supadesk-cli did not finish within %1 s").arg(timeoutMs / 1000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err += QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The harness's sshd as an ad hoc server: the options every command that reaches a server takes.
inline QStringList sshTarget()
{
    return {QStringLiteral("--host"),        testenv::value("SUPADESK_TEST_SSH_HOST"),
            QStringLiteral("--port"),        testenv::value("SUPADESK_TEST_SSH_PORT"),
            QStringLiteral("--user"),        testenv::value("SUPADESK_TEST_SSH_USER"),
            QStringLiteral("--identity"),    testenv::value("SUPADESK_TEST_SSH_KEY"),
            QStringLiteral("--known-hosts"), testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS")};
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace clirun
