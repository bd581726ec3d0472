// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrotation.h"

#include "core/setup/envfile.h"
#include "core/shellquote.h"

namespace supadesk {

namespace {

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QString literal(const QString &value)
{
    return QLatin1Char('\'') + QString(value).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString compose(const QString &installDir, const QString &composeCommand, bool sudo)
{
    return QStringLiteral("cd %1 && %2%3")
        .arg(shellQuote(installDir), sudo ? QStringLiteral("sudo -n ") : QString(), composeCommand);
}

} // namespace

QString PasswordRotation::stepTitle(Step step)
{
    switch (step) {
    case Step::Inspect:
        return tr("Reading the roles, the .env and the containers");
    case Step::Roles:
        return tr("Changing the roles' passwords in one transaction");
    case Step::Env:
        return tr("Writing the new password to the .env (with a backup)");
    case Step::Restart:
        return tr("Restarting the containers that use the password");
    case Step::Health:
        return tr("Checking that the stack is healthy");
    case Step::Keychain:
        return tr("Saving the new password in the keychain");
    case Step::Rollback:
        return tr("Putting the old password back");
    }
    return QString();
}

QStringList PasswordRotation::knownRoles()
{
    // As Supabase's images and docker/volumes/db/roles.sql give them POSTGRES_PASSWORD.
    return {QStringLiteral("postgres"),
            QStringLiteral("supabase_admin"),
            QStringLiteral("authenticator"),
            QStringLiteral("pgbouncer"),
            QStringLiteral("supabase_auth_admin"),
            QStringLiteral("supabase_storage_admin"),
            QStringLiteral("supabase_functions_admin"),
            QStringLiteral("supabase_replication_admin"),
            QStringLiteral("supabase_read_only_user")};
}

QStringList PasswordRotation::dependentServices()
{
    return {QStringLiteral("auth"),      QStringLiteral("rest"),      QStringLiteral("realtime"),
            QStringLiteral("storage"),   QStringLiteral("meta"),      QStringLiteral("functions"),
            QStringLiteral("analytics"), QStringLiteral("supavisor"), QStringLiteral("pooler"),
            QStringLiteral("studio")};
}

QStringList PasswordRotation::gatewayServices()
{
    return {QStringLiteral("kong"), QStringLiteral("api-gw")};
}

PasswordRotationPlan PasswordRotation::plan(const QStringList &loginRoles, const QStringList &notSharing,
                                            const QStringList &services)
{
    PasswordRotationPlan plan;
    for (const QString &role : knownRoles()) {
        if (!loginRoles.contains(role))
            continue;
        (notSharing.contains(role) ? plan.skippedRoles : plan.roles) << role;
    }
    for (const QString &service : dependentServices())
        if (services.contains(service))
            plan.restartFirst << service;
    for (const QString &service : gatewayServices())
        if (services.contains(service))
            plan.restartLast << service;
    return plan;
}

QString PasswordRotation::loginRolesQuery()
{
    QStringList names;
    for (const QString &role : knownRoles())
        names << literal(role);
    return QStringLiteral(
               "SELECT rolname FROM pg_roles WHERE rolcanlogin AND rolname IN (%1) ORDER BY rolname")
        .arg(names.join(QStringLiteral(", ")));
}

QString PasswordRotation::alterRoleSql(const QString &role, const QString &verifier)
{
    return QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(identifier(role), literal(verifier));
}

QString PasswordRotation::envWithPassword(const QString &envText, const QString &password)
{
    EnvFile env = EnvFile::parse(envText);
    env.set(EnvKey, password);
    return env.toString();
}

QString PasswordRotation::servicesCommand(const QString &installDir, const QString &composeCommand, bool sudo)
{
    return compose(installDir, composeCommand, sudo) + QStringLiteral(" ps --services");
}

QString PasswordRotation::restartCommand(const QString &installDir, const QString &composeCommand, bool sudo,
                                         const QStringList &services)
{
    QStringList quoted;
    for (const QString &s : services)
        quoted << shellQuote(s);
    return compose(installDir, composeCommand, sudo) + QStringLiteral(" restart ") +
           quoted.join(QLatin1Char(' '));
}

} // namespace supadesk
