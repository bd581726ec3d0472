// SPDX-License-Identifier: GPL-3.0-or-later
#include "applyplanbuilder.h"

#include "altersystemundo.h"
#include "core/shellquote.h"
#include "databaserestart.h"
#include "envfile.h"

#include <QRegularExpression>

namespace supadesk {

namespace {

// Replaces the crontab line marked `marker` in root's crontab with `line`, keeping the crontab as it was
// in `saved` for the undo (`crontab SAVED`).
QString crontabInstall(const QString &saved, const QString &marker, const QString &line)
{
    return QStringLiteral(
               "crontab -l >%1 2>/dev/null || : >%1; { grep -vF %2 %1; printf '%s\\n' %3; } | crontab -")
        .arg(shellQuote(saved), shellQuote(marker), shellQuote(line));
}

const BundleFile *fileNamed(const Bundle &bundle, const QString &name)
{
    for (const BundleFile &f : bundle.files)
        if (f.name == name)
            return &f;
    return nullptr;
}

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(QLatin1Char('/')) ? dir + name : dir + QLatin1Char('/') + name;
}

} // namespace

QStringList ApplyPlanBuilder::alteredSettings(const QString &sql)
{
    // Plain "ALTER SYSTEM SET name = ..." lines and the \gexec form that builds one in a SELECT.
    static const QRegularExpression set(QStringLiteral("ALTER SYSTEM SET ([A-Za-z_][A-Za-z0-9_.]*)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    QRegularExpressionMatchIterator it = set.globalMatch(sql);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

Result<ApplyPlan> ApplyPlanBuilder::fromBundle(const Bundle &bundle, const ApplyTarget &target)
{
    ApplyPlan plan;
    const QString dir = target.installDir;
    auto missing = [](const QString &name) {
        return Error{ErrorCode::ApplyBundleIncomplete,
                     tr("The bundle has no %1. Write it again with `supadesk-cli plan`.").arg(name)};
    };

    if (target.editEnv) {
        const BundleFile *env = fileNamed(bundle, QStringLiteral(".env"));
        if (!env)
            return missing(QStringLiteral(".env"));
        const EnvFile parsed = EnvFile::parse(QString::fromUtf8(env->content));
        for (const Finding &f : parsed.findings())
            if (f.severity == Finding::Severity::Error)
                return Error{ErrorCode::ApplyBundleEnv,
                             tr("The bundle's .env has a line that cannot be applied (line %1): %2")
                                 .arg(f.line)
                                 .arg(f.message)};
        EnvAssignments assignments;
        const QStringList keys = parsed.keys();
        for (const QString &key : keys)
            assignments.append({key, parsed.value(key)});
        plan.addEnvEdit(
            QStringLiteral("env"), joinPath(dir, QStringLiteral(".env")), assignments,
            tr("Update %n key(s) of %1 (secrets and pooler sizes); comments, order and other keys "
               "stay as they are.",
               nullptr, int(assignments.size()))
                .arg(joinPath(dir, QStringLiteral(".env"))));
    }

    if (target.writeComposeOverride) {
        const BundleFile *override = fileNamed(bundle, QStringLiteral("docker-compose.override.yml"));
        if (!override)
            return missing(QStringLiteral("docker-compose.override.yml"));
        const QString path = joinPath(dir, QStringLiteral("docker-compose.override.yml"));
        plan.addFile(QStringLiteral("compose-override"), path, override->content, 0644,
                     tr("Write %1: the pooler's ports are published on 127.0.0.1 only.").arg(path));
    }

    if (target.pooler == PoolerKind::PgBouncer) {
        const BundleFile *ini = fileNamed(bundle, QStringLiteral("pgbouncer.ini"));
        if (!ini)
            return missing(QStringLiteral("pgbouncer.ini"));
        const QString path = !target.pgbouncerIniPath.isEmpty()
                                 ? target.pgbouncerIniPath
                                 : joinPath(dir, QStringLiteral("volumes/pgbouncer/pgbouncer.ini"));
        plan.addFile(QStringLiteral("pgbouncer-ini"), path, ini->content, 0644,
                     tr("Write %1: PgBouncer's transaction pooling sized for this server.").arg(path));
    }

    if (target.installBackups) {
        const BundleFile *script = fileNamed(bundle, QStringLiteral("backup.sh"));
        const BundleFile *cron = fileNamed(bundle, QStringLiteral("crontab.txt"));
        if (!script)
            return missing(QStringLiteral("backup.sh"));
        if (!cron)
            return missing(QStringLiteral("crontab.txt"));
        const QString path = target.backup.scriptPath;
        // The public half of the backup key the script encrypts to (the secret half stays on the desktop).
        const BundleFile *key = fileNamed(bundle, QStringLiteral("backup-key.asc"));
        if (key && !target.backup.encryptKeyFile.isEmpty())
            plan.addFile(QStringLiteral("backup-key"), target.backup.encryptKeyFile, key->content, 0644,
                         tr("Install the backup key's public half as %1: the nightly backup encrypts to it.")
                             .arg(target.backup.encryptKeyFile));
        plan.addFile(QStringLiteral("backup-script"), path, script->content, 0700,
                     tr("Install the backup script as %1 (mode 0700).").arg(path));
        // The crontab as it was is kept next to the script, so the undo puts back exactly that.
        const QString saved = path + QStringLiteral(".crontab-before");
        const QString line = QString::fromUtf8(cron->content).trimmed();
        const QString marker = BackupScriptWriter::crontabMarker();
        const QString install = crontabInstall(saved, marker, line);
        const QString undo = QStringLiteral("crontab %1 && rm -f %1").arg(shellQuote(saved));
        plan.addCommand(QStringLiteral("crontab"), install, undo,
                        tr("Install the nightly backup in root's crontab (an earlier Supadesk entry is "
                           "replaced, other entries stay)."))
            .needsRoot = true;
    }

    if (target.recreateContainers) {
        ApplyStep &step = plan.addCommand(
            QStringLiteral("recreate"),
            QStringLiteral("cd %1 && %2 up -d").arg(shellQuote(dir), target.composeCommand), QString(),
            tr("Recreate the containers that the new .env and override change (`docker compose up -d`)."));
        step.rerunAfterRollback = true;
        step.needsRoot = target.dockerNeedsRoot;
    }

    if (target.pooler == PoolerKind::PgBouncer && !target.pgbouncerService.isEmpty()) {
        ApplyStep &step = plan.addCommand(
            QStringLiteral("pgbouncer-restart"),
            QStringLiteral("cd %1 && %2 restart %3")
                .arg(shellQuote(dir), target.composeCommand, shellQuote(target.pgbouncerService)),
            QString(),
            tr("Restart the %1 service so that PgBouncer reads the new pgbouncer.ini (its clients "
               "reconnect).")
                .arg(target.pgbouncerService));
        step.rerunAfterRollback = true;
        step.needsRoot = target.dockerNeedsRoot;
    }

    // Point-in-time recovery: the archive folder must exist in the container (the override mounted it at
    // `recreate`) before the tuning turns archiving on.
    if (const BundleFile *pitrSetup = fileNamed(bundle, QStringLiteral("pitr-setup.sh"))) {
        const BundleFile *script = fileNamed(bundle, QStringLiteral("pitr-basebackup.sh"));
        const BundleFile *cron = fileNamed(bundle, QStringLiteral("pitr-crontab.txt"));
        if (!script)
            return missing(QStringLiteral("pitr-basebackup.sh"));
        if (!cron)
            return missing(QStringLiteral("pitr-crontab.txt"));
        const PitrLayout &p = target.pitr;
        ApplyStep &setup = plan.addCommand(
            QStringLiteral("pitr-setup"),
            ApplyStep::withHereDoc(QStringLiteral("bash -s"), QString::fromUtf8(pitrSetup->content)),
            QStringLiteral("rmdir %1/wal %1/base %1 2>/dev/null || true").arg(shellQuote(p.hostDir)),
            tr("Create the WAL archive folder %1, mounted into the db container, and hand it to postgres.")
                .arg(p.hostDir));
        setup.needsRoot = true;
        plan.addFile(QStringLiteral("pitr-script"), p.scriptPath, script->content, 0700,
                     tr("Install the base backup script as %1 (mode 0700).").arg(p.scriptPath));
        const QString saved = p.scriptPath + QStringLiteral(".crontab-before");
        const QString install =
            crontabInstall(saved, PitrRules::crontabMarker(), QString::fromUtf8(cron->content).trimmed());
        plan.addCommand(QStringLiteral("pitr-crontab"), install,
                        QStringLiteral("crontab %1 && rm -f %1").arg(shellQuote(saved)),
                        tr("Install the daily base backup in root's crontab (an earlier Supadesk entry is "
                           "replaced, other entries stay)."))
            .needsRoot = true;
    }

    if (target.applyTuning) {
        const BundleFile *tuning = fileNamed(bundle, QStringLiteral("tuning.sql"));
        if (!tuning)
            return missing(QStringLiteral("tuning.sql"));
        const QString sql = QString::fromUtf8(tuning->content);
        QString undo;
        for (const QString &name : alteredSettings(sql))
            undo += QStringLiteral("ALTER SYSTEM RESET %1;\n").arg(name);
        if (!undo.isEmpty())
            undo += QStringLiteral("SELECT pg_reload_conf();\n");
        ApplyStep &step =
            plan.addSql(QStringLiteral("tuning-sql"), target.psqlCommand, sql, undo,
                        tr("Store the PostgreSQL settings with ALTER SYSTEM (kept in the data volume) and "
                           "reload; settings marked as needing a restart take effect at the next restart."));
        step.needsRoot = target.dockerNeedsRoot;
        step.undoCaptureSql = AlterSystemUndo::captureSql(alteredSettings(sql));
        step.pendingRestartPsql = target.psqlCommand;

        if (target.restartDatabaseIfNeeded) {
            const int wait = qMax(1, target.restartWaitSeconds);
            ApplyStep &restart = plan.addCommand(
                QStringLiteral("restart-db"),
                DatabaseRestart::script(dir, target.composeCommand, target.psqlCommand, wait), QString(),
                tr("If a changed setting needs it, restart the db container (`%1 restart db`) and wait up "
                   "to %n second(s) until PostgreSQL accepts connections again; connections drop for a "
                   "moment.",
                   nullptr, wait)
                    .arg(target.composeCommand));
            restart.needsRoot = target.dockerNeedsRoot;
            // After a rollback it runs again, so that settings put back that need a restart get one.
            restart.rerunAfterRollback = true;
            restart.pendingRestartPsql = target.psqlCommand;
        }
    }
    if (target.tls) {
        if (const Status tls = TlsSetupPlanner::appendSteps(plan, *target.tls); !tls.ok())
            return tls.error();
    }
    return plan;
}

} // namespace supadesk
