// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace supadesk {

// What rotating POSTGRES_PASSWORD on a live stack changes, in order: the roles that share it (from the
// stack's actual roles), the .env line, and the containers that read it, restarted before the gateway.
struct PasswordRotationPlan
{
    QStringList roles;        // ALTER ROLE … in one transaction, in this order
    QStringList skippedRoles; // exist but do not share the password: left alone
    QStringList restartFirst; // the database's clients that exist on the stack, in order
    QStringList restartLast;  // the gateway, once its upstreams are back
    bool operator==(const PasswordRotationPlan &) const = default;
};

// The pure rules of the password rotation (PasswordRotator runs them).
class PasswordRotation
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PasswordRotation)

public:
    static inline const QString EnvKey = QStringLiteral("POSTGRES_PASSWORD");
    static constexpr int PasswordLength = 40; // alphanumeric: it ends up inside connection URLs

    enum class Step { Inspect, Roles, Env, Restart, Health, Keychain, Rollback };
    static QString stepTitle(Step step);

    // The roles Supabase's images give POSTGRES_PASSWORD, postgres first (the one Supadesk logs in as).
    static QStringList knownRoles();
    // The containers that connect to the database with it, in the order they are restarted.
    static QStringList dependentServices();
    // Gateway service names: Kong (before self-hosted v0.8.0) and Envoy's api-gw.
    static QStringList gatewayServices();

    // `loginRoles`: the known roles that exist and can log in; `notSharing`: those of them whose login with
    // the current password was refused; `services`: the stack's compose services.
    static PasswordRotationPlan plan(const QStringList &loginRoles, const QStringList &notSharing,
                                     const QStringList &services);

    // Reads the login roles of knownRoles() that exist, one name a line.
    static QString loginRolesQuery();
    // ALTER ROLE with a verifier computed on this machine ("SCRAM-SHA-256$…"), never a plain password.
    static QString alterRoleSql(const QString &role, const QString &verifier);

    // The .env's text with POSTGRES_PASSWORD replaced (every other line as it was).
    static QString envWithPassword(const QString &envText, const QString &password);

    // `cd DIR && [sudo -n] COMPOSE ps --services` and `… restart SVC…`.
    static QString servicesCommand(const QString &installDir, const QString &composeCommand, bool sudo);
    static QString restartCommand(const QString &installDir, const QString &composeCommand, bool sudo,
                                  const QStringList &services);
};

} // namespace supadesk
