// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseadvisors.h"

#include "auditcontext.h"
#include "core/audit/advisorcatalogue.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <optional>

namespace supadesk {

namespace {

// Evidence lists at most this many findings; the rest are counted (objects still lists them all).
constexpr int kEvidenceLines = 20;
// One advisor's statement may not hold the audit longer than this (bloat estimates on a large catalogue
// are the slowest).
const QString kStatementTimeout = QStringLiteral("30s");

struct Texts
{
    QString title;
    QString why;
    QString fixText;
};

Texts textsFor(const QString &id)
{
    if (id == u"rls-disabled-in-public")
        return {
            DatabaseAdvisors::tr("Row level security on exposed tables"),
            DatabaseAdvisors::tr(
                "Tables in a schema the API serves that anon or authenticated can reach without row level "
                "security are readable (and, with the grants, writable) by anyone holding the public anon "
                "key."),
            DatabaseAdvisors::tr(
                "Enable row level security on each table, then add policies for what each role may do; "
                "until then the API returns no rows from it.")};
    if (id == u"policy-exists-rls-disabled")
        return {DatabaseAdvisors::tr("Policies on tables without row level security"),
                DatabaseAdvisors::tr(
                    "Policies are ignored while row level security is off: the table looks protected and is "
                    "not."),
                DatabaseAdvisors::tr("Enable row level security on each table so its policies take effect.")};
    if (id == u"rls-enabled-no-policy")
        return {
            DatabaseAdvisors::tr("Row level security without policies"),
            DatabaseAdvisors::tr(
                "A table with row level security and no policy returns nothing through the API: safe, but "
                "often an unfinished table."),
            DatabaseAdvisors::tr(
                "Add the policies the application needs, or leave the table closed on purpose.")};
    if (id == u"auth-users-exposed")
        return {
            DatabaseAdvisors::tr("auth.users exposed through a view"),
            DatabaseAdvisors::tr(
                "A view over auth.users in a schema the API serves hands every user's e-mail and metadata "
                "to anyone the view is granted to."),
            DatabaseAdvisors::tr(
                "Revoke the view from anon and authenticated, or move it to a schema the API does not "
                "serve.")};
    if (id == u"security-definer-view")
        return {DatabaseAdvisors::tr("Views running with their owner's rights"),
                DatabaseAdvisors::tr(
                    "A view without security_invoker reads its tables with its owner's rights, past the "
                    "row level security of the caller."),
                DatabaseAdvisors::tr(
                    "Make each view run with the caller's rights (security_invoker = on; PostgreSQL 15 or "
                    "later).")};
    if (id == u"function-search-path-mutable")
        return {DatabaseAdvisors::tr("Functions without a fixed search_path"),
                DatabaseAdvisors::tr(
                    "A function that resolves names through the caller's search_path can be made to call "
                    "objects the caller chose, with the function's rights."),
                DatabaseAdvisors::tr(
                    "Pin each function's search_path (the fix sets pg_catalog, the function's own schema, "
                    "pg_temp; use an empty path and qualified names for the strictest setting).")};
    if (id == u"rls-references-user-metadata")
        return {DatabaseAdvisors::tr("Policies trusting user_metadata"),
                DatabaseAdvisors::tr(
                    "Every signed-in user can edit their own user_metadata, so a policy that decides on it "
                    "lets users grant themselves access."),
                DatabaseAdvisors::tr(
                    "Decide on app_metadata, which only the service role can change: set it for the users "
                    "first, then apply the rewritten policies.")};
    if (id == u"rls-policy-always-true")
        return {DatabaseAdvisors::tr("Write policies that allow everything"),
                DatabaseAdvisors::tr(
                    "An INSERT, UPDATE or DELETE policy whose condition is just true lets any caller change "
                    "any row."),
                DatabaseAdvisors::tr(
                    "Drop the policy (the action is refused until a real one replaces it) and write one that "
                    "compares the row's owner with (select auth.uid()).")};
    if (id == u"auth-rls-initplan")
        return {
            DatabaseAdvisors::tr("Policies calling auth functions per row"),
            DatabaseAdvisors::tr(
                "auth.uid(), auth.jwt() or current_setting() written bare in a policy runs once per row; "
                "wrapped as (select auth.uid()) it runs once per query."),
            DatabaseAdvisors::tr("Wrap each call in a sub-select; the fix rewrites the policies that way.")};
    if (id == u"multiple-permissive-policies")
        return {
            DatabaseAdvisors::tr("Several permissive policies for one role and action"),
            DatabaseAdvisors::tr(
                "PostgreSQL evaluates every permissive policy for every row, so several for the same role "
                "and action slow every query on the table."),
            DatabaseAdvisors::tr("Merge them into one policy whose condition joins theirs with OR.")};
    if (id == u"unindexed-foreign-keys")
        return {
            DatabaseAdvisors::tr("Foreign keys without an index"),
            DatabaseAdvisors::tr(
                "Without an index on its columns a foreign key makes every delete of a referenced row "
                "scan the whole table, and joins along it cannot use an index."),
            DatabaseAdvisors::tr(
                "Create an index on the foreign key's columns (the fix builds it in one transaction; on a "
                "large, busy table build it CONCURRENTLY by hand instead).")};
    if (id == u"duplicate-index")
        return {
            DatabaseAdvisors::tr("Duplicate indexes"),
            DatabaseAdvisors::tr(
                "Identical indexes cost every write twice and the space twice, and only one is ever used."),
            DatabaseAdvisors::tr("Drop the copies; the primary key's or a constraint's index is kept.")};
    if (id == u"unused-index")
        return {DatabaseAdvisors::tr("Unused indexes"),
                DatabaseAdvisors::tr(
                    "An index never scanned costs every write and buys no read; the count is only as old as "
                    "the statistics."),
                DatabaseAdvisors::tr("Drop the indexes that stay unused over a full business cycle.")};
    if (id == u"no-primary-key")
        return {DatabaseAdvisors::tr("Tables without a primary key"),
                DatabaseAdvisors::tr(
                    "Without a primary key rows cannot be addressed one by one: Realtime, replication and "
                    "editors cannot update or delete a single row, and duplicates go unnoticed."),
                DatabaseAdvisors::tr(
                    "Add a primary key (an existing unique, not-null column, or a new identity column).")};
    if (id == u"extension-in-public")
        return {
            DatabaseAdvisors::tr("Extensions in the public schema"),
            DatabaseAdvisors::tr(
                "An extension in public puts its functions in the schema the API serves and every role "
                "searches first."),
            DatabaseAdvisors::tr(
                "Move relocatable extensions to the schema extensions; drop and create the others there.")};
    if (id == u"extension-versions-outdated")
        return {DatabaseAdvisors::tr("Extensions not at the installed version"),
                DatabaseAdvisors::tr(
                    "Fixes that the server's packages already carry are not in effect until the extension is "
                    "updated in the database."),
                DatabaseAdvisors::tr("Update each extension to its default version.")};
    if (id == u"materialized-view-in-api")
        return {DatabaseAdvisors::tr("Materialized views reachable over the API"),
                DatabaseAdvisors::tr(
                    "Materialized views have no row level security: every row they hold is readable by the "
                    "roles they are granted to."),
                DatabaseAdvisors::tr(
                    "Revoke them from anon and authenticated, or move them to a schema the API does not "
                    "serve.")};
    if (id == u"foreign-table-in-api")
        return {
            DatabaseAdvisors::tr("Foreign tables reachable over the API"),
            DatabaseAdvisors::tr(
                "Foreign tables have no row level security: the remote rows are readable by the roles they "
                "are granted to."),
            DatabaseAdvisors::tr(
                "Revoke them from anon and authenticated, or move them to a schema the API does not "
                "serve.")};
    if (id == u"anon-security-definer-function-executable")
        return {
            DatabaseAdvisors::tr("SECURITY DEFINER functions callable by anon"),
            DatabaseAdvisors::tr(
                "Anyone holding the public anon key can call these functions over the API, with their "
                "owner's rights and past row level security."),
            DatabaseAdvisors::tr(
                "Revoke EXECUTE from PUBLIC and anon (the fix grants it back to the other roles that hold "
                "it), or make the function SECURITY INVOKER.")};
    if (id == u"authenticated-security-definer-function-executable")
        return {
            DatabaseAdvisors::tr("SECURITY DEFINER functions callable by signed-in users"),
            DatabaseAdvisors::tr(
                "Every signed-in user can call these functions over the API, with their owner's rights and "
                "past row level security."),
            DatabaseAdvisors::tr(
                "Revoke EXECUTE from PUBLIC, anon and authenticated unless every user is meant to call "
                "them, or make the function SECURITY INVOKER.")};
    if (id == u"sensitive-columns-exposed")
        return {DatabaseAdvisors::tr("Sensitive columns readable over the API"),
                DatabaseAdvisors::tr(
                    "Columns named like passwords, tokens or personal data in a table without row level "
                    "security are readable with the public anon key."),
                DatabaseAdvisors::tr(
                    "Enable row level security on the table (and keep secrets out of tables the API "
                    "serves).")};
    if (id == u"public-bucket-allows-listing")
        return {
            DatabaseAdvisors::tr("Public buckets that allow listing"),
            DatabaseAdvisors::tr(
                "A public bucket serves its files by URL without any policy; a SELECT policy for anon only "
                "adds that anyone can list every file."),
            DatabaseAdvisors::tr("Drop the policy; the files' public URLs keep working.")};
    if (id == u"table-bloat")
        return {
            DatabaseAdvisors::tr("Table bloat"),
            DatabaseAdvisors::tr(
                "Space left by deleted and updated rows that nothing reused: scans and backups read the "
                "empty pages too."),
            DatabaseAdvisors::tr(
                "Rewrite the table with VACUUM FULL (locks it while it runs; it cannot run inside the fix "
                "transaction) or pg_repack without the lock.")};
    return {id, QString(), QString()};
}

AuditCheckResult resultFor(const QString &id)
{
    const Texts texts = textsFor(id);
    AuditCheckResult result;
    result.id = id;
    result.area = AuditArea::Database;
    result.title = texts.title;
    result.why = texts.why;
    return result;
}

struct Finding
{
    QString object;
    QString detail;
    QString fix;
};

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

// One advisor's statement in its own read-only transaction, with the schemas it needs as settings of
// that transaction (bound, never spliced into the statement). nullopt and `error` set when it failed.
std::optional<QList<Finding>> findings(QSqlDatabase &db, const QString &sql,
                                       const QStringList &exposedSchemas, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto fail = [&](const QSqlError &sqlError) {
        *error = errorText(sqlError);
        QSqlQuery(db).exec(QStringLiteral("rollback"));
        return std::nullopt;
    };
    if (!query.exec(QStringLiteral("begin transaction read only")))
        return fail(query.lastError());
    query.prepare(QStringLiteral("select set_config('supadesk.exposed_schemas', ?, true), "
                                 "set_config('supadesk.managed_schemas', ?, true), "
                                 "set_config('statement_timeout', ?, true)"));
    query.addBindValue(AdvisorCatalogue::exposedUserSchemas(exposedSchemas).join(u','));
    query.addBindValue(AdvisorCatalogue::managedSchemas().join(u','));
    query.addBindValue(kStatementTimeout);
    if (!query.exec())
        return fail(query.lastError());
    // exec(QString), not prepare(): the statements hold '?' in regular expressions.
    if (!query.exec(sql))
        return fail(query.lastError());
    QList<Finding> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    QSqlQuery(db).exec(QStringLiteral("rollback"));
    return rows;
}

QString evidenceFor(const QList<Finding> &rows)
{
    QStringList lines{DatabaseAdvisors::tr("%n finding(s):", nullptr, int(rows.size()))};
    for (int i = 0; i < rows.size() && i < kEvidenceLines; ++i)
        lines << (rows[i].detail.isEmpty() ? rows[i].object
                                           : QStringLiteral("%1 — %2").arg(rows[i].object, rows[i].detail));
    if (rows.size() > kEvidenceLines)
        lines << DatabaseAdvisors::tr("… and %n more", nullptr, int(rows.size() - kEvidenceLines));
    return lines.join(u'\n');
}

AuditCheckResult runOne(QSqlDatabase &db, const AdvisorDefinition &advisor, const QStringList &exposedSchemas,
                        bool supabaseRoles)
{
    if (advisor.category == AdvisorCategory::Security && !supabaseRoles)
        return DatabaseAdvisors::unknown(advisor.id,
                                         DatabaseAdvisors::tr("Not a Supabase database (no anon role)."));

    AuditCheckResult result = resultFor(advisor.id);
    if (!advisor.requiredRelation.isEmpty()) {
        QSqlQuery exists(db);
        exists.prepare(QStringLiteral("select to_regclass(?) is not null"));
        exists.addBindValue(advisor.requiredRelation);
        if (!exists.exec() || !exists.next())
            return DatabaseAdvisors::unknown(
                advisor.id,
                DatabaseAdvisors::tr("The check's query failed: %1").arg(errorText(exists.lastError())));
        if (!exists.value(0).toBool()) {
            result.status = AuditStatus::Pass;
            result.evidence = DatabaseAdvisors::tr("%1 does not exist in this database: nothing to check.")
                                  .arg(advisor.requiredRelation);
            return result;
        }
    }

    QFile file(AdvisorCatalogue::sqlResource(advisor.id));
    if (!file.open(QIODevice::ReadOnly))
        return DatabaseAdvisors::unknown(advisor.id, DatabaseAdvisors::tr("The check's query is missing: %1")
                                                         .arg(AdvisorCatalogue::sqlResource(advisor.id)));
    QString error;
    const std::optional<QList<Finding>> rows =
        findings(db, QString::fromUtf8(file.readAll()), exposedSchemas, &error);
    if (!rows)
        return DatabaseAdvisors::unknown(advisor.id,
                                         DatabaseAdvisors::tr("The check's query failed: %1").arg(error));

    if (rows->isEmpty()) {
        result.status = AuditStatus::Pass;
        result.evidence = DatabaseAdvisors::tr("Nothing found.");
        return result;
    }
    QStringList fixes;
    for (const Finding &row : *rows) {
        if (!result.objects.contains(row.object))
            result.objects << row.object;
        if (!row.fix.isEmpty())
            fixes << row.fix;
    }
    result.status = advisor.whenFound;
    result.evidence = evidenceFor(*rows);
    // A passing check only informs (unused indexes, closed tables): no fix is offered for it.
    if (result.status != AuditStatus::Pass) {
        result.fixText = textsFor(advisor.id).fixText;
        const QString script = AdvisorCatalogue::fixScript(fixes);
        if (!script.isEmpty())
            result.fix = AuditFix{AuditFix::Kind::Sql, QString(), script};
    }
    return result;
}

} // namespace

QStringList DatabaseAdvisors::checkIds() const
{
    return AdvisorCatalogue::ids();
}

AuditCheckResult DatabaseAdvisors::unknown(const QString &id, const QString &reason)
{
    AuditCheckResult result = resultFor(id);
    result.status = AuditStatus::Unknown;
    result.evidence = reason;
    return result;
}

AuditCheckResults DatabaseAdvisors::runOn(QSqlDatabase &db, const QStringList &ids,
                                          const QStringList &exposedSchemas,
                                          const std::function<bool()> &cancelled,
                                          const std::function<void(const QString &)> &starting)
{
    AuditCheckResults results;
    QSqlQuery roles(db);
    std::optional<bool> supabaseRoles;
    if (roles.exec(
            QStringLiteral("select count(*) = 2 from pg_roles where rolname in ('anon', 'authenticated')")) &&
        roles.next())
        supabaseRoles = roles.value(0).toBool();
    const QString rolesError = errorText(roles.lastError());
    roles.finish();

    for (const QString &id : ids) {
        if (cancelled && cancelled())
            break;
        if (starting)
            starting(id);
        const AdvisorDefinition *advisor = AdvisorCatalogue::find(id);
        if (!advisor)
            results << unknown(id, tr("No such database advisor."));
        else if (!supabaseRoles)
            results << unknown(id, tr("The check's query failed: %1").arg(rolesError));
        else
            results << runOne(db, *advisor, exposedSchemas, *supabaseRoles);
    }
    return results;
}

AuditCheckResults DatabaseAdvisors::run(const AuditContext &context, const QStringList &wanted)
{
    auto everyUnknown = [&](const QString &reason) {
        AuditCheckResults results;
        for (const QString &id : wanted)
            results << unknown(id, reason);
        return results;
    };
    if (wanted.isEmpty())
        return {};
    if (!context.database.isValid())
        return everyUnknown(tr("No database connection: the stack has no database forward."));
    if (!context.databasePasswordKnown)
        return everyUnknown(tr("The keychain holds no database password for this stack."));

    const QString name =
        QStringLiteral("audit-advisors-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    AuditCheckResults results;
    {
        QSqlDatabase db = context.database.addConnection(
            name, QStringLiteral("connect_timeout=10;application_name=supadesk-audit"));
        if (!db.open())
            results = everyUnknown(tr("Cannot connect to the database: %1").arg(errorText(db.lastError())));
        else
            results = runOn(db, wanted, AdvisorCatalogue::exposedSchemas(context.env), context.cancelled,
                            context.starting);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return results;
}

} // namespace supadesk
