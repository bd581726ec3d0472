// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"

#include "core/audit/atrestverdicts.h"

#include <QCoreApplication>

namespace supadesk {

// The audit's at-rest checks: whether the database's data sits on an encrypted device (preflight's df of
// the install directory, as disk-space reads it, and `lsblk -J -s -o NAME,TYPE,FSTYPE,MOUNTPOINT`), and
// whether the nightly backup's off-site copy goes through an rclone crypt remote (the backup script's
// RCLONE_REMOTE and `rclone config show` for root). AtRestVerdicts judges. Read-only.
class AtRestAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AtRestAuditChecks)

public:
    // `backupScript`: where the Setup wizard installs backup.sh (BackupOptions' default when empty).
    explicit AtRestAuditChecks(QString backupScript = QString());

    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;
    // What the checks read (public for tests).
    AtRestFacts gather(const AuditContext &context, const QStringList &wanted) const;

private:
    QString m_backupScript;
};

} // namespace supadesk
