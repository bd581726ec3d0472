// SPDX-License-Identifier: GPL-3.0-or-later
#include "atrestauditchecks.h"

#include "auditcontext.h"
#include "core/setup/backupscriptwriter.h"
#include "core/setup/envfile.h"
#include "core/shellquote.h"
#include "hostauditchecks.h"

namespace supadesk {

AtRestAuditChecks::AtRestAuditChecks(QString backupScript)
    : m_backupScript(backupScript.isEmpty() ? BackupOptions().scriptPath : std::move(backupScript))
{}

QStringList AtRestAuditChecks::checkIds() const
{
    return {AtRestVerdicts::DataAtRest, AtRestVerdicts::BackupsEncrypted};
}

AtRestFacts AtRestAuditChecks::gather(const AuditContext &context, const QStringList &wanted) const
{
    AtRestFacts facts;
    facts.hostError = context.hostError;
    facts.dataPath = context.host.diskPath;
    facts.device = context.host.diskDevice;
    facts.mountPoint = context.host.diskMountPoint;
    facts.backupScript = m_backupScript;

    if (wanted.contains(AtRestVerdicts::DataAtRest) && facts.hostError.isEmpty() && !context.cancelled()) {
        const Result<ExecResult> r =
            context.exec(QStringLiteral("command -v lsblk >/dev/null 2>&1 || exit 127\n"
                                        "lsblk -J -s -o NAME,TYPE,FSTYPE,MOUNTPOINT"),
                         QByteArray());
        if (!r.ok())
            facts.devicesError = r.error().message;
        else if (r.value().exitStatus == 127)
            facts.devicesError = tr("lsblk is not installed on the server (util-linux).");
        else if (r.value().exitStatus != 0)
            facts.devicesError =
                tr("lsblk failed: %1").arg(QString::fromUtf8(r.value().standardError).trimmed());
        else
            facts.devices = AtRestVerdicts::parseLsblk(QString::fromUtf8(r.value().standardOutput));
    }

    if (wanted.contains(AtRestVerdicts::BackupsEncrypted) && !context.cancelled()) {
        // backup.sh runs from root's crontab: its rclone configuration is root's.
        const QString script = shellQuote(m_backupScript);
        const Result<ExecResult> r = context.exec(
            HostAuditChecks::privilegedCommand(
                QStringLiteral("[ -e %1 ] || exit 3\ngrep -E '^(RCLONE_REMOTE|ENCRYPT_KEY)=' %1 || :\n")
                    .arg(script),
                true),
            QByteArray());
        if (!r.ok()) {
            facts.backupError = r.error().message;
        } else if (r.value().exitStatus == 0) {
            facts.backupScriptFound = true;
            const auto settings = EnvFile::parse(QString::fromUtf8(r.value().standardOutput));
            facts.rcloneRemote = settings.value(QStringLiteral("RCLONE_REMOTE")).trimmed();
            facts.encryptKey = settings.value(QStringLiteral("ENCRYPT_KEY")).trimmed();
        } else if (r.value().exitStatus != 3) {
            facts.backupError =
                tr("%1 could not be read: %2")
                    .arg(m_backupScript, QString::fromUtf8(r.value().standardError).trimmed());
        }
        if (!facts.rcloneRemote.isEmpty() && facts.backupError.isEmpty() && !context.cancelled()) {
            const Result<ExecResult> show = context.exec(
                HostAuditChecks::privilegedCommand(
                    QStringLiteral("command -v rclone >/dev/null 2>&1 || exit 127\nrclone config show %1")
                        .arg(shellQuote(AtRestVerdicts::remoteName(facts.rcloneRemote))),
                    true),
                QByteArray());
            if (!show.ok())
                facts.backupError = show.error().message;
            else if (show.value().exitStatus == 127)
                facts.backupError = tr("%1 copies to %2, but rclone is not installed on the server.")
                                        .arg(m_backupScript, facts.rcloneRemote);
            else
                facts.rcloneType = AtRestVerdicts::rcloneType(QString::fromUtf8(show.value().standardOutput));
        }
    }
    return facts;
}

AuditCheckResults AtRestAuditChecks::run(const AuditContext &context, const QStringList &wanted)
{
    AuditCheckResults results;
    if (context.cancelled())
        return results;
    const AtRestFacts facts = gather(context, wanted);
    for (const QString &id : checkIds()) {
        if (!wanted.contains(id) || context.cancelled())
            continue;
        if (context.starting)
            context.starting(id);
        results << (id == AtRestVerdicts::DataAtRest ? AtRestVerdicts::dataAtRest(facts)
                                                     : AtRestVerdicts::backupsEncrypted(facts));
    }
    return results;
}

} // namespace supadesk
