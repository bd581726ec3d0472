// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshconfigresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

#include <mutex>

namespace supadesk {

namespace {

// ssh -G reads files only (and runs what a `Match exec` names); a second is plenty, five is patient.
constexpr int sshTimeoutMs = 5000;

QString expandHome(QString path)
{
    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path.replace(0, 1, QDir::homePath());
    return path;
}

// Runs `ssh ARGS` without a shell; its standard output, or nothing when it failed or took too long.
std::optional<QByteArray> runSsh(const QString &program, const QStringList &arguments)
{
    QProcess ssh;
    ssh.setProgram(program);
    ssh.setArguments(arguments);
    ssh.setStandardInputFile(QProcess::nullDevice());
    ssh.start();
    if (!ssh.waitForStarted(sshTimeoutMs))
        return std::nullopt;
    if (!ssh.waitForFinished(sshTimeoutMs)) {
        ssh.kill();
        ssh.waitForFinished(1000);
        qWarning("ssh -G did not answer within %d ms; reading the ssh configuration without it",
                 sshTimeoutMs);
        return std::nullopt;
    }
    if (ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
        qWarning("ssh -G failed (%s); reading the ssh configuration without it",
                 ssh.readAllStandardError().trimmed().constData());
        return std::nullopt;
    }
    return ssh.readAllStandardOutput();
}

// The IdentityFile list ssh prints when the configuration names none (asked once per process).
QStringList builtInIdentityFiles(const QString &program)
{
    static std::mutex mutex;
    static QHash<QString, QStringList> cache;
    std::lock_guard lock(mutex);
    if (const auto found = cache.constFind(program); found != cache.constEnd())
        return *found;
    QStringList files;
    if (const auto output =
            runSsh(program, {QStringLiteral("-G"), QStringLiteral("-F"), QStringLiteral("none"),
                             QStringLiteral("--"), QStringLiteral("supadesk-defaults.invalid")}))
        for (const QByteArray &line : output->split('\n'))
            if (line.startsWith("identityfile "))
                files.append(expandHome(QString::fromUtf8(line.mid(13).trimmed())));
    cache.insert(program, files);
    return files;
}

} // namespace

SshConfigResolver::SshConfigResolver(QString configFile, QString sshProgram)
    : m_configFile(std::move(configFile))
{
    if (sshProgram.isEmpty())
        m_sshProgram = QStandardPaths::findExecutable(QStringLiteral("ssh"));
    else if (QFileInfo(sshProgram).isExecutable())
        m_sshProgram = std::move(sshProgram);
}

SshConfigResolver SshConfigResolver::forOptions(const SshConnectOptions &options)
{
    return SshConfigResolver(options.sshConfigFile);
}

SshConfigFile::Entry SshConfigResolver::parseSshG(const QByteArray &output,
                                                  const QStringList &builtInIdentityFiles)
{
    SshConfigFile::Entry entry;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        const QByteArray keyword = line.left(space);
        const QString value = QString::fromUtf8(line.mid(space + 1));
        if (keyword == "hostname")
            entry.hostName = value;
        else if (keyword == "port")
            entry.port = value.toInt();
        else if (keyword == "user")
            entry.user = value;
        else if (keyword == "identityfile")
            entry.identityFiles.append(expandHome(value));
        else if (keyword == "proxyjump" && value != QLatin1String("none"))
            entry.proxyJump = value;
        else if (keyword == "hashknownhosts")
            entry.hashKnownHosts = value == QLatin1String("yes");
        else if (keyword == "globalknownhostsfile")
            for (const QString &file : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                entry.globalKnownHostsFiles.append(expandHome(file));
    }
    if (entry.identityFiles == builtInIdentityFiles)
        entry.identityFiles.clear();
    return entry;
}

std::optional<SshConfigFile::Entry> SshConfigResolver::askSsh(const QString &alias) const
{
    if (m_sshProgram.isEmpty())
        return std::nullopt;
    QStringList arguments{QStringLiteral("-G")};
    if (!m_configFile.isEmpty())
        arguments << QStringLiteral("-F") << m_configFile;
    arguments << QStringLiteral("--") << alias;
    const auto output = runSsh(m_sshProgram, arguments);
    if (!output)
        return std::nullopt;
    return parseSshG(*output, builtInIdentityFiles(m_sshProgram));
}

SshConfigFile::Entry SshConfigResolver::readFiles(const QString &alias) const
{
    if (!m_configFile.isEmpty())
        return SshConfigFile(m_configFile).lookup(alias);
    // As ssh: the user's file first (its values win), then the system-wide one.
    SshConfigFile::Entry entry = SshConfigFile(SshConfigFile::defaultPath()).lookup(alias);
    entry.fillFrom(SshConfigFile(SshConfigFile::systemPath(), QStringLiteral("/etc/ssh")).lookup(alias));
    return entry;
}

Result<SshConfigFile::Entry> SshConfigResolver::lookup(const QString &alias) const
{
    if (alias.startsWith(QLatin1Char('-')))
        return Error{ErrorCode::SshConfigHostname,
                     QCoreApplication::translate("SshConfigResolver",
                                                 "\"%1\" is not a host name: it starts with \"-\", which ssh "
                                                 "would read as an option.")
                         .arg(alias)};
    if (const auto entry = askSsh(alias))
        return *entry;
    return readFiles(alias);
}

Result<SshConnectOptions> SshConfigResolver::apply(SshConnectOptions options) const
{
    const Result<SshConfigFile::Entry> entry = lookup(options.host);
    if (!entry.ok())
        return entry.error();
    options = SshConfigFile::apply(std::move(options), entry.value());
    options.sshConfigFile = m_configFile;
    return options;
}

} // namespace supadesk
