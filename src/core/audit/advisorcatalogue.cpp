// SPDX-License-Identifier: GPL-3.0-or-later
#include "advisorcatalogue.h"

#include "core/sql/sqlstatementlocator.h"

#include <QSet>

namespace supadesk {

namespace {

using L = AdvisorLevel;
using C = AdvisorCategory;
using S = AuditStatus;

// INFO-level lints are judged one by one:
// - unindexed-foreign-keys, no-primary-key, table-bloat → Warn: each costs something real today (scans on
//   every delete of the referenced row, rows Realtime and replication cannot address, pages read for
//   nothing) and has a clear remedy.
// - unused-index → Pass: "never scanned" is only as old as the statistics; after a reset or on a young
//   database every index looks unused, and dropping one on that evidence can hurt. The finding is listed.
// - rls-enabled-no-policy → Pass: a table with row level security and no policy is closed to the API,
//   the safe state; it is listed because it is often an unfinished one.
const QList<AdvisorDefinition> kAdvisors = {
    // Security advisor
    {QStringLiteral("rls-disabled-in-public"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("policy-exists-rls-disabled"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("auth-users-exposed"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("security-definer-view"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("rls-references-user-metadata"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("sensitive-columns-exposed"), L::Error, C::Security, S::Fail, {}},
    {QStringLiteral("function-search-path-mutable"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("rls-policy-always-true"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("extension-in-public"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("extension-versions-outdated"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("materialized-view-in-api"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("foreign-table-in-api"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("anon-security-definer-function-executable"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("authenticated-security-definer-function-executable"), L::Warn, C::Security, S::Warn, {}},
    {QStringLiteral("public-bucket-allows-listing"), L::Warn, C::Security, S::Warn,
     QStringLiteral("storage.buckets")},
    {QStringLiteral("rls-enabled-no-policy"), L::Info, C::Security, S::Pass, {}},
    // Performance advisor
    {QStringLiteral("auth-rls-initplan"), L::Warn, C::Performance, S::Warn, {}},
    {QStringLiteral("multiple-permissive-policies"), L::Warn, C::Performance, S::Warn, {}},
    {QStringLiteral("duplicate-index"), L::Warn, C::Performance, S::Warn, {}},
    {QStringLiteral("unindexed-foreign-keys"), L::Info, C::Performance, S::Warn, {}},
    {QStringLiteral("no-primary-key"), L::Info, C::Performance, S::Warn, {}},
    {QStringLiteral("table-bloat"), L::Info, C::Performance, S::Warn, {}},
    {QStringLiteral("unused-index"), L::Info, C::Performance, S::Pass, {}},
};

} // namespace

const QList<AdvisorDefinition> &AdvisorCatalogue::all()
{
    return kAdvisors;
}

QStringList AdvisorCatalogue::ids()
{
    QStringList result;
    for (const AdvisorDefinition &advisor : kAdvisors)
        result << advisor.id;
    return result;
}

const AdvisorDefinition *AdvisorCatalogue::find(const QString &id)
{
    for (const AdvisorDefinition &advisor : kAdvisors)
        if (advisor.id == id)
            return &advisor;
    return nullptr;
}

QString AdvisorCatalogue::sqlResource(const QString &id)
{
    return QStringLiteral(":/sql/advisors/%1.sql").arg(id);
}

QStringList AdvisorCatalogue::exposedSchemas(const QHash<QString, QString> &env)
{
    QStringList schemas{QStringLiteral("public")};
    for (QString schema : env.value(QStringLiteral("PGRST_DB_SCHEMAS")).split(u',', Qt::SkipEmptyParts)) {
        schema = schema.trimmed();
        if (schema.size() >= 2 && schema.startsWith(u'"') && schema.endsWith(u'"'))
            schema = schema.mid(1, schema.size() - 2);
        if (!schema.isEmpty() && !schemas.contains(schema))
            schemas << schema;
    }
    return schemas;
}

QStringList AdvisorCatalogue::managedSchemas()
{
    return {QStringLiteral("pg_catalog"),
            QStringLiteral("information_schema"),
            QStringLiteral("auth"),
            QStringLiteral("storage"),
            QStringLiteral("extensions"),
            QStringLiteral("graphql"),
            QStringLiteral("graphql_public"),
            QStringLiteral("realtime"),
            QStringLiteral("_realtime"),
            QStringLiteral("supabase_functions"),
            QStringLiteral("supabase_migrations"),
            QStringLiteral("vault"),
            QStringLiteral("pgsodium"),
            QStringLiteral("pgsodium_masks"),
            QStringLiteral("net"),
            QStringLiteral("cron"),
            QStringLiteral("pgbouncer"),
            QStringLiteral("_analytics"),
            QStringLiteral("_supavisor"),
            QStringLiteral("pgtle"),
            QStringLiteral("pgmq"),
            QStringLiteral("repack"),
            QStringLiteral("topology"),
            QStringLiteral("tiger"),
            QStringLiteral("tiger_data")};
}

QStringList AdvisorCatalogue::exposedUserSchemas(const QStringList &exposed)
{
    const QStringList managed = managedSchemas();
    QStringList result;
    for (const QString &schema : exposed)
        if (!managed.contains(schema))
            result << schema;
    return result;
}

QString AdvisorCatalogue::fixScript(const QStringList &findingFixes)
{
    QStringList statements;
    QSet<QString> seen;
    for (const QString &fix : findingFixes) {
        for (const SqlStatementLocator::Range &range : SqlStatementLocator::statements(fix)) {
            const QString statement = fix.mid(range.start, range.end - range.start).trimmed() + u';';
            if (!seen.contains(statement)) {
                seen.insert(statement);
                statements << statement;
            }
        }
    }
    return statements.join(u'\n');
}

} // namespace supadesk
