#pragma once

#include "applyplan.h"
#include "backupscriptwriter.h"
#include "setupbundle.h"

#include <QCoreApplication>

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
};

// Turns a SetupBundle into an ApplyPlan, in this order:
//   env              EditEnv   INSTALL/.env with every key of the bundle's .env (secrets, pooler sizes)
//   compose-override WriteFile INSTALL/docker-compose.override.yml (0644)
//   backup-script    WriteFile backup.scriptPath (0700)
//   crontab          RunCommand replace the marked line in root's crontab; undo restores the old one
//   recreate         RunCommand `cd INSTALL && docker compose up -d` (rerun after a rollback)
//   tuning-sql       RunSql    tuning.sql; undo = ALTER SYSTEM RESET of each setting + pg_reload_conf()
// firewall.sh is never part of it: the firewall needs the lock-out-proof sequence of its own.
class ApplyPlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplyPlanBuilder)

public:
    static Result<ApplyPlan> fromBundle(const Bundle &bundle, const ApplyTarget &target = ApplyTarget());
    // The setting names an ALTER SYSTEM script sets, in order (for the undo script).
    static QStringList alteredSettings(const QString &sql);
};

} // namespace supadesk
