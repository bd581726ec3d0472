// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditresult.h"
#include "databaseauditfacts.h"

#include <QCoreApplication>

namespace supadesk {

// The verdicts of the audit's database-settings checks, from what DatabaseAuditChecks read. Pure: no
// server, no clock but the one given, so every verdict is tested from facts alone.
class DatabaseAuditEvaluator
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DatabaseAuditEvaluator)

public:
    // default-passwords, pg-tuning, pooler-mode, pg-stat-statements, wal-archiving, replication, pg-ssl.
    static QStringList checkIds();
    static QString title(const QString &id);
    static QString why(const QString &id);
    // "Could not check" for `id`, with the reason as its evidence.
    static AuditCheckResult unknown(const QString &id, const QString &reason);

    // The .env keys whose env.example value must not stay (the API keys and JWT secret have checks of
    // their own).
    static QStringList exampleSecretKeys();
    // The roles Supabase's image creates that may log in, in the order they are tried.
    static QStringList internalRoles();

    // A setting whose value differs from the tuner's by more than this factor (either way) is off.
    static constexpr double kTuningFactor = 2.0;
    // The settings pg-tuning compares, in the order they are shown.
    static QStringList tunedSettings();
    // Last archived WAL older than this, with WAL waiting, is a warning.
    static constexpr qint64 kArchiveAgeWarnSecs = 3600;

    static AuditCheckResult defaultPasswords(const DefaultPasswordFacts &facts);
    static AuditCheckResult pgTuning(const TuningFacts &facts);
    static AuditCheckResult poolerMode(const PoolerFacts &facts);
    static AuditCheckResult statStatements(const StatStatementsFacts &facts);
    static AuditCheckResult walArchiving(const WalArchivingFacts &facts, const QDateTime &now);
    static AuditCheckResult replication(const ReplicationFacts &facts);
    static AuditCheckResult pgSsl(const SslFacts &facts);

    // pool_mode of the [pgbouncer] section of a pgbouncer.ini; "session" (PgBouncer's default) when the
    // file sets none.
    static QString poolModeFromIni(const QString &ini);
    // True for the addresses of pg_hba rules that only match this machine (127.0.0.0/8, ::1, samehost).
    static bool isLoopbackRule(const HbaRuleFact &rule);
};

} // namespace supadesk
