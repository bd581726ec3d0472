// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrotator.h"

#include "core/audit/endpointverdicts.h"
#include "core/setup/applyplan.h"
#include "core/setup/envfile.h"
#include "core/setup/remotefilescript.h"
#include "core/setup/secretgenerator.h"
#include "db/pgpasswordencryption.h"
#include "endpointauditchecks.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

namespace supadesk {

namespace {

QString lastLine(const QByteArray &text)
{
    const QStringList lines = QString::fromUtf8(text).trimmed().split(QLatin1Char('\n'));
    return lines.isEmpty() ? QString() : lines.last().trimmed();
}

// One QPSQL connection of its own, removed again when it goes out of scope.
class ScopedDatabase
{
public:
    ScopedDatabase(const DbEndpoint &endpoint, const QString &user, const QString &password)
        : m_name(QStringLiteral("rotation-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        DbEndpoint e = endpoint;
        e.user = user;
        e.password = password;
        m_db = e.addConnection(m_name, QStringLiteral("connect_timeout=10"));
        m_open = m_db.open();
    }
    ~ScopedDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QSqlDatabase &db() { return m_db; }
    QString error() const { return m_db.lastError().text().trimmed(); }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

enum class Login { Accepted, WrongPassword, Refused };

Login tryLogin(const DbEndpoint &endpoint, const QString &user, const QString &password,
               QString *reason = nullptr)
{
    ScopedDatabase db(endpoint, user, password);
    if (db.isOpen())
        return Login::Accepted;
    if (reason)
        *reason = db.error();
    return db.error().contains(QLatin1String("password authentication failed")) ? Login::WrongPassword
                                                                                : Login::Refused;
}

} // namespace

struct PasswordRotator::Run
{
    PasswordRotationTarget target;
    PasswordRotationReport report;
    QString oldPassword;
    QString newPassword;
    QString envPath;
    QString envText;
    bool composeSudo = false;
    bool envSudo = false;
    bool rolesChanged = false;
    bool envWritten = false;
    bool restarted = false;
};

PasswordRotator::PasswordRotator(SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets)
{}

void PasswordRotator::note(Run &run, const QString &line)
{
    run.report.log << line;
}

Result<ExecResult> PasswordRotator::execNow(Run &run, const QString &command, const QByteArray &input)
{
    if (!run.target.connection)
        return Error{ErrorCode::SshExec, tr("The stack is not connected.")};
    std::optional<Result<ExecResult>> answer;
    QEventLoop loop;
    run.target.connection->exec(command, input, &loop, [&](Result<ExecResult> r) {
        answer = std::move(r);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

PasswordRotationReport PasswordRotator::runAndWait(const PasswordRotationTarget &target)
{
    Run run;
    run.target = target;
    run.oldPassword = target.database.password;
    run.envPath = target.installDir + QStringLiteral("/.env");

    const auto fail = [&run](Error error) {
        run.report.error = std::move(error);
        return run.report;
    };

    emit progress(PasswordRotation::Step::Inspect,
                  PasswordRotation::stepTitle(PasswordRotation::Step::Inspect));
    if (const Status s = inspect(run); !s.ok())
        return fail(s.error());
    if (m_cancelled)
        return fail(Error{ErrorCode::AuditCancelled, tr("Cancelled before anything was changed.")});

    run.newPassword = fixedNewPassword.isEmpty()
                          ? SecretGenerator().alphanumeric(PasswordRotation::PasswordLength)
                          : fixedNewPassword;

    emit progress(PasswordRotation::Step::Roles, PasswordRotation::stepTitle(PasswordRotation::Step::Roles));
    if (const Status s = alterRoles(run, run.oldPassword, run.newPassword, false); !s.ok())
        return fail(s.error()); // the transaction was rolled back: nothing changed
    run.rolesChanged = true;

    const auto failAndRollBack = [this, &run](Error error) {
        note(run, error.message);
        run.report.error = std::move(error);
        rollback(run);
        return run.report;
    };

    emit progress(PasswordRotation::Step::Env, PasswordRotation::stepTitle(PasswordRotation::Step::Env));
    if (const Status s = writeEnv(run); !s.ok())
        return failAndRollBack(s.error());

    emit progress(PasswordRotation::Step::Restart,
                  PasswordRotation::stepTitle(PasswordRotation::Step::Restart));
    if (const Status s = restart(run); !s.ok())
        return failAndRollBack(s.error());

    emit progress(PasswordRotation::Step::Health,
                  PasswordRotation::stepTitle(PasswordRotation::Step::Health));
    if (const Status s = checkHealth(run); !s.ok())
        return failAndRollBack(s.error());

    emit progress(PasswordRotation::Step::Keychain,
                  PasswordRotation::stepTitle(PasswordRotation::Step::Keychain));
    Status stored = Error{ErrorCode::RotationSecret, tr("No keychain to store the new password in.")};
    if (storeSecret)
        stored = storeSecret(target.stackId, run.newPassword);
    else if (m_secrets)
        stored = m_secrets->writeNow(target.stackId, SecretStore::DatabasePassword, run.newPassword);
    if (!stored.ok())
        return failAndRollBack(
            Error{ErrorCode::RotationSecret,
                  tr("The keychain did not take the new password: %1").arg(stored.error().message)});
    note(run, tr("The new password is in the keychain."));
    return run.report;
}

Status PasswordRotator::inspect(Run &run)
{
    const PasswordRotationTarget &t = run.target;
    ScopedDatabase db(t.database, t.database.user, run.oldPassword);
    if (!db.isOpen())
        return Error{ErrorCode::SqlConnection,
                     tr("Cannot log in to the database as %1 with the current password: %2")
                         .arg(t.database.user, db.error())};
    QSqlQuery query(db.db());
    if (!query.exec(PasswordRotation::loginRolesQuery()))
        return Error{ErrorCode::SqlFailed,
                     tr("Cannot read the database roles: %1").arg(query.lastError().text())};
    QStringList loginRoles;
    while (query.next())
        loginRoles << query.value(0).toString();

    // A role whose login with the current password is refused does not share it: it is left alone. A
    // login refused for another reason (pg_hba has no line for this address) counts as sharing.
    QStringList notSharing;
    for (const QString &role : loginRoles) {
        if (role == t.database.user)
            continue;
        if (tryLogin(t.database, role, run.oldPassword) == Login::WrongPassword)
            notSharing << role;
    }

    // The .env must hold the password Supadesk logs in with: otherwise it is not the one the containers use.
    if (!t.connection)
        return Error{ErrorCode::SshExec, tr("The stack is not connected.")};
    std::optional<Result<QByteArray>> read;
    {
        QEventLoop loop;
        t.connection->readFile(run.envPath, &loop, [&](Result<QByteArray> r) {
            read = std::move(r);
            loop.quit();
        });
        if (!read)
            loop.exec();
    }
    if (read->ok()) {
        run.envText = QString::fromUtf8(read->value());
    } else {
        const Result<ExecResult> r =
            execNow(run, RemoteFileScript::run(RemoteFileScript::read(run.envPath), true));
        if (!r.ok() || r.value().exitStatus != 0)
            return Error{ErrorCode::RotationEnv,
                         tr("Cannot read %1: %2").arg(run.envPath, read->error().message)};
        run.envText = QString::fromUtf8(r.value().standardOutput);
        run.envSudo = true;
    }
    const EnvFile env = EnvFile::parse(run.envText);
    if (env.value(PasswordRotation::EnvKey) != run.oldPassword)
        return Error{ErrorCode::RotationEnv,
                     tr("%1 in %2 is not the password Supadesk uses to log in; nothing was changed.")
                         .arg(PasswordRotation::EnvKey, run.envPath)};

    Result<ExecResult> services =
        execNow(run, PasswordRotation::servicesCommand(t.installDir, t.composeCommand, false));
    if (!services.ok() || services.value().exitStatus != 0) {
        services = execNow(run, PasswordRotation::servicesCommand(t.installDir, t.composeCommand, true));
        run.composeSudo = true;
    }
    if (!services.ok() || services.value().exitStatus != 0)
        return Error{ErrorCode::SshExec, tr("Cannot list the stack's containers (%1); nothing was changed.")
                                             .arg(services.ok() ? lastLine(services.value().standardError)
                                                                : services.error().message)};
    const QStringList serviceNames =
        QString::fromUtf8(services.value().standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

    run.report.plan = PasswordRotation::plan(loginRoles, notSharing, serviceNames);
    if (run.report.plan.roles.isEmpty())
        return Error{ErrorCode::RotationRole, tr("No database role of the stack uses the password.")};
    note(run, tr("Roles to change: %1.").arg(run.report.plan.roles.join(QStringLiteral(", "))));
    if (!run.report.plan.skippedRoles.isEmpty())
        note(run, tr("Roles with a password of their own, left alone: %1.")
                      .arg(run.report.plan.skippedRoles.join(QStringLiteral(", "))));
    return success();
}

Status PasswordRotator::alterRoles(Run &run, const QString &loginPassword, const QString &newPassword,
                                   bool rollback)
{
    const DbEndpoint &endpoint = run.target.database;
    ScopedDatabase db(endpoint, endpoint.user, loginPassword);
    if (!db.isOpen())
        return Error{rollback ? ErrorCode::RotationRollback : ErrorCode::RotationRole,
                     tr("Cannot log in to the database as %1: %2").arg(endpoint.user, db.error())};
    if (!db.db().transaction())
        return Error{ErrorCode::RotationRole,
                     tr("Cannot begin a transaction: %1").arg(db.db().lastError().text())};
    const QStringList &roles = run.report.plan.roles;
    for (int i = 0; i < roles.size(); ++i) {
        const Result<QString> verifier =
            PgPasswordEncryption::scramVerifier(db.db(), roles.at(i), newPassword);
        Status step = success();
        if (!verifier.ok()) {
            step = verifier.error();
        } else {
            QSqlQuery query(db.db());
            if (!query.exec(PasswordRotation::alterRoleSql(roles.at(i), verifier.value())))
                step = Error{
                    ErrorCode::RotationRole,
                    tr("ALTER ROLE %1 failed: %2").arg(roles.at(i), query.lastError().text().trimmed())};
            else if (!rollback && afterAlterRole)
                step = afterAlterRole(i, roles.at(i));
        }
        if (!step.ok()) {
            db.db().rollback();
            return Error{rollback ? ErrorCode::RotationRollback : ErrorCode::RotationRole,
                         step.error().message + QLatin1Char(' ') +
                             tr("Every role keeps the password it had.")};
        }
    }
    if (!db.db().commit())
        return Error{rollback ? ErrorCode::RotationRollback : ErrorCode::RotationRole,
                     tr("The roles' transaction did not commit: %1").arg(db.db().lastError().text())};
    note(run, rollback
                  ? tr("The old password is back on %n role(s).", nullptr, int(roles.size()))
                  : tr("Changed the password of %n role(s) in one transaction.", nullptr, int(roles.size())));
    return success();
}

Status PasswordRotator::writeEnv(Run &run)
{
    const QByteArray after = PasswordRotation::envWithPassword(run.envText, run.newPassword).toUtf8();
    std::optional<Result<QString>> written;
    if (!run.envSudo && run.target.connection) {
        QEventLoop loop;
        run.target.connection->writeFile(run.envPath, after, &loop, [&](Result<QString> r) {
            written = std::move(r);
            loop.quit();
        });
        if (!written)
            loop.exec();
    }
    if (written && written->ok()) {
        run.report.envBackup = written->value();
    } else {
        // Not writable by the login user: a root script takes the content on standard input.
        const QString backup = run.envPath + QStringLiteral(".supadesk-backup-") +
                               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        const Result<ExecResult> r = execNow(
            run, RemoteFileScript::run(RemoteFileScript::replace(run.envPath, backup, -1), true), after);
        if (!r.ok() || r.value().exitStatus != 0)
            return Error{ErrorCode::RotationEnv,
                         tr("Cannot write %1: %2")
                             .arg(run.envPath, written && !written->ok() ? written->error().message
                                               : r.ok()                  ? lastLine(r.value().standardError)
                                                                         : r.error().message)};
        run.envSudo = true;
        run.report.envBackup = QString::fromUtf8(r.value().standardOutput).trimmed();
    }
    run.envWritten = true;
    note(run, tr("Wrote %1; the previous one is kept as %2.").arg(run.envPath, run.report.envBackup));
    // Each backup holds a password that was replaced: only the newest few stay.
    const Result<ExecResult> pruned = execNow(
        run, RemoteFileScript::run(RemoteFileScript::pruneBackups(run.envPath, ApplyPlan::SecretBackupsKept),
                                   run.envSudo));
    if (!pruned.ok() || pruned.value().exitStatus != 0)
        note(run, tr("Could not remove older backups of %1.").arg(run.envPath));
    return success();
}

Status PasswordRotator::restart(Run &run)
{
    const PasswordRotationPlan &plan = run.report.plan;
    for (const QStringList &services : {plan.restartFirst, plan.restartLast}) {
        if (services.isEmpty())
            continue;
        run.restarted = true; // from the first attempt on: a rollback restarts them again
        const Result<ExecResult> r =
            execNow(run, PasswordRotation::restartCommand(run.target.installDir, run.target.composeCommand,
                                                          run.composeSudo, services));
        if (!r.ok() || r.value().exitStatus != 0)
            return Error{ErrorCode::RotationHealth,
                         tr("Restarting %1 failed: %2")
                             .arg(services.join(QStringLiteral(", ")),
                                  r.ok() ? lastLine(r.value().standardError) : r.error().message)};
        note(run, tr("Restarted %1.").arg(services.join(QStringLiteral(", "))));
    }
    return success();
}

Status PasswordRotator::checkHealth(Run &run)
{
    const PasswordRotationTarget &t = run.target;
    const QDeadlineTimer deadline(std::chrono::seconds(std::max(1, t.healthTimeoutSeconds)));
    const QByteArray anonKey = EnvFile::parse(run.envText).value(QStringLiteral("ANON_KEY")).toUtf8();
    QString problem;
    for (;;) {
        problem.clear();
        QString reason;
        if (tryLogin(t.database, t.database.user, run.newPassword, &reason) != Login::Accepted)
            problem = tr("the database refuses the new password for %1: %2").arg(t.database.user, reason);
        if (problem.isEmpty() && t.poolerPort != 0) {
            DbEndpoint pooler = t.database;
            pooler.host = QStringLiteral("127.0.0.1");
            pooler.port = t.poolerPort;
            const QString tenant = EnvFile::parse(run.envText).value(QStringLiteral("POOLER_TENANT_ID"));
            const QString user =
                tenant.isEmpty() ? t.database.user : t.database.user + QLatin1Char('.') + tenant;
            if (tryLogin(pooler, user, run.newPassword, &reason) != Login::Accepted)
                problem = tr("the pooler refuses the new password for %1: %2").arg(user, reason);
        }
        if (problem.isEmpty() && t.gatewayPort != 0) {
            QList<RouteProbe> probes;
            for (const QString &route : EndpointVerdicts::healthRoutes())
                probes << EndpointAuditChecks::get(
                              t.gatewayPort, route,
                              {{"apikey", anonKey}, {"Authorization", "Bearer " + anonKey}}, 10000)
                              .probe;
            const AuditCheckResult health = EndpointVerdicts::healthEndpoints(probes);
            if (health.status != AuditStatus::Pass)
                problem = health.evidence;
        }
        if (problem.isEmpty()) {
            note(run, tr("The stack answers with the new password."));
            return success();
        }
        if (deadline.hasExpired())
            break;
        QEventLoop wait; // services take a moment to come back after a restart
        QTimer::singleShot(2000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return Error{ErrorCode::RotationHealth, tr("The stack is not healthy after the change: %1").arg(problem)};
}

void PasswordRotator::rollback(Run &run)
{
    emit progress(PasswordRotation::Step::Rollback,
                  PasswordRotation::stepTitle(PasswordRotation::Step::Rollback));
    run.report.rolledBack = true;
    QStringList failures;
    if (run.rolesChanged) {
        Status s = alterRoles(run, run.newPassword, run.oldPassword, true);
        if (!s.ok()) // the login role may not have been among those changed
            s = alterRoles(run, run.oldPassword, run.oldPassword, true);
        if (!s.ok())
            failures << s.error().message;
    }
    if (run.envWritten) {
        const Result<ExecResult> r =
            execNow(run, RemoteFileScript::run(RemoteFileScript::restore(run.report.envBackup, run.envPath),
                                               run.envSudo));
        if (!r.ok() || r.value().exitStatus != 0)
            failures << tr("Cannot put back %1 from %2: %3")
                            .arg(run.envPath, run.report.envBackup,
                                 r.ok() ? lastLine(r.value().standardError) : r.error().message);
        else
            note(run, tr("Put back %1 from %2.").arg(run.envPath, run.report.envBackup));
    }
    if (run.restarted) {
        const Status s = restart(run); // the containers read the old password again
        if (!s.ok())
            failures << s.error().message;
    }
    describeServer(run);
    if (!failures.isEmpty()) {
        const QString first = run.report.error ? run.report.error->message : QString();
        run.report.error =
            Error{ErrorCode::RotationRollback, first + QLatin1Char('\n') + failures.join(QLatin1Char('\n'))};
    }
}

void PasswordRotator::describeServer(Run &run)
{
    bool allOld = true;
    for (const QString &role : run.report.plan.roles) {
        QString reason;
        if (tryLogin(run.target.database, role, run.oldPassword, &reason) == Login::Accepted) {
            run.report.serverState << tr("%1: the old password").arg(role);
        } else if (tryLogin(run.target.database, role, run.newPassword) == Login::Accepted) {
            run.report.serverState << tr("%1: the new password").arg(role);
            allOld = false;
        } else {
            run.report.serverState << tr("%1: could not tell (%2)").arg(role, reason);
        }
    }
    if (run.envWritten) {
        QString text;
        if (run.target.connection) {
            const Result<ExecResult> r =
                execNow(run, RemoteFileScript::run(RemoteFileScript::read(run.envPath), run.envSudo));
            if (r.ok() && r.value().exitStatus == 0)
                text = QString::fromUtf8(r.value().standardOutput);
        }
        const QString value = EnvFile::parse(text).value(PasswordRotation::EnvKey);
        const QString which = value == run.oldPassword   ? tr("the old password")
                              : value == run.newPassword ? tr("the new password")
                                                         : tr("neither password (unreadable?)");
        run.report.serverState << tr("%1: %2 holds %3").arg(PasswordRotation::EnvKey, run.envPath, which);
        allOld = allOld && value == run.oldPassword;
    }
    if (!allOld && run.report.error && run.report.error->id != ErrorCode::RotationRollback)
        run.report.error =
            Error{ErrorCode::RotationRollback, run.report.error->message + QLatin1Char('\n') +
                                                   run.report.serverState.join(QLatin1Char('\n'))};
}

} // namespace supadesk
