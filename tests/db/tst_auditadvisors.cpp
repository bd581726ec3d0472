// SPDX-License-Identifier: GPL-3.0-or-later
// The database advisors against the harness's real PostgreSQL: a fresh database seeded with one offending
// case of each advisor (a public table granted to anon without RLS, security-definer views and functions,
// policies that are always true or trust user_metadata, a foreign key without index, a duplicate index, a
// table without key, an extension in public, a bloated table, a public bucket that can be listed, ...) and a
// clean twin where every advisor passes. Fixes go through AdvisorFixApplier: each turns its check to
// pass, and a fix that fails half-way leaves the database as it was.
#include "core/audit/advisorcatalogue.h"
#include "core/sql/sqlstatementlocator.h"
#include "harness/testenv.h"
#include "services/audit/advisorfixapplier.h"
#include "services/audit/auditcontext.h"
#include "services/audit/databaseadvisors.h"
#include "setup/scratchpostgres.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace supadesk;

Q_DECLARE_METATYPE(supadesk::AuditStatus)

namespace {

// Cluster-wide: created when missing, dropped at the end only if this test created them.
const QStringList kApiRoles{QStringLiteral("anon"), QStringLiteral("authenticated")};

// What both databases share: a minimal auth schema (users, uid(), jwt()), Storage's two tables, and the
// schemas api (exposed through PGRST_DB_SCHEMAS) and private (not exposed).
const char *const kCommonSeed = R"sql(
create schema auth;
create table auth.users (id uuid primary key, email text, raw_user_meta_data jsonb, raw_app_meta_data jsonb);
create function auth.uid() returns uuid language sql stable
    as $$ select nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
create function auth.jwt() returns jsonb language sql stable
    as $$ select coalesce(nullif(current_setting('request.jwt.claims', true), ''), '{}')::jsonb $$;
grant usage on schema auth to anon, authenticated;
grant usage on schema public to anon, authenticated;
create schema storage;
create table storage.buckets (id text primary key, name text not null, public boolean not null default false);
create table storage.objects (id uuid primary key default gen_random_uuid(),
                              bucket_id text references storage.buckets (id), name text, owner uuid);
alter table storage.objects enable row level security;
grant usage on schema storage to anon, authenticated;
grant select on storage.objects to anon, authenticated;
-- Exposed through PGRST_DB_SCHEMAS but Supabase's own: left out, even without RLS.
grant select on storage.buckets to anon;
insert into storage.buckets values ('avatars', 'avatars', true), ('private', 'private', false);
create schema api;
grant usage on schema api to anon, authenticated;
create schema private;
create table private.hidden (id bigint primary key);
grant select on private.hidden to anon;
)sql";

const char *const kOffendingSeed = R"sql(
create table public.open_profiles (id bigint primary key, name text, password text);
grant select, insert on public.open_profiles to anon;
create table api.orders (id bigint primary key, total numeric);
grant select on api.orders to authenticated;
create table public.half_done (id bigint primary key, owner uuid);
create policy half_done_read on public.half_done for select using (owner = (select auth.uid()));
create table public.locked (id bigint primary key);
alter table public.locked enable row level security;
create table public.notes (id bigint primary key, owner uuid not null, body text);
alter table public.notes enable row level security;
grant select, insert, update, delete on public.notes to authenticated;
create policy notes_update_any on public.notes for update to authenticated using (true);
create policy notes_read_own on public.notes for select to authenticated using (owner = auth.uid());
create policy notes_read_team on public.notes for select to authenticated
    using ((auth.jwt() -> 'user_metadata' ->> 'team') = 'staff');
create view public.profile_names as select id, name from public.open_profiles;
grant select on public.profile_names to anon;
create view public.user_emails as select id, email from auth.users;
grant select on public.user_emails to anon, authenticated;
create function public.count_notes() returns bigint language sql security definer
    as $$ select count(*) from public.notes $$;
create function public.add_one(i integer) returns integer language sql as $$ select i + 1 $$;
create table public.authors (id bigint primary key);
create table public.books (id bigint primary key, author_id bigint references public.authors (id), title text);
create index books_title_a on public.books (title);
create index books_title_b on public.books (title);
create table public.events_log (at timestamptz, message text);
create materialized view public.note_counts as select owner, count(*) as notes from public.notes group by owner;
grant select on public.note_counts to anon;
create extension file_fdw schema private;
create server local_files foreign data wrapper file_fdw;
create foreign table public.remote_lines (line text) server local_files options (filename '/dev/null');
grant select on public.remote_lines to anon;
create table public.churn (id bigint primary key, payload text);
insert into public.churn select g, md5(g::text) from generate_series(1, 300000) g;
delete from public.churn where id % 10 <> 0;
analyze public.churn;
create policy "Public listing" on storage.objects for select using (bucket_id = 'avatars');
)sql";

// pg_trgm 1.5 in public: in the wrong schema and older than the server's 1.6.
const char *const kOffendingExtension = "create extension pg_trgm version '1.5' schema public;";

const char *const kCleanSeed = R"sql(
create table public.profiles (id bigint primary key, owner uuid not null, name text);
alter table public.profiles enable row level security;
grant select, update, delete on public.profiles to anon, authenticated;
create policy profiles_read_own on public.profiles for select to authenticated using (owner = (select auth.uid()));
create policy profiles_update_own on public.profiles for update to authenticated
    using (owner = (select auth.uid())) with check (owner = (select auth.uid()));
create policy profiles_staff on public.profiles for delete to authenticated
    using (((select auth.jwt()) -> 'app_metadata' ->> 'team') = 'staff');
create table api.orders (id bigint primary key, owner uuid not null);
alter table api.orders enable row level security;
grant select on api.orders to authenticated;
create policy orders_own on api.orders for select to authenticated
    using (owner = (select (current_setting('request.jwt.claims', true)::jsonb ->> 'sub')::uuid));
create view public.profile_names with (security_invoker = on) as select id, name from public.profiles;
grant select on public.profile_names to anon;
create function public.add_one(i integer) returns integer language sql
    set search_path = pg_catalog, public as $$ select i + 1 $$;
create function public.admin_count() returns bigint language sql security definer
    set search_path = pg_catalog, public as $$ select count(*) from public.profiles $$;
revoke execute on function public.admin_count() from public;
create table public.authors (id bigint primary key);
create table public.books (id bigint primary key, author_id bigint references public.authors (id), title text);
create index books_author on public.books (author_id);
create index books_title on public.books (title);
create table public.churn (id bigint primary key, payload text);
insert into public.churn select g, md5(g::text) from generate_series(1, 30000) g;
analyze public.churn;
create policy "Own files" on storage.objects for select to authenticated
    using (bucket_id = 'private' and owner = (select auth.uid()));
)sql";

const char *const kCleanExtension = "create schema extensions; create extension pg_trgm schema extensions;";

AuditCheckResult findResult(const AuditCheckResults &results, const QString &id)
{
    for (const AuditCheckResult &result : results)
        if (result.id == id)
            return result;
    return {};
}

QByteArray describe(const AuditCheckResult &result)
{
    return QStringLiteral("%1: %2 %3\n%4\n%5")
        .arg(result.id, auditStatusName(result.status), result.objects.join(u' '), result.evidence,
             result.fix.preview)
        .toUtf8();
}

} // namespace

class TestAuditAdvisors : public QObject
{
    Q_OBJECT

    DbEndpoint m_server;
    QString m_offending;
    QString m_clean;
    QStringList m_createdRoles;
    bool m_trgm = false;
    AuditCheckResults m_offendingResults;

    DbEndpoint endpoint(const QString &database) const
    {
        DbEndpoint e = m_server;
        e.database = database;
        return e;
    }

    // Runs every statement of `script` on `database`; the first error is returned (empty: none).
    QString exec(const QString &database, const QString &script)
    {
        const QString name = QStringLiteral("advisors-seed");
        QString error;
        {
            QSqlDatabase db = endpoint(database).addConnection(name, QString());
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                for (const SqlStatementLocator::Range &r : SqlStatementLocator::statements(script)) {
                    const QString statement = script.mid(r.start, r.end - r.start);
                    if (!q.exec(statement)) {
                        error = statement + QStringLiteral(": ") + q.lastError().text();
                        break;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }

    QVariant scalar(const QString &database, const QString &sql)
    {
        const QString name = QStringLiteral("advisors-scalar");
        QVariant value;
        {
            QSqlDatabase db = endpoint(database).addConnection(name, QString());
            if (!db.open())
                qFatal("%s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            if (q.next())
                value = q.value(0);
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    AuditContext context(const QString &database) const
    {
        AuditContext ctx;
        ctx.now = QDateTime::currentDateTimeUtc();
        ctx.database = endpoint(database);
        ctx.databasePasswordKnown = true;
        ctx.env.insert(QStringLiteral("PGRST_DB_SCHEMAS"), QStringLiteral("public, \"api\", storage"));
        return ctx;
    }

    AuditCheckResults audit(const QString &database, const QStringList &ids = AdvisorCatalogue::ids())
    {
        return DatabaseAdvisors().run(context(database), ids);
    }

    QStringList exposed() const { return AdvisorCatalogue::exposedSchemas(context(m_offending).env); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        m_server.host = testenv::value("SUPADESK_TEST_PG_HOST");
        m_server.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        m_server.user = testenv::value("SUPADESK_TEST_PG_USER");
        const QString suffix = QStringLiteral("%1_%2")
                                   .arg(QCoreApplication::applicationPid())
                                   .arg(QRandomGenerator::global()->bounded(1000000));
        m_offending = QStringLiteral("advisors_offending_") + suffix;
        m_clean = QStringLiteral("advisors_clean_") + suffix;

        for (const QString &role : kApiRoles) {
            const QString exists =
                QStringLiteral("select count(*) from pg_roles where rolname = '%1'").arg(role);
            if (scalar(QStringLiteral("postgres"), exists).toInt() == 1)
                continue;
            // Another test may create it at the same moment: then it is theirs, not ours.
            if (exec(QStringLiteral("postgres"), QStringLiteral("create role %1 nologin").arg(role))
                    .isEmpty())
                m_createdRoles << role;
            QCOMPARE(scalar(QStringLiteral("postgres"), exists).toInt(), 1);
        }
        m_trgm = scalar(QStringLiteral("postgres"),
                        QStringLiteral("select count(*) from pg_available_extension_versions "
                                       "where name = 'pg_trgm' and version = '1.5'"))
                     .toInt() == 1;

        for (const QString &database : {m_offending, m_clean}) {
            QCOMPARE(exec(QStringLiteral("postgres"), QStringLiteral("create database %1").arg(database)),
                     QString());
            QCOMPARE(exec(database, QString::fromUtf8(kCommonSeed)), QString());
        }
        QCOMPARE(exec(m_offending, QString::fromUtf8(kOffendingSeed)), QString());
        QCOMPARE(exec(m_clean, QString::fromUtf8(kCleanSeed)), QString());
        if (m_trgm) {
            QCOMPARE(exec(m_offending, QString::fromUtf8(kOffendingExtension)), QString());
            QCOMPARE(exec(m_clean, QString::fromUtf8(kCleanExtension)), QString());
        } else {
            qWarning("pg_trgm 1.5 is not available: extension-in-public and extension-versions-outdated are "
                     "only checked to pass");
        }
        m_offendingResults = audit(m_offending);
    }

    void cleanupTestCase()
    {
        for (const QString &database : {m_offending, m_clean})
            if (!database.isEmpty())
                exec(QStringLiteral("postgres"),
                     QStringLiteral("drop database if exists %1 with (force)").arg(database));
        // A role another test started using meanwhile keeps objects elsewhere and is refused: then it stays.
        for (const QString &role : m_createdRoles)
            exec(QStringLiteral("postgres"), QStringLiteral("drop role if exists %1").arg(role));
    }

    void catalogueMatchesTheStatements()
    {
        const QStringList ids = AdvisorCatalogue::ids();
        QCOMPARE(DatabaseAdvisors().checkIds(), ids);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
        QStringList resources;
        QDirIterator it(QStringLiteral(":/sql/advisors"));
        while (it.hasNext())
            resources << it.next();
        QCOMPARE(resources.size(), ids.size());
        for (const QString &id : ids) {
            QFile file(AdvisorCatalogue::sqlResource(id));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(id));
            QVERIFY2(file.readLine().startsWith("-- SPDX-License-Identifier: GPL-3.0-or-later"),
                     qPrintable(id));
            QVERIFY(!id.contains(u'_'));
        }
        for (const char *id : {"rls-disabled-in-public",
                               "policy-exists-rls-disabled",
                               "rls-enabled-no-policy",
                               "auth-users-exposed",
                               "security-definer-view",
                               "function-search-path-mutable",
                               "rls-references-user-metadata",
                               "rls-policy-always-true",
                               "auth-rls-initplan",
                               "multiple-permissive-policies",
                               "unindexed-foreign-keys",
                               "duplicate-index",
                               "unused-index",
                               "no-primary-key",
                               "extension-in-public",
                               "materialized-view-in-api",
                               "anon-security-definer-function-executable",
                               "authenticated-security-definer-function-executable",
                               "sensitive-columns-exposed",
                               "table-bloat",
                               "public-bucket-allows-listing"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
    }

    void exposedSchemasArePublicAndPostgrestsList()
    {
        QCOMPARE(AdvisorCatalogue::exposedSchemas({}), QStringList{QStringLiteral("public")});
        const QHash<QString, QString> env{{QStringLiteral("PGRST_DB_SCHEMAS"),
                                           QStringLiteral(" public,storage , \"api\",,graphql_public")}};
        QCOMPARE(AdvisorCatalogue::exposedSchemas(env),
                 (QStringList{QStringLiteral("public"), QStringLiteral("storage"), QStringLiteral("api"),
                              QStringLiteral("graphql_public")}));
        QCOMPARE(AdvisorCatalogue::exposedUserSchemas(AdvisorCatalogue::exposedSchemas(env)),
                 (QStringList{QStringLiteral("public"), QStringLiteral("api")}));
    }

    void fixScriptListsEachStatementOnce()
    {
        QCOMPARE(AdvisorCatalogue::fixScript({}), QString());
        QCOMPARE(AdvisorCatalogue::fixScript(
                     {QStringLiteral("create schema if not exists extensions; alter extension a set schema "
                                     "extensions;"),
                      QStringLiteral("create schema if not exists extensions; alter extension \"b;c\" set "
                                     "schema extensions;")}),
                 QStringLiteral("create schema if not exists extensions;\nalter extension a set schema "
                                "extensions;\nalter extension \"b;c\" set schema extensions;"));
    }

    void offendingDatabaseFindsEachCase_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<AuditStatus>("status");
        QTest::addColumn<QStringList>("objects");
        auto row = [](const char *id, AuditStatus status, const QStringList &objects) {
            QTest::newRow(id) << QString::fromLatin1(id) << status << objects;
        };
        using S = AuditStatus;
        row("rls-disabled-in-public", S::Fail, {"api.orders", "public.open_profiles"});
        row("policy-exists-rls-disabled", S::Fail, {"public.half_done"});
        row("auth-users-exposed", S::Fail, {"public.user_emails"});
        row("security-definer-view", S::Fail, {"public.profile_names", "public.user_emails"});
        row("rls-references-user-metadata", S::Fail, {"public.notes"});
        row("sensitive-columns-exposed", S::Fail, {"public.open_profiles"});
        row("function-search-path-mutable", S::Warn, {"public.add_one(i integer)", "public.count_notes()"});
        row("rls-policy-always-true", S::Warn, {"public.notes"});
        row("extension-in-public", S::Warn, {"pg_trgm"});
        row("extension-versions-outdated", S::Warn, {"pg_trgm"});
        row("materialized-view-in-api", S::Warn, {"public.note_counts"});
        row("foreign-table-in-api", S::Warn, {"public.remote_lines"});
        row("anon-security-definer-function-executable", S::Warn, {"public.count_notes()"});
        row("authenticated-security-definer-function-executable", S::Warn, {"public.count_notes()"});
        row("public-bucket-allows-listing", S::Warn, {"avatars"});
        row("rls-enabled-no-policy", S::Pass, {"public.locked"});
        row("auth-rls-initplan", S::Warn, {"public.notes"});
        row("multiple-permissive-policies", S::Warn, {"public.notes"});
        row("duplicate-index", S::Warn, {"public.books_title_b"});
        row("unindexed-foreign-keys", S::Warn, {"public.books"});
        row("no-primary-key", S::Warn, {"public.events_log"});
        row("table-bloat", S::Warn, {"public.churn"});
    }

    void offendingDatabaseFindsEachCase()
    {
        QFETCH(QString, id);
        QFETCH(AuditStatus, status);
        QFETCH(QStringList, objects);
        if (!m_trgm && id.startsWith(QLatin1String("extension-"))) {
            status = AuditStatus::Pass;
            objects.clear();
        }
        const AuditCheckResult result = findResult(m_offendingResults, id);
        QCOMPARE(result.id, id);
        QVERIFY2(result.status == status, describe(result).constData());
        QCOMPARE(result.objects, objects);
        QCOMPARE(result.area, AuditArea::Database);
        QVERIFY(!result.title.isEmpty() && result.title != id);
        QVERIFY(!result.why.isEmpty());
        for (const QString &object : objects)
            QVERIFY2(result.evidence.contains(object), describe(result).constData());
        if (status != AuditStatus::Pass)
            QVERIFY(!result.fixText.isEmpty());
    }

    // One result per advisor, in the catalogue's order; informational findings pass and offer no fix.
    void everyAdvisorAnswersInOrder()
    {
        QStringList ids;
        for (const AuditCheckResult &result : m_offendingResults)
            ids << result.id;
        QCOMPARE(ids, AdvisorCatalogue::ids());
        const AuditCheckResult unused = findResult(m_offendingResults, QStringLiteral("unused-index"));
        QCOMPARE(unused.status, AuditStatus::Pass);
        QVERIFY(unused.objects.contains(QStringLiteral("public.books_title_a")));
        QVERIFY(unused.objects.contains(QStringLiteral("public.books_title_b")));
        QCOMPARE(unused.fix.kind, AuditFix::Kind::None);
        QVERIFY(unused.fixText.isEmpty());
    }

    void fixesAreTheExactSql()
    {
        const AuditCheckResult rls = findResult(m_offendingResults, QStringLiteral("rls-disabled-in-public"));
        QCOMPARE(rls.fix.kind, AuditFix::Kind::Sql);
        QCOMPARE(rls.fix.preview,
                 QStringLiteral("alter table api.orders enable row level security;\n"
                                "alter table public.open_profiles enable row level security;"));
        QVERIFY(rls.evidence.contains(QStringLiteral("anon: SELECT, INSERT")));
        QCOMPARE(findResult(m_offendingResults, QStringLiteral("auth-rls-initplan")).fix.preview,
                 QStringLiteral(
                     "alter policy notes_read_own on public.notes using ((owner = (select auth.uid())));\n"
                     "alter policy notes_read_team on public.notes using (((((select auth.jwt()) -> "
                     "'user_metadata'::text) ->> 'team'::text) = 'staff'::text));"));
        QCOMPARE(findResult(m_offendingResults, QStringLiteral("anon-security-definer-function-executable"))
                     .fix.preview,
                 QStringLiteral("revoke execute on function public.count_notes() from public, anon;\n"
                                "grant execute on function public.count_notes() to authenticated;"));
        QCOMPARE(findResult(m_offendingResults, QStringLiteral("duplicate-index")).fix.preview,
                 QStringLiteral("drop index public.books_title_b;"));
        QCOMPARE(findResult(m_offendingResults, QStringLiteral("unindexed-foreign-keys")).fix.preview,
                 QStringLiteral("create index on public.books (author_id);"));
        QCOMPARE(findResult(m_offendingResults, QStringLiteral("public-bucket-allows-listing")).fix.preview,
                 QStringLiteral("drop policy \"Public listing\" on storage.objects;"));
        // No SQL can decide these for the user: the text says what to do.
        for (const char *id : {"multiple-permissive-policies", "no-primary-key", "table-bloat"}) {
            const AuditCheckResult result = findResult(m_offendingResults, QLatin1String(id));
            QCOMPARE(result.fix.kind, AuditFix::Kind::None);
            QVERIFY(!result.fixText.isEmpty());
        }
    }

    void cleanTwinPassesEveryAdvisor()
    {
        const AuditCheckResults results = audit(m_clean);
        QCOMPARE(results.size(), AdvisorCatalogue::ids().size());
        for (const AuditCheckResult &result : results) {
            QVERIFY2(result.status == AuditStatus::Pass, describe(result).constData());
            QCOMPARE(result.fix.kind, AuditFix::Kind::None);
            if (result.id != u"unused-index") // the clean indexes were never scanned either
                QVERIFY2(result.objects.isEmpty(), describe(result).constData());
        }
    }

    void withoutStorageTheBucketCheckPasses()
    {
        QCOMPARE(exec(m_clean, QStringLiteral("alter table storage.buckets rename to buckets_gone")),
                 QString());
        const AuditCheckResult result =
            audit(m_clean, {QStringLiteral("public-bucket-allows-listing")}).value(0);
        QCOMPARE(exec(m_clean, QStringLiteral("alter table storage.buckets_gone rename to buckets")),
                 QString());
        QCOMPARE(result.status, AuditStatus::Pass);
        QVERIFY2(result.evidence.contains(QStringLiteral("storage.buckets")), qPrintable(result.evidence));
    }

    void withoutADatabaseEveryCheckIsUnknown()
    {
        const QStringList ids = AdvisorCatalogue::ids();
        AuditContext noForward = context(m_clean);
        noForward.database.port = 0;
        AuditContext noPassword = context(m_clean);
        noPassword.databasePasswordKnown = false;
        AuditContext noDatabase = context(QStringLiteral("advisors_no_such_database"));
        for (const AuditContext &ctx : {noForward, noPassword, noDatabase}) {
            const AuditCheckResults results = DatabaseAdvisors().run(ctx, ids);
            QCOMPARE(results.size(), ids.size());
            for (const AuditCheckResult &result : results) {
                QCOMPARE(result.status, AuditStatus::Unknown);
                QVERIFY(!result.evidence.isEmpty());
                QCOMPARE(result.area, AuditArea::Database);
            }
        }
        QVERIFY(DatabaseAdvisors()
                    .run(noDatabase, {QStringLiteral("duplicate-index")})
                    .value(0)
                    .evidence.contains(QStringLiteral("advisors_no_such_database")));
    }

    // A PostgreSQL of its own, without Supabase's roles: the security advisors cannot tell who is exposed,
    // the performance ones still run.
    void withoutSupabaseRolesTheSecurityAdvisorsAreUnknown()
    {
        ScratchPostgres scratch;
        QVERIFY(scratch.isValid());
        QVERIFY2(scratch.init(), qPrintable(scratch.lastError()));
        QVERIFY2(scratch.start(), qPrintable(scratch.lastError()));
        QCOMPARE(scratch.psql({QStringLiteral("create table no_key (a int)")}).code, 0);
        AuditContext ctx;
        ctx.database.host = scratch.socketDir();
        ctx.database.port = 5432;
        ctx.databasePasswordKnown = true;
        const AuditCheckResults results = DatabaseAdvisors().run(ctx, AdvisorCatalogue::ids());
        QCOMPARE(results.size(), AdvisorCatalogue::ids().size());
        for (const AuditCheckResult &result : results) {
            const AdvisorDefinition *advisor = AdvisorCatalogue::find(result.id);
            QVERIFY(advisor);
            if (advisor->category == AdvisorCategory::Security) {
                QVERIFY2(result.status == AuditStatus::Unknown, describe(result).constData());
                QCOMPARE(result.evidence, QStringLiteral("Not a Supabase database (no anon role)."));
            } else {
                QVERIFY2(result.status != AuditStatus::Unknown, describe(result).constData());
            }
        }
        QCOMPARE(findResult(results, QStringLiteral("no-primary-key")).objects,
                 QStringList{QStringLiteral("public.no_key")});
    }

    void cancelStopsBetweenChecks()
    {
        AuditContext ctx = context(m_clean);
        QStringList started;
        ctx.starting = [&](const QString &id) { started << id; };
        ctx.cancelled = [&] { return started.size() >= 2; };
        const AuditCheckResults results = DatabaseAdvisors().run(ctx, AdvisorCatalogue::ids());
        QCOMPARE(results.size(), 2);
        QCOMPARE(started, AdvisorCatalogue::ids().mid(0, 2));
    }

    void fixTurnsTheCheckToPass()
    {
        const AuditCheckResult before =
            findResult(m_offendingResults, QStringLiteral("rls-disabled-in-public"));
        const Result<AuditCheckResult> after =
            AdvisorFixApplier::apply(endpoint(m_offending), before, exposed());
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        QVERIFY2(after.value().status == AuditStatus::Pass, describe(after.value()).constData());
        QCOMPARE(after.value().id, before.id);
        QCOMPARE(scalar(m_offending,
                        QStringLiteral("select count(*) from pg_class where relrowsecurity and "
                                       "oid in ('api.orders'::regclass, 'public.open_profiles'::regclass)"))
                     .toInt(),
                 2);
    }

    void brokenFixLeavesTheDatabaseUnchanged()
    {
        AuditCheckResult finding = findResult(m_offendingResults, QStringLiteral("no-primary-key"));
        finding.fix =
            AuditFix{AuditFix::Kind::Sql, QString(),
                     QStringLiteral("alter table public.events_log add column id bigint generated always "
                                    "as identity primary key;\n"
                                    "alter table public.no_such_table enable row level security;")};
        const Result<AuditCheckResult> after =
            AdvisorFixApplier::apply(endpoint(m_offending), finding, exposed());
        QVERIFY(!after.ok());
        QCOMPARE(after.error().id, ErrorCode::AdvisorFix);
        QVERIFY2(after.error().message.contains(QStringLiteral("no_such_table")),
                 qPrintable(after.error().message));
        // The first statement ran and was rolled back with the second.
        QCOMPARE(scalar(m_offending, QStringLiteral("select count(*) from pg_attribute where attrelid = "
                                                    "'public.events_log'::regclass and attname = 'id'"))
                     .toInt(),
                 0);
        QCOMPARE(audit(m_offending, {QStringLiteral("no-primary-key")}).value(0).status, AuditStatus::Warn);

        AuditCheckResult noFix = finding;
        noFix.fix = {};
        QCOMPARE(AdvisorFixApplier::apply(endpoint(m_offending), noFix, exposed()).error().id,
                 ErrorCode::AdvisorFix);
    }

    // Every fix the advisors offer, applied as shown, turns its own check to pass. Each is read afresh
    // first: an earlier fix may have changed what a later one has to do.
    void everyOfferedFixResolvesItsFinding()
    {
        int applied = 0;
        for (const QString &id : AdvisorCatalogue::ids()) {
            const AuditCheckResult before = audit(m_offending, {id}).value(0);
            if (before.fix.kind != AuditFix::Kind::Sql)
                continue;
            const Result<AuditCheckResult> after =
                AdvisorFixApplier::apply(endpoint(m_offending), before, exposed());
            QVERIFY2(after.ok(),
                     after.ok() ? "" : qPrintable(id + QStringLiteral(": ") + after.error().message));
            QVERIFY2(after.value().status == AuditStatus::Pass, describe(after.value()).constData());
            ++applied;
        }
        QVERIFY2(applied >= 12, qPrintable(QString::number(applied)));
    }
};

QTEST_GUILESS_MAIN(TestAuditAdvisors)
#include "tst_auditadvisors.moc"
