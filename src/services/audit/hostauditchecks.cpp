// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostauditchecks.h"

#include "auditcontext.h"
#include "core/audit/hostauditevaluator.h"
#include "core/setup/backupscriptwriter.h"
#include "core/setup/envfile.h"
#include "core/shellquote.h"

#include <QHash>

namespace supadesk {

namespace {

// Exit status of privileged() when the login is not root and sudo asks for a password.
constexpr int kNoSudo = 125;

// Runs `body` under sh as root: directly for root, through `sudo -n` otherwise. Without passwordless
// sudo it exits kNoSudo, or runs as the login user when `orAsUser`.
QString privileged(const QString &body, bool orAsUser)
{
    const QString q = shellQuote(QStringLiteral("PATH=\"$PATH:/usr/sbin:/sbin\"; export PATH\n") + body);
    return QStringLiteral(
               "if [ \"$(id -u)\" = 0 ]; then sh -c %1; elif sudo -n true 2>/dev/null; then sudo -n "
               "sh -c %1; else %2; fi")
        .arg(q, orAsUser ? QStringLiteral("sh -c %1").arg(q)
                         : QString::number(kNoSudo).prepend(QStringLiteral("exit ")));
}

// "@@name" lines split the output into sections; "@@file PATH" sections are kept apart by path.
QHash<QString, QString> sections(const QByteArray &output)
{
    QHash<QString, QString> out;
    QString current;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("@@"))) {
            current = line.mid(2).trimmed();
            out.insert(current, QString());
            continue;
        }
        if (!current.isEmpty())
            out[current] += line + QLatin1Char('\n');
    }
    return out;
}

QString stderrOf(const ExecResult &result)
{
    return QString::fromUtf8(result.standardError).trimmed();
}

bool needsAny(const QStringList &wanted, std::initializer_list<const char *> ids)
{
    for (const char *id : ids)
        if (wanted.contains(QLatin1String(id)))
            return true;
    return false;
}

} // namespace

QString HostAuditChecks::privilegedCommand(const QString &body, bool orAsUser)
{
    return privileged(body, orAsUser);
}

HostAuditSettings::HostAuditSettings()
{
    const BackupOptions defaults;
    backupScript = defaults.scriptPath;
    backupDir = defaults.backupDir;
    backupLog = defaults.logFile;
}

QStringList HostAuditChecks::checkIds() const
{
    return HostAuditEvaluator::checkIds();
}

HostAuditFacts HostAuditChecks::gather(const AuditContext &context, const QStringList &wanted) const
{
    HostAuditFacts facts;
    facts.now = context.now;
    facts.sshPort = context.stack.sshPort;
    facts.stackDbPort = context.stack.dbPort;
    facts.stackPoolerPort = context.stack.poolerPort;
    facts.installDir = context.stack.installDir;
    facts.host = context.host;
    facts.hostError = context.hostError;
    facts.env = context.env;
    facts.envLines = context.envLines;
    facts.envPath = context.envPath;
    facts.envError = context.envError;
    facts.layout = context.layout;
    facts.layoutError = context.layoutError;
    facts.backupDir = m_settings.backupDir;
    facts.backupLog = m_settings.backupLog;
    facts.lastDrill = context.lastDrill;

    if (needsAny(wanted, {"db-port-public", "pooler-port-public", "docker-limits"}) && !context.cancelled()) {
        if (!context.hostError.isEmpty()) {
            facts.dockerError = context.hostError;
        } else if (context.host.dockerClientVersion.isEmpty()) {
            facts.dockerError = tr("Docker is not installed on the server.");
        } else {
            const QString body = QStringLiteral(
                "command -v docker >/dev/null 2>&1 || exit 127\n"
                "echo @@ps\n"
                "docker ps --format '{{.Names}}\t{{.Ports}}\t{{.Label "
                "\"com.docker.compose.project.working_dir\"}}' "
                "|| exit 124\n"
                "ids=$(docker ps -q)\n"
                "echo @@inspect\n"
                "[ -z \"$ids\" ] || docker inspect --format '{{.Name}}\t{{.HostConfig.Memory}}' $ids\n");
            const Result<ExecResult> result = context.exec(privileged(body, true), QByteArray());
            if (!result.ok())
                facts.dockerError = result.error().message;
            else if (result.value().exitStatus == 127)
                facts.dockerError = tr("Docker is not installed on the server.");
            else if (result.value().exitStatus != 0)
                facts.dockerError =
                    tr("docker ps failed (the login may need the docker group or passwordless sudo): %1")
                        .arg(stderrOf(result.value()));
            else
                facts.containers =
                    HostAuditEvaluator::parseDocker(QString::fromUtf8(result.value().standardOutput));
        }
    }

    if (wanted.contains(QLatin1String("firewall-active")) && !context.cancelled()) {
        const QString body =
            QStringLiteral("command -v ufw >/dev/null 2>&1 || exit 127\nufw status verbose 2>&1\n");
        const Result<ExecResult> result = context.exec(privileged(body, false), QByteArray());
        if (!result.ok())
            facts.ufwError = result.error().message;
        else if (result.value().exitStatus == kNoSudo)
            facts.ufwError = tr("Reading ufw's rules needs root: the login %1 needs passwordless sudo.")
                                 .arg(context.stack.sshUser);
        else if (result.value().exitStatus == 127)
            facts.ufwError =
                tr("ufw is not installed (Supadesk reads ufw only; another firewall may be in place).");
        else if (result.value().exitStatus != 0)
            facts.ufwError =
                tr("ufw status failed: %1")
                    .arg(QString::fromUtf8(result.value().standardOutput + result.value().standardError)
                             .trimmed());
        else
            facts.ufw = HostAuditEvaluator::parseUfwStatus(QString::fromUtf8(result.value().standardOutput));
    }

    if (needsAny(wanted, {"backups-recent", "log-rotation"}) && !context.cancelled()) {
        // The installed script names its directory and log (the user may have changed them on the page).
        const QString readScript = QStringLiteral("[ -r %1 ] && grep -E '^(BACKUP_DIR|LOG_FILE)=' %1")
                                       .arg(shellQuote(m_settings.backupScript));
        if (const Result<ExecResult> script = context.exec(privileged(readScript, true), QByteArray());
            script.ok() && script.value().exitStatus == 0) {
            const EnvFile assignments = EnvFile::parse(QString::fromUtf8(script.value().standardOutput));
            if (!assignments.value(QStringLiteral("BACKUP_DIR")).isEmpty())
                facts.backupDir = assignments.value(QStringLiteral("BACKUP_DIR"));
            if (!assignments.value(QStringLiteral("LOG_FILE")).isEmpty())
                facts.backupLog = assignments.value(QStringLiteral("LOG_FILE"));
        }
        const QString body =
            QStringLiteral("dir=%1; log=%2\n"
                           "echo @@dir\n"
                           "if [ -d \"$dir\" ]; then echo exists; echo @@dumps; "
                           "find \"$dir\" -maxdepth 1 -type f -printf '%T@ %s %f\\n' 2>/dev/null || echo "
                           "@@unreadable; fi\n"
                           "echo @@log\n"
                           "if [ -f \"$log\" ]; then echo exists; echo @@logtail; tail -n 2000 -- \"$log\" "
                           "2>/dev/null; fi\n"
                           "echo @@logrotate\n"
                           "for f in /etc/logrotate.d/*; do [ -f \"$f\" ] && [ -r \"$f\" ] && "
                           "{ printf '@@file %s\\n' \"$f\"; cat -- \"$f\"; }; done\n"
                           "exit 0\n")
                .arg(shellQuote(facts.backupDir), shellQuote(facts.backupLog));
        const Result<ExecResult> result = context.exec(privileged(body, true), QByteArray());
        if (!result.ok()) {
            facts.backupError = result.error().message;
            facts.logrotateError = result.error().message;
        } else {
            const QHash<QString, QString> s = sections(result.value().standardOutput);
            facts.backupDirExists = s.value(QStringLiteral("dir")).trimmed() == QLatin1String("exists");
            if (s.contains(QStringLiteral("unreadable")))
                facts.backupError = tr("%1 could not be listed: reading it needs root (passwordless sudo).")
                                        .arg(facts.backupDir);
            else
                facts.backupFiles = BackupCatalogueReader::parseListing(s.value(QStringLiteral("dumps")));
            facts.backupLogExists = s.value(QStringLiteral("log")).trimmed() == QLatin1String("exists");
            facts.backupLogText = s.value(QStringLiteral("logtail"));
            for (auto it = s.cbegin(); it != s.cend(); ++it)
                if (it.key().startsWith(QLatin1String("file ")))
                    facts.logrotate.insert(it.key().mid(5), it.value());
        }
    }
    return facts;
}

AuditCheckResults HostAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    AuditCheckResults results;
    if (context.cancelled())
        return results;
    const HostAuditFacts facts = gather(context, wanted);
    for (const QString &id : checkIds()) {
        if (!wanted.contains(id))
            continue;
        if (context.cancelled())
            break;
        if (context.starting)
            context.starting(id);
        results << HostAuditEvaluator::evaluate(id, facts);
    }
    return results;
}

} // namespace supadesk
