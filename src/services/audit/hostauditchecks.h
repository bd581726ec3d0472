// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include <QCoreApplication>

namespace supadesk {

struct HostAuditFacts;

// Where the backup checks look: by default what the Setup wizard's backup script uses
// (BackupOptions), or what the script installed on the server says.
struct HostAuditSettings
{
    QString backupScript; // read for BACKUP_DIR= and LOG_FILE= when it exists
    QString backupDir;    // used when the script does not exist
    QString backupLog;
    HostAuditSettings();
};

// The audit's checks of the host: files, sockets, firewall, containers, backups and versions. Reads
// what the checks need over the stack's SSH session (docker ps/inspect, ufw status, the backup
// directory and log, /etc/logrotate.d; ufw and the backup directory through `sudo -n` when the login
// is not root), then HostAuditEvaluator gives the verdicts. Never changes the server.
class HostAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::HostAuditChecks)

public:
    explicit HostAuditChecks(HostAuditSettings settings = HostAuditSettings())
        : m_settings(std::move(settings))
    {}

    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;

    // `body` under sh as root (directly, or through `sudo -n`); without passwordless sudo as the login
    // user when `orAsUser`, else it exits 125. Other groups reading root's files use it too.
    static QString privilegedCommand(const QString &body, bool orAsUser);

    // Reads what the `wanted` checks need beyond the context (public for tests).
    HostAuditFacts gather(const AuditContext &context, const QStringList &wanted) const;

private:
    HostAuditSettings m_settings;
};

} // namespace supadesk
