// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicasetup.h"

#include "core/setup/pgconfigwriter.h"
#include "core/setup/secretgenerator.h"
#include "core/shellquote.h"
#include "db/pgpasswordencryption.h"
#include "hostcommandrunner.h"
#include "replicadb.h"
#include "replicahba.h"
#include "streamingcheck.h"

#include <QFileInfo>

namespace supadesk {

namespace {

bool isAuthFailure(const QString &text)
{
    return text.contains(QLatin1String("password authentication failed")) ||
           text.contains(QLatin1String("no pg_hba.conf entry")) ||
           text.contains(QLatin1String("fe_sendauth: no password supplied"));
}

} // namespace

ReplicaSetup::ReplicaSetup(QObject *parent) : QObject(parent) {}

Result<ReplicaPreflightFacts> ReplicaSetup::preflight(ReplicaSetupRequest &request)
{
    ReplicaSetupOptions &o = request.options;
    if (!ReplicaRules::isValidIdentifier(o.role) || !ReplicaRules::isValidIdentifier(o.slot))
        return Error{ErrorCode::CliUsage,
                     tr("Role and slot names are lower-case letters, digits and underscores (at most 63).")};
    if (!QFileInfo(o.standbyDataDir).isAbsolute())
        return Error{ErrorCode::CliUsage, tr("The standby's data directory must be an absolute path.")};
    ReplicaDb primary(request.primaryDsn);
    if (const Status opened = primary.open(ErrorCode::ReplicaNetwork); !opened.ok())
        return opened.error();
    const auto row =
        primary.rows(QStringLiteral("SELECT current_setting('server_version_num')::int / 10000, "
                                    "(SELECT sum(pg_database_size(oid)) FROM pg_database)::bigint "
                                    "+ (SELECT coalesce(sum(size), 0) FROM pg_ls_waldir())::bigint, "
                                    "current_setting('hba_file'), "
                                    "EXISTS (SELECT 1 FROM pg_replication_slots WHERE slot_name = ?), "
                                    "EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"),
                     {o.slot, o.role});
    if (!row.ok() || row.value().isEmpty())
        return Error{ErrorCode::ReplicaStep,
                     tr("The primary could not be read: %1").arg(row.ok() ? QString() : row.error().message)};
    const QVariantList r = row.value().first();
    ReplicaPreflightFacts f;
    f.primaryMajor = r.at(0).toInt();
    f.primaryDataBytes = r.at(1).toLongLong();
    if (o.hbaFile.isEmpty())
        o.hbaFile = r.at(2).toString();
    f.slotExists = r.at(3).toBool();
    f.slotName = o.slot;
    f.roleExists = r.at(4).toBool();
    f.roleName = o.role;
    f.passwordGiven = !request.password.isEmpty();
    f.primaryEndpoint = QStringLiteral("%1:%2").arg(o.primaryHost).arg(o.primaryPort);
    f.standbyDataDir = o.standbyDataDir;

    // One read-only batch on the standby host: its PostgreSQL version, the free space where the
    // directory goes, what is in the directory, and whether the primary's port answers from there.
    const QString bin = o.binDir.isEmpty() ? QString() : o.binDir + QLatin1Char('/');
    const QString dir = shellQuote(o.standbyDataDir);
    const QString batch =
        QStringLiteral("%1pg_basebackup --version; "
                       "p=%2; while [ ! -d \"$p\" ]; do p=$(dirname \"$p\"); done; "
                       "df -Pk \"$p\" | awk 'NR==2 {print $4}'; "
                       "if [ -d %2 ]; then if [ -r %2 ]; then ls -A %2 | wc -l; else echo 1; fi; echo dir; "
                       "elif [ -e %2 ]; then echo 1; echo file; else echo 0; echo none; fi; "
                       "%1pg_isready -q -h %3 -p %4 -t 5; echo $?")
            .arg(bin, dir, shellQuote(o.primaryHost), QString::number(o.primaryPort));
    const Result<ExecResult> probed = request.standbyHost->run(batch);
    if (!probed.ok())
        return probed.error();
    const QStringList lines =
        QString::fromUtf8(probed.value().standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() < 5)
        return Error{ErrorCode::ReplicaStep,
                     tr("The standby host could not be read: %1")
                         .arg(HostCommandRunner::lastLine(probed.value().standardError))};
    f.standbyMajor = ReplicaRules::majorFromVersionOutput(lines.at(0));
    f.standbyFreeBytes = lines.at(1).trimmed().toLongLong() * 1024; // df -k: KiB
    f.standbyDirEntries = lines.at(2).trimmed().toInt();
    o.standbyDirExists = lines.at(3).trimmed() == QLatin1String("dir");
    const int ready = lines.at(4).trimmed().toInt();
    f.primaryReachable = ready == 0 || ready == 1; // 1: answers but refuses (e.g. starting up)
    o.createRole = !f.roleExists;
    const Status verdict = ReplicaRules::preflight(f);
    if (!verdict.ok())
        return verdict.error();
    return f;
}

ReplicaSetupOutcome ReplicaSetup::run(ReplicaSetupRequest request, bool dryRun)
{
    m_outcome = ReplicaSetupOutcome();
    const Result<ReplicaPreflightFacts> facts = preflight(request);
    if (!facts.ok()) {
        m_outcome.error = facts.error();
        m_outcome.report.refusal = facts.error().message;
        return m_outcome;
    }
    m_request = request;
    m_outcome.plan = ReplicaPlan::build(request.options);
    m_outcome.report.steps = m_outcome.plan.plan().steps();
    m_outcome.report.dryRun = dryRun;
    for (int i = 0; i < m_outcome.plan.plan().size(); ++i)
        m_outcome.report.outcomes.append(ApplyStepOutcome());
    emit planReady(m_outcome.plan.describe());
    m_outcome.password = request.password.isEmpty() ? SecretGenerator().alphanumeric(32) : request.password;
    m_request.password = m_outcome.password;
    if (dryRun) {
        for (int i = 0; i < m_outcome.plan.plan().size(); ++i)
            setStatus(i, ApplyStepStatus::Previewed);
        m_outcome.password.clear();
        return m_outcome;
    }

    ReplicaDb primary(request.primaryDsn);
    m_primary = &primary;
    if (const Status opened = primary.open(ErrorCode::ReplicaNetwork); !opened.ok()) {
        m_outcome.error = opened.error();
        m_primary = nullptr;
        return m_outcome;
    }
    const int count = m_outcome.plan.plan().size();
    int failed = -1;
    Error failure;
    for (int i = 0; i < count; ++i) {
        const ApplyStep &step = m_outcome.plan.plan().steps().at(i);
        if (m_cancelled) {
            failed = i;
            failure = Error{ErrorCode::ReplicaStep, tr("Cancelled before this step.")};
            setStatus(i, ApplyStepStatus::NotRun, failure.message);
            break;
        }
        m_outcome.report.outcomes[i].status = ApplyStepStatus::Running;
        emit stepStarted(i, step.description);
        emit logLine(tr("Step %1 of %2: %3").arg(i + 1).arg(count).arg(step.description));
        const Status done = runStep(i);
        if (done.ok()) {
            setStatus(i, ApplyStepStatus::Applied);
            continue;
        }
        failed = i;
        failure = done.error();
        setStatus(i, ApplyStepStatus::Failed, failure.message);
        emit logLine(failure.message);
        break;
    }
    if (failed >= 0) {
        for (int i = failed + 1; i < count; ++i)
            setStatus(i, ApplyStepStatus::NotRun);
        // The failed step is undone too where it may have left something (a partial copy, a written
        // pg_hba.conf, a half-started server); its undo is harmless when it left nothing.
        const QString failedId = m_outcome.plan.plan().steps().at(failed).id;
        const bool undoFailed =
            !m_cancelled && (failedId == QLatin1String("basebackup") || failedId == QLatin1String("hba") ||
                             failedId == QLatin1String("firewall") || failedId == QLatin1String("start"));
        for (int i = undoFailed ? failed : failed - 1; i >= 0; --i) {
            const Status undone = undoStep(i);
            if (i == failed)
                continue; // keeps Failed, with its message
            setStatus(i, undone.ok() ? ApplyStepStatus::RolledBack : ApplyStepStatus::RollbackFailed,
                      undone.ok() ? QString() : undone.error().message);
            if (!undone.ok())
                emit logLine(undone.error().message);
        }
        m_outcome.password.clear();
        m_outcome.error = failure.id == ErrorCode::ReplicaAuth
                              ? failure
                              : Error{ErrorCode::ReplicaStep,
                                      tr("Step %1 failed (%2); the steps before it were rolled back.")
                                          .arg(failed + 1)
                                          .arg(failure.message)};
    }
    m_primary = nullptr;
    return m_outcome;
}

Status ReplicaSetup::execStatements(const QString &sql)
{
    // One statement per call: several in one go run as one transaction, and ALTER SYSTEM refuses that.
    for (const QString &statement : sql.split(QStringLiteral("; "), Qt::SkipEmptyParts))
        if (const Status done = m_primary->exec(statement); !done.ok())
            return done;
    return success();
}

void ReplicaSetup::setStatus(int index, ApplyStepStatus status, const QString &message)
{
    ApplyStepOutcome &o = m_outcome.report.outcomes[index];
    o.status = status;
    if (!message.isEmpty())
        o.message = message;
    emit stepFinished(index, status, message);
}

Status ReplicaSetup::shell(HostCommandRunner *host, const QString &command, const QByteArray &input,
                           bool withPassword, ErrorCode failure)
{
    SecretEnvironment secrets;
    if (withPassword)
        secrets.append({QStringLiteral("PGPASSWORD"), m_request.password});
    QByteArray pending;
    const Result<ExecResult> r =
        host->run(command, input, secrets, [this, &pending](const QByteArray &chunk, bool) {
            pending += chunk;
            const int percent = ReplicaRules::baseBackupPercent(pending);
            if (percent >= 0)
                emit progress(percent);
            pending = pending.right(200);
        });
    if (!r.ok())
        return r.error();
    if (r.value().exitStatus != 0) {
        const QString why = HostCommandRunner::lastLine(r.value().standardError);
        if (isAuthFailure(QString::fromUtf8(r.value().standardError)))
            return Error{
                ErrorCode::ReplicaAuth,
                tr("The standby could not log in to the primary as the replication role: %1").arg(why)};
        return Error{failure,
                     why.isEmpty() ? tr("The command ended with status %1.").arg(r.value().exitStatus) : why};
    }
    return success();
}

Status ReplicaSetup::runStep(int index)
{
    const ApplyStep &step = m_outcome.plan.plan().steps().at(index);
    const ReplicaSetupOptions &o = m_request.options;
    if (step.id == QLatin1String("hba"))
        return runHba();
    if (step.id == QLatin1String("standby-config"))
        return writeStandbyConfig();
    if (step.id == QLatin1String("verify"))
        return StreamingCheck::run(*m_primary, m_request.standbyDsn, o.slot, m_request.verifyTimeoutSeconds,
                                   [this](const QString &line) { emit logLine(line); });
    switch (m_outcome.plan.host(index)) {
    case ReplicaHost::PrimarySql: {
        QString sql = step.sql;
        if (sql.contains(QLatin1String(ReplicaPlan::PasswordPlaceholder))) {
            // The server gets the SCRAM verifier, never the password itself (nor does its log).
            const Result<QString> verifier =
                PgPasswordEncryption::scramVerifier(m_primary->database(), o.role, m_request.password);
            if (!verifier.ok())
                return verifier.error();
            sql.replace(QLatin1String(ReplicaPlan::PasswordPlaceholder),
                        PgConfigWriter::quoteLiteral(verifier.value()));
        }
        const Status done = execStatements(sql);
        if (!done.ok() && step.id == QLatin1String("slot"))
            return Error{ErrorCode::ReplicaSlot, done.error().message};
        return done;
    }
    case ReplicaHost::StandbyShell:
        return shell(m_request.standbyHost, step.command, {}, step.id == QLatin1String("basebackup"));
    case ReplicaHost::PrimaryShell:
        return shell(m_request.primaryHost, step.command);
    case ReplicaHost::PrimaryRoot:
        return shell(rootHost(), step.command);
    case ReplicaHost::Verify:
        break;
    }
    return success();
}

Status ReplicaSetup::undoStep(int index)
{
    const ApplyStep &step = m_outcome.plan.plan().steps().at(index);
    if (step.id == QLatin1String("hba"))
        return undoHba();
    switch (m_outcome.plan.host(index)) {
    case ReplicaHost::PrimarySql:
        return step.undoSql.isEmpty() ? success() : execStatements(step.undoSql);
    case ReplicaHost::StandbyShell:
        return step.undoCommand.isEmpty() ? success() : shell(m_request.standbyHost, step.undoCommand);
    case ReplicaHost::PrimaryShell:
        return step.undoCommand.isEmpty() ? success() : shell(m_request.primaryHost, step.undoCommand);
    case ReplicaHost::PrimaryRoot:
        return step.undoCommand.isEmpty() ? success() : shell(rootHost(), step.undoCommand);
    case ReplicaHost::Verify:
        break;
    }
    return success();
}

HostCommandRunner *ReplicaSetup::rootHost() const
{
    return m_request.primaryRoot ? m_request.primaryRoot : m_request.primaryHost;
}

Status ReplicaSetup::runHba()
{
    const ReplicaSetupOptions &o = m_request.options;
    const Status added = ReplicaHba::add(m_request.primaryHost, *m_primary, o.hbaFile,
                                         ReplicaRules::hbaLine(o.role, o.standbyAddress),
                                         ErrorCode::ReplicaStep, &m_hbaBackup);
    if (added.ok() && !m_hbaBackup.isEmpty())
        emit logLine(tr("pg_hba.conf kept as %1.").arg(m_hbaBackup));
    return added;
}

Status ReplicaSetup::undoHba()
{
    if (m_hbaBackup.isEmpty())
        return success();
    const QString file = m_request.options.hbaFile;
    if (const Status restored =
            shell(m_request.primaryHost,
                  QStringLiteral("cp -p %1 %2 && rm -f %1").arg(shellQuote(m_hbaBackup), shellQuote(file)));
        !restored.ok())
        return restored;
    m_hbaBackup.clear();
    return m_primary->exec(QStringLiteral("SELECT pg_reload_conf()"));
}

Status ReplicaSetup::writeStandbyConfig()
{
    const ReplicaSetupOptions &o = m_request.options;
    const QString path = shellQuote(o.standbyDataDir + QStringLiteral("/postgresql.auto.conf"));
    const Result<ExecResult> read = m_request.standbyHost->run(QStringLiteral("cat %1").arg(path));
    if (!read.ok())
        return read.error();
    if (read.value().exitStatus != 0)
        return Error{ErrorCode::ReplicaStep, HostCommandRunner::lastLine(read.value().standardError)};
    const QByteArray conf = ReplicaRules::withAutoConf(
        read.value().standardOutput, {{QStringLiteral("port"), QString::number(o.standbyPort)}});
    return shell(m_request.standbyHost, QStringLiteral("umask 077 && cat > %1").arg(path), conf);
}

} // namespace supadesk
