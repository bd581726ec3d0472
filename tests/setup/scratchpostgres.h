// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PostgreSQL 15 cluster of the test's own, in a temporary directory, reachable only through a Unix
// socket in that directory (no TCP port to collide with other tests). initdb and postgres refuse to run
// as root, so as root every command runs as the `postgres` user, as tests/harness/services.sh does.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <unistd.h>

class ScratchPostgres
{
public:
    static QString bin(const QString &tool) { return QStringLiteral("/usr/lib/postgresql/15/bin/") + tool; }

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString socketDir() const { return m_dir.path(); }
    QString lastError() const { return m_lastError; }

    static Run run(const QString &program, const QStringList &args, int timeoutMs = 60000)
    {
        QProcess p;
        if (::geteuid() == 0)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                           QStringLiteral("--"), program} +
                                                   args);
        else
            p.start(program, args);
        if (!p.waitForFinished(timeoutMs))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    // Gives a path to the cluster's owner (a root-owned temporary directory is closed to it).
    static void handOver(const QString &path)
    {
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("postgres:"), path});
    }

    bool init()
    {
        handOver(m_dir.path());
        const Run r =
            run(bin(QStringLiteral("initdb")),
                {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
                 QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                 QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        m_lastError = r.err;
        if (r.code != 0)
            return false;
        QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
        if (!conf.open(QIODevice::Append))
            return false;
        conf.write(QStringLiteral("listen_addresses = ''\nunix_socket_directories = '%1'\nfsync = off\n"
                                  "include_if_exists = 'postgresql.tuning.conf'\n")
                       .arg(socketDir())
                       .toUtf8());
        return true;
    }

    bool writeTuning(const QString &conf)
    {
        QFile file(dataDir() + QStringLiteral("/postgresql.tuning.conf"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(conf.toUtf8());
        file.close();
        handOver(file.fileName());
        return true;
    }

    bool start()
    {
        const Run r = run(bin(QStringLiteral("pg_ctl")),
                          {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                           path() + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                           QStringLiteral("60"), QStringLiteral("start")});
        if (r.code != 0) {
            QFile log(path() + QStringLiteral("/server.log"));
            log.open(QIODevice::ReadOnly);
            // QTest cuts long messages: the end of the server log goes to the test output line by line.
            const QList<QByteArray> lines = log.readAll().split('\n');
            for (qsizetype i = std::max<qsizetype>(0, lines.size() - 15); i < lines.size(); ++i)
                qWarning("server.log: %s", lines.at(i).constData());
            m_lastError = r.err;
            return false;
        }
        m_running = true;
        return true;
    }

    bool stop()
    {
        if (!m_running)
            return true;
        const Run r = run(bin(QStringLiteral("pg_ctl")),
                          {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("fast"),
                           QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = r.code != 0;
        return !m_running;
    }

    // psql as the postgres user through the socket; each command is one -c.
    Run psql(const QStringList &commands, const QStringList &extra = {}) const
    {
        QStringList args{QStringLiteral("-h"), socketDir(),
                         QStringLiteral("-U"), QStringLiteral("postgres"),
                         QStringLiteral("-X"), QStringLiteral("-At"),
                         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1")};
        args += extra;
        for (const QString &c : commands)
            args << QStringLiteral("-c") << c;
        args << QStringLiteral("postgres");
        return run(bin(QStringLiteral("psql")), args);
    }

    ~ScratchPostgres() { stop(); }

private:
    QTemporaryDir m_dir;
    QString m_lastError;
    bool m_running = false;
};
