// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/hostfacts.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// What the database-settings checks of the audit saw, as plain values: DatabaseAuditChecks reads them
// from the server (catalogue queries, logins, the .env, the pooler) and DatabaseAuditEvaluator turns
// them into verdicts. A part that could not be read carries the reason in its *Error field (translated),
// and the evaluator answers "could not check" with it.

// One internal role, logged in as from this machine: first with a random password nobody has, then with
// the example password of env.example.
struct RoleLoginProbe
{
    enum class Outcome {
        ExampleAccepted,     // the example password logs in: the role still has it
        ExampleRejected,     // the server asked for a password and refused the example one
        AnyPasswordAccepted, // even a random password logs in (trust): the role's password cannot be told
        NotTried,            // the login failed for another reason (no pg_hba entry, no connection)
    };
    QString role;
    Outcome outcome = Outcome::NotTried;
    QString error; // NotTried: the server's or the driver's message
};

struct DefaultPasswordFacts
{
    QHash<QString, QString> env; // the stack's .env, unquoted values
    QHash<QString, int> envLines;
    QString envPath;
    QString envError; // the .env could not be read: why

    QList<RoleLoginProbe> logins;
    QString loginError; // no login was tried: why (no database forward, the roles could not be listed)
};

struct TuningFacts
{
    int cpus = 0;          // 0: unknown
    qint64 memTotalKb = 0; // 0: unknown
    std::optional<bool> rotational;
    QString hostError; // the host's size could not be read: why
    // Name → value as SHOW prints it ("128MB", "1.1", "100"); a setting the server did not report is
    // missing.
    QHash<QString, QString> settings;
    QString settingsError;
};

struct PoolerFacts
{
    PoolerKind kind = PoolerKind::Unknown; // from the compose files
    QString composeError;                  // the compose files could not be read: why
    // Supavisor: the host port of its transaction mode (container port 6543) as the compose files publish
    // it, or else the .env's POOLER_PROXY_PORT_TRANSACTION; empty: none.
    QString transactionPort;
    QString transactionSource; // where it was read: "docker-compose.yml, line 120"; empty: the .env
    bool envKnown = false;     // the .env (or the compose files) could be read
    bool fromCompose = false;  // transactionPort was looked up in the compose files
    QString envError;
    // PgBouncer: its pool_mode and where it was read ("SHOW CONFIG", "/etc/pgbouncer/pgbouncer.ini").
    QString pgbouncerPoolMode;
    QString pgbouncerSource;
    QString pgbouncerError;      // pool_mode could not be read: why
    bool pgbouncerFound = false; // a pgbouncer.ini exists on the host but could not be read
};

struct StatStatementsFacts
{
    std::optional<QStringList> preloadLibraries; // none: shared_preload_libraries is not visible
    QString preloadError;
    std::optional<bool> extensionInstalled;
    QString extensionSchema;
    QString extensionError;
    // Whether the view answered (it refuses when the library is not preloaded); none when not tried.
    std::optional<bool> viewReadable;
};

struct WalArchivingFacts
{
    QString archiveMode;    // "on", "off", "always"; empty: not read
    QString archiveCommand; // as configured
    QString archiveLibrary; // PostgreSQL 15+: an archive module instead of a command
    QString settingsError;

    bool archiverKnown = false; // pg_stat_archiver was read
    qint64 archivedCount = 0;
    qint64 failedCount = 0;
    QString lastArchivedWal;
    QDateTime lastArchivedTime; // invalid: never
    QString lastFailedWal;
    QDateTime lastFailedTime; // invalid: never
    QString archiverError;

    // WAL segments waiting for the archiver (.ready files); none when it could not be read (pg_monitor).
    std::optional<qint64> readySegments;
};

struct ReplicationSlotFact
{
    QString name;
    QString type; // "physical", "logical"
    bool active = false;
    bool retainsWal = false; // restart_lsn set and the WAL not lost
    qint64 retainedBytes = 0;
};

struct StandbyFact
{
    QString name; // application_name
    QString address;
    QString state;
    QString syncState;
};

struct ReplicationFacts
{
    bool known = false;
    QString error;
    QList<StandbyFact> standbys;
    QList<ReplicationSlotFact> slotList;
};

struct HbaRuleFact
{
    int line = 0;
    QString type; // "local", "host", "hostssl", "hostnossl", ...
    QStringList databases;
    QStringList users;
    QString address;
    QString netmask;
    QString method;
};

struct SslFacts
{
    QString ssl; // "on", "off"; empty: not read
    QString sslError;
    std::optional<QList<HbaRuleFact>> hbaRules; // none: pg_hba_file_rules could not be read
    QString hbaError;
};

} // namespace supadesk
