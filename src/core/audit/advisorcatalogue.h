// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// How Supabase's own lints rank a finding, and which advisor of Studio shows it.
enum class AdvisorLevel { Error, Warn, Info };
enum class AdvisorCategory { Security, Performance };

// One database advisor: the intent of one of Supabase Studio's lints, answered by our own SQL in
// resources/sql/advisors/<id>.sql (one read-only statement returning object, detail, fix per finding).
struct AdvisorDefinition
{
    QString id; // the lint's name with '_' → '-': "rls-disabled-in-public"
    AdvisorLevel level = AdvisorLevel::Warn;
    AdvisorCategory category = AdvisorCategory::Security;
    // What a finding makes of the check: ERROR → Fail, WARN → Warn; INFO is decided per check (see the
    // table in advisorcatalogue.cpp).
    AuditStatus whenFound = AuditStatus::Warn;
    // A relation the SQL reads directly that a database may lack ("storage.buckets"): without it there
    // is nothing to find and the check passes without running.
    QString requiredRelation;
};

// The advisors' table and the pure rules around it.
class AdvisorCatalogue
{
public:
    // Every advisor, in the order the audit shows them (security first, worst level first).
    static const QList<AdvisorDefinition> &all();
    static QStringList ids();
    static const AdvisorDefinition *find(const QString &id);
    // The Qt resource holding the check's statement.
    static QString sqlResource(const QString &id);

    // The schemas PostgREST serves, so "exposed" to the anon key: public and those in PGRST_DB_SCHEMAS
    // (comma-separated, optional quotes), each once, public first.
    static QStringList exposedSchemas(const QHash<QString, QString> &env);
    // Schemas Supabase (or PostgreSQL) owns and upgrades itself: their objects are not the user's to
    // change, so the advisors leave them out even when exposed (storage, graphql_public, ...).
    static QStringList managedSchemas();
    // What the advisors look at as "exposed": `exposed` without the managed schemas.
    static QStringList exposedUserSchemas(const QStringList &exposed);

    // The findings' fix statements as one script: every statement once, in order, one per line, each
    // ending in ';'. Empty when no finding has a fix.
    static QString fixScript(const QStringList &findingFixes);
};

} // namespace supadesk
