// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "applyplan.h"
#include "backupscriptwriter.h"
#include "hostfacts.h"
#include "setupbundle.h"

#include "core/tls/tlssetupplan.h"

#include <QCoreApplication>

#include <optional>

namespace supadesk {

// Where and how a bundle is applied on a server.
struct ApplyTarget
{
    QString installDir = QStringLiteral("/opt/supabase/supabase/docker");
    // Reads SQL on standard input and stops at the first error.
    QString psqlCommand = QStringLiteral(
        "docker exec -i supabase-db psql -U supabase_admin -d postgres -v ON_ERROR_STOP=1 -X -q");
    QString composeCommand = QStringLiteral("docker compose");
    bool editEnv = true;
    bool writeComposeOverride = true;
    bool installBackups = true;     // backup.sh at backup.scriptPath and its cron entry
    bool applyTuning = true;        // tuning.sql through psqlCommand (ALTER SYSTEM + pg_reload_conf)
    bool recreateContainers = true; // `docker compose up -d` after the files changed
    BackupOptions backup;           // scriptPath and the crontab marker come from here
    // docker (compose, exec) runs as root, through `sudo -n` for another login user; false when
    // the login user may run docker itself (member of the docker group).
    bool dockerNeedsRoot = true;
    // The stack's pooler (preflight's HostFacts::pooler). With PgBouncer the bundle's pgbouncer.ini
    // is installed at pgbouncerIniPath (empty: INSTALL/volumes/pgbouncer/pgbouncer.ini), the old
    // one backed up first, and `docker compose restart pgbouncerService` makes it read the new file
    // (restart rather than a reload: a file bind-mounted on its own keeps showing the old file
    // to the container until it starts again). An empty pgbouncerService leaves the restart out.
    PoolerKind pooler = PoolerKind::Unknown;
    QString pgbouncerIniPath;
    QString pgbouncerService;
    // Off by default, to be confirmed by the user: after the tuning, restart the db container when a
    // changed setting needs it (pg_settings.pending_restart) and wait until PostgreSQL accepts
    // connections again (at most restartWaitSeconds). Without it the report lists the settings that
    // wait for a restart (ApplyReport::pendingRestart).
    bool restartDatabaseIfNeeded = false;
    int restartWaitSeconds = 120;
    // Point-in-time recovery, when the bundle has it (pitr-setup.sh): where the base backup script goes.
    PitrLayout pitr;
    // The TLS page's steps (TlsSetupPlanner), after everything else; none: HTTPS is not set up.
    std::optional<TlsApplyInput> tls;
};

// Turns a SetupBundle into an ApplyPlan, in this order:
//   env               EditEnv   INSTALL/.env with every key of the bundle's .env (secrets, pooler sizes)
//   compose-override  WriteFile INSTALL/docker-compose.override.yml (0644)
//   pgbouncer-ini     WriteFile pgbouncer.ini (0644), only when the stack runs PgBouncer
//   backup-key        WriteFile backup.encryptKeyFile (0644), only when backups are encrypted
//   backup-script     WriteFile backup.scriptPath (0700)
//   crontab           RunCommand replace the marked line in root's crontab; undo restores the old one
//   recreate          RunCommand `cd INSTALL && docker compose up -d` (rerun after a rollback)
//   pgbouncer-restart RunCommand `docker compose restart SERVICE` (rerun after a rollback)
//   pitr-setup        RunCommand pitr-setup.sh (archive folder made and handed to postgres), only with
//                               PITR in the bundle; pitr-script WriteFile pitr.scriptPath (0700);
//                               pitr-crontab RunCommand its marked crontab line
//   tuning-sql        RunSql    tuning.sql; undo = each setting's previous ALTER SYSTEM value (captured
//                               on the server just before) or RESET, + pg_reload_conf(); afterwards
//                               the settings waiting for a restart go into the report
//   restart-db        RunCommand only with restartDatabaseIfNeeded: DatabaseRestart::script()
//   tls-*             the TLS page's steps (TlsSetupPlanner::appendSteps), when target.tls is set
// Commands that use docker or root's crontab are marked needsRoot. firewall.sh is never part of it:
// the firewall needs the lock-out-proof sequence of its own.
class ApplyPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplyPlanBuilder)

public:
    static Result<ApplyPlan> fromBundle(const Bundle &bundle, const ApplyTarget &target = ApplyTarget());
    // The setting names an ALTER SYSTEM script sets, in order (for the undo script).
    static QStringList alteredSettings(const QString &sql);
};

} // namespace supadesk
