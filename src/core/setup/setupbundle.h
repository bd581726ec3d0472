// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backupscriptwriter.h"
#include "core/backup/pitrrules.h"
#include "core/result.h"
#include "finding.h"
#include "firewallplanner.h"
#include "hostprofile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

struct BundleInput
{
    HostProfile host;
    std::optional<QString> envIn; // the server's .env to edit in place; none: secrets from scratch
    bool rotateAllSecrets = false;
    FirewallOptions firewall;
    BackupOptions backup;
    QDateTime now;
    int poolerMetricsPort = 4000; // the stack's: where the override publishes Supavisor's metrics
    // Point-in-time recovery: the archive folder mounted into the db container, its setup script and the
    // daily base backup. Sets host.walArchiveDir (the archive_command's folder) from the layout.
    std::optional<PitrLayout> pitr;
};

struct BundleFile
{
    enum class Kind { Text, Script, Secret };

    QString name;
    QByteArray content;
    Kind kind = Kind::Text;
};

struct Bundle
{
    QList<BundleFile> files;
    FindingList findings; // what was wrong with the input .env (now fixed where a secret was at fault)
    QStringList replacedSecrets;
};

// Everything the Setup workspace would apply, as files for a server Supadesk cannot reach: PostgreSQL
// settings (tuning.sql and postgresql.tuning.conf), the .env with fresh secrets and pooler sizes,
// pgbouncer.ini, the compose override, firewall.sh, backup.sh, crontab.txt and a README with the
// commands in order; with PITR also pitr-setup.sh, pitr-basebackup.sh and pitr-crontab.txt.
class SetupBundle
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::SetupBundle)

public:
    static Result<Bundle> build(const BundleInput &input);
};

} // namespace supadesk
