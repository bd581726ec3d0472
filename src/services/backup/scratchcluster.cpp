// SPDX-License-Identifier: GPL-3.0-or-later
#include "scratchcluster.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

namespace supadesk {

namespace {

bool isRoot()
{
    return ::geteuid() == 0;
}

// Hands a path to the postgres user (a root-owned temporary directory is closed to it).
bool handOver(const QString &path)
{
    if (!isRoot())
        return true;
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

QString confString(QString value)
{
    value.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

} // namespace

ScratchCluster::ScratchCluster(QString binDir, QString baseDir)
    : m_binDir(std::move(binDir)), m_baseDir(std::move(baseDir))
{}

ScratchCluster::~ScratchCluster()
{
    remove();
}

QString ScratchCluster::path() const
{
    return m_dir ? m_dir->path() : QString();
}

QString ScratchCluster::dataDir() const
{
    return path() + QStringLiteral("/data");
}

QString ScratchCluster::tool(const QString &name) const
{
    return QDir(m_binDir).filePath(name);
}

ScratchCluster::Run ScratchCluster::run(const QString &program, const QStringList &arguments,
                                        const std::atomic_bool *cancel, bool asOwner, int timeoutMs)
{
    QProcess process;
    // Only what the programs need: nothing else of this process's environment (a password in some
    // variable) reaches them.
    const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    for (const char *name : {"PATH", "HOME", "LANG", "TMPDIR"})
        if (own.contains(QString::fromLatin1(name)))
            env.insert(QString::fromLatin1(name), own.value(QString::fromLatin1(name)));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    if (asOwner && isRoot())
        process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                             QStringLiteral("--"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    Run r;
    if (!process.waitForStarted(30000)) {
        r.standardError = tr("%1 could not be started: %2").arg(program, process.errorString());
        return r;
    }
    QDeadlineTimer deadline(timeoutMs > 0 ? qint64(timeoutMs) : qint64(-1));
    QByteArray out;
    QByteArray err;
    while (!process.waitForFinished(100)) {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            r.cancelled = cancel && cancel->load();
            process.kill();
            process.waitForFinished(5000);
            break;
        }
    }
    out += process.readAllStandardOutput();
    err += process.readAllStandardError();
    r.standardOutput = QString::fromUtf8(out);
    r.standardError = QString::fromUtf8(err);
    if (!r.cancelled && process.exitStatus() == QProcess::NormalExit)
        r.exitCode = process.exitCode();
    return r;
}

Status ScratchCluster::create()
{
    m_dir =
        std::make_unique<QTemporaryDir>(QDir(m_baseDir).filePath(QStringLiteral("supadesk-drill-XXXXXX")));
    if (!m_dir->isValid() || !handOver(m_dir->path()))
        return Error{ErrorCode::BackupDrill,
                     tr("No scratch directory could be made in %1: %2").arg(m_baseDir, m_dir->errorString())};
    return success();
}

Status ScratchCluster::start(const std::atomic_bool *cancel)
{
    if (const Status made = create(); !made.ok())
        return made;
    const Run init =
        run(tool(QStringLiteral("initdb")),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
            cancel, true);
    if (init.cancelled)
        return Error{ErrorCode::BackupCancelled, tr("The drill was cancelled.")};
    if (init.exitCode != 0)
        return Error{ErrorCode::BackupDrill,
                     tr("initdb could not create the scratch cluster: %1").arg(init.standardError.trimmed())};
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append))
        return Error{ErrorCode::BackupDrill, tr("The scratch cluster's settings could not be written.")};
    // A scratch restore needs no durability: the cluster is removed after the drill.
    conf.write((QStringLiteral("\n# Restore drill (Supadesk): a throwaway cluster on a private socket.\n"
                               "listen_addresses = ''\nunix_socket_directories = ") +
                confString(socketDir()) +
                QStringLiteral("\nfsync = off\nfull_page_writes = off\nsynchronous_commit = off\n"
                               "autovacuum = off\nmax_wal_size = 2GB\n"))
                   .toUtf8());
    conf.close();
    return launch(cancel, 120);
}

Status ScratchCluster::launch(const std::atomic_bool *cancel, int timeoutSeconds)
{
    const Run started = run(tool(QStringLiteral("pg_ctl")),
                            {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                             path() + QStringLiteral("/server.log"), QStringLiteral("-w"),
                             QStringLiteral("-t"), QString::number(timeoutSeconds), QStringLiteral("start")},
                            cancel, true);
    // pg_ctl may have started the postmaster before a cancel killed it: stop it in remove() anyway.
    m_running = true;
    if (started.cancelled)
        return Error{ErrorCode::BackupCancelled, tr("The drill was cancelled.")};
    if (started.exitCode != 0) {
        const QString log = serverLog().trimmed();
        const QString tail =
            !log.isEmpty() ? log.section(QLatin1Char('\n'), -3) : started.standardError.trimmed();
        return Error{ErrorCode::BackupDrill, tr("The scratch cluster did not start: %1").arg(tail)};
    }
    return success();
}

QString ScratchCluster::serverLog() const
{
    QFile log(path() + QStringLiteral("/server.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QString ScratchCluster::keep()
{
    if (!m_dir)
        return {};
    const QString kept = m_dir->path();
    m_dir->setAutoRemove(false);
    m_dir.reset();
    m_running = false;
    return kept;
}

void ScratchCluster::remove()
{
    if (!m_dir)
        return;
    if (m_running) {
        run(tool(QStringLiteral("pg_ctl")),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("stop")},
            nullptr, true, 60000);
        // A postmaster that pg_ctl could not stop is killed by its pid file before its files go.
        QFile pidFile(dataDir() + QStringLiteral("/postmaster.pid"));
        if (pidFile.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = QString::fromLatin1(pidFile.readLine()).trimmed().toLongLong(&ok);
            if (ok && pid > 1 && ::kill(pid_t(pid), 0) == 0) {
                ::kill(pid_t(pid), SIGKILL);
                for (int i = 0; i < 50 && ::kill(pid_t(pid), 0) == 0; ++i)
                    ::usleep(100000);
            }
        }
        m_running = false;
    }
    m_dir->remove();
    m_dir.reset();
}

} // namespace supadesk
