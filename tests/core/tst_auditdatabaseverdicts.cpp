// SPDX-License-Identifier: GPL-3.0-or-later
// The verdicts of the audit's database-settings checks from facts alone: example secrets and role
// logins, tuning against the tuner, the pooler's mode, pg_stat_statements, the WAL archiver, replication
// slots and standbys, SSL and pg_hba rules. Each "could not check" carries its reason.
#include "core/audit/databaseauditevaluator.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;
using Outcome = RoleLoginProbe::Outcome;

namespace {

QHash<QString, QString> exampleEnv()
{
    QFile file(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read env.example");
    QHash<QString, QString> values;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        values.insert(line.left(eq).trimmed(), line.mid(eq + 1).trimmed());
    }
    return values;
}

DefaultPasswordFacts cleanPasswords()
{
    DefaultPasswordFacts f;
    f.envPath = QStringLiteral("/opt/supabase/docker/.env");
    f.env = {{QStringLiteral("POSTGRES_PASSWORD"), QStringLiteral("b6c1e2f0a9d84c7e9a1f2b3c4d5e6f70")},
             {QStringLiteral("DASHBOARD_PASSWORD"), QStringLiteral("9f8e7d6c5b4a39281706f5e4d3c2b1a0")}};
    f.logins = {{QStringLiteral("postgres"), Outcome::ExampleRejected, {}},
                {QStringLiteral("supabase_admin"), Outcome::ExampleRejected, {}}};
    return f;
}

TuningFacts tunedHost()
{
    TuningFacts f;
    f.cpus = 4;
    f.memTotalKb = 16LL * 1024 * 1024;
    f.rotational = false;
    // What PgTuner recommends for 16 GB, 4 vCPU, SSD, 200 connections.
    f.settings = {{QStringLiteral("max_connections"), QStringLiteral("200")},
                  {QStringLiteral("shared_buffers"), QStringLiteral("4GB")},
                  {QStringLiteral("effective_cache_size"), QStringLiteral("12GB")},
                  {QStringLiteral("work_mem"), QStringLiteral("10MB")},
                  {QStringLiteral("maintenance_work_mem"), QStringLiteral("1GB")},
                  {QStringLiteral("wal_buffers"), QStringLiteral("16MB")},
                  {QStringLiteral("max_wal_size"), QStringLiteral("4GB")},
                  {QStringLiteral("random_page_cost"), QStringLiteral("1.1")},
                  {QStringLiteral("effective_io_concurrency"), QStringLiteral("200")},
                  {QStringLiteral("max_worker_processes"), QStringLiteral("12")}};
    return f;
}

WalArchivingFacts archiving(const QDateTime &now)
{
    WalArchivingFacts f;
    f.archiveMode = QStringLiteral("on");
    f.archiveCommand = QStringLiteral("test ! -f /backups/wal/%f && cp %p /backups/wal/%f");
    f.archiverKnown = true;
    f.archivedCount = 120;
    f.lastArchivedWal = QStringLiteral("000000010000000000000078");
    f.lastArchivedTime = now.addSecs(-600);
    f.readySegments = 0;
    return f;
}

} // namespace

class TestAuditDatabaseVerdicts : public QObject
{
    Q_OBJECT

    const QDateTime m_now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);

private slots:
    void idsInOrder()
    {
        QCOMPARE(DatabaseAuditEvaluator::checkIds(),
                 QStringList({"default-passwords", "pg-tuning", "pooler-mode", "pg-stat-statements",
                              "wal-archiving", "replication", "pg-ssl"}));
        for (const QString &id : DatabaseAuditEvaluator::checkIds()) {
            QVERIFY(DatabaseAuditEvaluator::title(id) != id);
            QVERIFY(!DatabaseAuditEvaluator::why(id).isEmpty());
        }
    }

    void defaultPasswordsPassWhenEverythingWasChanged()
    {
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(cleanPasswords());
        QCOMPARE(r.id, QStringLiteral("default-passwords"));
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY(r.evidence.contains(QStringLiteral("postgres, supabase_admin")));
        QCOMPARE(r.fix.kind, AuditFix::Kind::None);
    }

    // Supabase's env.example as it ships: every example secret is named with its line, and the fix is
    // the live rotation because POSTGRES_PASSWORD is among them. The API keys have checks of their own.
    void defaultPasswordsFailOnEnvExample()
    {
        DefaultPasswordFacts f = cleanPasswords();
        f.env = exampleEnv();
        f.envLines = {{QStringLiteral("POSTGRES_PASSWORD"), 16}};
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QCOMPARE(r.fix.kind, AuditFix::Kind::PasswordRotation);
        QVERIFY(
            r.evidence.contains(QStringLiteral("POSTGRES_PASSWORD in /opt/supabase/docker/.env (line 16)")));
        for (const char *key :
             {"DASHBOARD_PASSWORD", "SECRET_KEY_BASE", "VAULT_ENC_KEY", "PG_META_CRYPTO_KEY",
              "LOGFLARE_PUBLIC_ACCESS_TOKEN", "LOGFLARE_PRIVATE_ACCESS_TOKEN", "S3_PROTOCOL_ACCESS_KEY_ID",
              "S3_PROTOCOL_ACCESS_KEY_SECRET"})
            QVERIFY2(r.objects.contains(QLatin1String(key)), key);
        QVERIFY(!r.objects.contains(QStringLiteral("JWT_SECRET")));
        QVERIFY(!r.objects.contains(QStringLiteral("ANON_KEY")));
    }

    void defaultPasswordsOtherKeysGoToTheSecretsPage()
    {
        DefaultPasswordFacts f = cleanPasswords();
        f.env.insert(QStringLiteral("MINIO_ROOT_PASSWORD"), QStringLiteral("secret1234"));
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QCOMPARE(r.objects, QStringList{QStringLiteral("MINIO_ROOT_PASSWORD")});
        QCOMPARE(r.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(r.fix.setupPage, QStringLiteral("secrets"));
    }

    // The .env was changed but a role kept the example password: the login is the evidence.
    void defaultPasswordsFailOnARoleThatStillLogsIn()
    {
        DefaultPasswordFacts f = cleanPasswords();
        f.logins << RoleLoginProbe{QStringLiteral("supabase_auth_admin"), Outcome::ExampleAccepted, {}};
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(r.status, AuditStatus::Fail);
        QCOMPARE(r.objects, QStringList{QStringLiteral("supabase_auth_admin")});
        QVERIFY(r.evidence.contains(QStringLiteral("supabase_auth_admin")));
        QCOMPARE(r.fix.kind, AuditFix::Kind::PasswordRotation);
    }

    // trust answers every password: that must not read as "the example password was refused".
    void defaultPasswordsUnknownUnderTrust()
    {
        DefaultPasswordFacts f = cleanPasswords();
        f.logins = {{QStringLiteral("postgres"), Outcome::AnyPasswordAccepted, {}}};
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY(r.evidence.contains(QStringLiteral("trust")));

        f.logins = {{QStringLiteral("pgbouncer"), Outcome::NotTried, QStringLiteral("no pg_hba.conf entry")}};
        QCOMPARE(DatabaseAuditEvaluator::defaultPasswords(f).status, AuditStatus::Unknown);

        f.logins.clear();
        f.loginError = QStringLiteral("The stack has no database forward.");
        const AuditCheckResult none = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(none.status, AuditStatus::Unknown);
        QVERIFY(none.evidence.contains(f.loginError));
    }

    void defaultPasswordsWithoutEnv()
    {
        DefaultPasswordFacts f = cleanPasswords();
        f.env.clear();
        f.envError = QStringLiteral("No .env in /opt/supabase/docker");
        const AuditCheckResult r = DatabaseAuditEvaluator::defaultPasswords(f);
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY(r.evidence.contains(f.envError));
        // A role that logs in with the example password fails the check even without the .env.
        f.logins << RoleLoginProbe{QStringLiteral("authenticator"), Outcome::ExampleAccepted, {}};
        QCOMPARE(DatabaseAuditEvaluator::defaultPasswords(f).status, AuditStatus::Fail);
    }

    void tuningPassesWhenTuned()
    {
        const AuditCheckResult r = DatabaseAuditEvaluator::pgTuning(tunedHost());
        QCOMPARE(r.status, AuditStatus::Pass);
        QVERIFY(r.evidence.contains(QStringLiteral("shared_buffers: 4GB (recommended 4GB)")));
    }

    // PostgreSQL's defaults on the same host: a factor of 32 on shared_buffers, and random_page_cost 4
    // for a spinning disk on an SSD.
    void tuningWarnsOnDefaults()
    {
        TuningFacts f = tunedHost();
        f.settings[QStringLiteral("shared_buffers")] = QStringLiteral("128MB");
        f.settings[QStringLiteral("random_page_cost")] = QStringLiteral("4");
        f.settings[QStringLiteral("work_mem")] = QStringLiteral("16MB"); // within the factor
        const AuditCheckResult r = DatabaseAuditEvaluator::pgTuning(f);
        QCOMPARE(r.status, AuditStatus::Warn);
        QCOMPARE(r.objects, QStringList({"shared_buffers", "random_page_cost"}));
        QVERIFY(r.evidence.contains(QStringLiteral("shared_buffers: 128MB (recommended 4GB)")));
        QVERIFY(r.evidence.contains(QStringLiteral("random_page_cost: 4 (recommended 1.1)")));
        QCOMPARE(r.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(r.fix.setupPage, QStringLiteral("tuning"));
    }

    void tuningUnknownWithoutHostSize()
    {
        TuningFacts f = tunedHost();
        f.memTotalKb = 0;
        f.hostError = QStringLiteral("sudo: a password is required");
        const AuditCheckResult r = DatabaseAuditEvaluator::pgTuning(f);
        QCOMPARE(r.status, AuditStatus::Unknown);
        QVERIFY(r.evidence.contains(f.hostError));
        f = tunedHost();
        f.settingsError = QStringLiteral("Cannot connect");
        QCOMPARE(DatabaseAuditEvaluator::pgTuning(f).status, AuditStatus::Unknown);
    }

    void poolerModes()
    {
        PoolerFacts supavisor;
        supavisor.kind = PoolerKind::Supavisor;
        supavisor.envKnown = true;
        supavisor.transactionPort = QStringLiteral("6543");
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(supavisor).status, AuditStatus::Pass);
        supavisor.transactionPort.clear();
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(supavisor).status, AuditStatus::Fail);
        supavisor.envKnown = false;
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(supavisor).status, AuditStatus::Unknown);
        // Read from the compose files: where the port is published, or that it is not.
        supavisor.envKnown = true;
        supavisor.fromCompose = true;
        supavisor.transactionPort = QStringLiteral("6543");
        supavisor.transactionSource = QStringLiteral("docker-compose.yml, line 187");
        const AuditCheckResult published = DatabaseAuditEvaluator::poolerMode(supavisor);
        QCOMPARE(published.status, AuditStatus::Pass);
        QVERIFY(published.evidence.contains(QStringLiteral("port 6543 (docker-compose.yml, line 187)")));
        supavisor.transactionPort.clear();
        const AuditCheckResult unpublished = DatabaseAuditEvaluator::poolerMode(supavisor);
        QCOMPARE(unpublished.status, AuditStatus::Fail);
        QVERIFY(unpublished.evidence.contains(QStringLiteral("6543")));

        PoolerFacts bouncer;
        bouncer.kind = PoolerKind::PgBouncer;
        bouncer.pgbouncerPoolMode = QStringLiteral("transaction");
        bouncer.pgbouncerSource = QStringLiteral("SHOW CONFIG");
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(bouncer).status, AuditStatus::Pass);
        bouncer.pgbouncerPoolMode = QStringLiteral("session");
        const AuditCheckResult session = DatabaseAuditEvaluator::poolerMode(bouncer);
        QCOMPARE(session.status, AuditStatus::Fail);
        QVERIFY(session.evidence.contains(QStringLiteral("session")));
        QCOMPARE(session.fix.setupPage, QStringLiteral("pooling"));
        bouncer.pgbouncerPoolMode.clear();
        bouncer.pgbouncerError = QStringLiteral("sudo: a password is required");
        const AuditCheckResult unread = DatabaseAuditEvaluator::poolerMode(bouncer);
        QCOMPARE(unread.status, AuditStatus::Unknown);
        QVERIFY(unread.evidence.contains(bouncer.pgbouncerError));

        PoolerFacts none;
        none.kind = PoolerKind::None;
        const AuditCheckResult missing = DatabaseAuditEvaluator::poolerMode(none);
        QCOMPARE(missing.status, AuditStatus::Fail);
        QCOMPARE(missing.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(missing.fix.setupPage, QStringLiteral("pooling"));
        // A pgbouncer.ini on the host that sudo may not read: PgBouncer may be there, so nothing is claimed.
        none.pgbouncerFound = true;
        none.pgbouncerError = QStringLiteral("sudo: a password is required");
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(none).status, AuditStatus::Unknown);
        // A PgBouncer on the host, outside the compose files, counts.
        none.pgbouncerPoolMode = QStringLiteral("transaction");
        none.pgbouncerSource = QStringLiteral("/etc/pgbouncer/pgbouncer.ini");
        QCOMPARE(DatabaseAuditEvaluator::poolerMode(none).status, AuditStatus::Pass);

        PoolerFacts unknown;
        unknown.composeError = QStringLiteral("No docker-compose.yml in /opt/supabase/docker");
        const AuditCheckResult u = DatabaseAuditEvaluator::poolerMode(unknown);
        QCOMPARE(u.status, AuditStatus::Unknown);
        QVERIFY(u.evidence.contains(unknown.composeError));
    }

    void poolModeFromIni()
    {
        QCOMPARE(DatabaseAuditEvaluator::poolModeFromIni(
                     "[databases]\n* = host=db pool_mode=session\n[pgbouncer]\nlisten_port = 6432\n"
                     ";pool_mode = statement\npool_mode = transaction\n"),
                 QStringLiteral("transaction"));
        // PgBouncer's default when the file sets none.
        QCOMPARE(DatabaseAuditEvaluator::poolModeFromIni("[pgbouncer]\nlisten_port = 6432\n"),
                 QStringLiteral("session"));
        QCOMPARE(DatabaseAuditEvaluator::poolModeFromIni("[ pgbouncer ]\n  pool_mode=Statement  \n"),
                 QStringLiteral("statement"));
    }

    void statStatements()
    {
        StatStatementsFacts f;
        f.preloadLibraries = QStringList{QStringLiteral("pg_stat_statements"), QStringLiteral("pg_cron")};
        f.extensionInstalled = true;
        f.extensionSchema = QStringLiteral("extensions");
        QCOMPARE(DatabaseAuditEvaluator::statStatements(f).status, AuditStatus::Pass);

        f.extensionInstalled = false;
        const AuditCheckResult notCreated = DatabaseAuditEvaluator::statStatements(f);
        QCOMPARE(notCreated.status, AuditStatus::Warn);
        QCOMPARE(notCreated.fix.kind, AuditFix::Kind::Sql);
        QVERIFY(notCreated.fix.preview.startsWith(QStringLiteral("CREATE EXTENSION")));

        f.preloadLibraries = QStringList{QStringLiteral("pg_cron")};
        const AuditCheckResult notLoaded = DatabaseAuditEvaluator::statStatements(f);
        QCOMPARE(notLoaded.status, AuditStatus::Fail);
        QCOMPARE(notLoaded.fix.setupPage, QStringLiteral("tuning"));

        // Without pg_read_all_settings the view itself tells whether the library is loaded.
        f.preloadLibraries.reset();
        f.preloadError = QStringLiteral("needs pg_read_all_settings");
        f.extensionInstalled = true;
        f.viewReadable = true;
        QCOMPARE(DatabaseAuditEvaluator::statStatements(f).status, AuditStatus::Pass);
        f.viewReadable = false;
        QCOMPARE(DatabaseAuditEvaluator::statStatements(f).status, AuditStatus::Fail);
        f.viewReadable.reset();
        const AuditCheckResult unknown = DatabaseAuditEvaluator::statStatements(f);
        QCOMPARE(unknown.status, AuditStatus::Unknown);
        QVERIFY(unknown.evidence.contains(f.preloadError));
    }

    void walArchiving()
    {
        WalArchivingFacts f = archiving(m_now);
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Pass);

        // A failure after the last success: the archiver is failing now.
        f.failedCount = 3;
        f.lastFailedWal = QStringLiteral("000000010000000000000079");
        f.lastFailedTime = m_now.addSecs(-60);
        const AuditCheckResult failing = DatabaseAuditEvaluator::walArchiving(f, m_now);
        QCOMPARE(failing.status, AuditStatus::Fail);
        QCOMPARE(failing.objects, QStringList{f.lastFailedWal});
        // An old failure, archived since: fine.
        f.lastFailedTime = m_now.addSecs(-3600);
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Pass);

        // Two hours since the last archive with WAL waiting: the archiver is stuck.
        f = archiving(m_now);
        f.lastArchivedTime = m_now.addSecs(-7200);
        f.readySegments = 4;
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Warn);
        // An idle server archives nothing: no warning.
        f.readySegments = 0;
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Pass);

        f.archiveMode = QStringLiteral("off");
        const AuditCheckResult off = DatabaseAuditEvaluator::walArchiving(f, m_now);
        QCOMPARE(off.status, AuditStatus::Warn);
        QVERIFY(off.evidence.contains(QStringLiteral("point-in-time")));

        f = archiving(m_now);
        f.archiveCommand.clear();
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Fail);

        f = archiving(m_now);
        f.archiverKnown = false;
        f.archiverError = QStringLiteral("needs pg_monitor");
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Unknown);
        f = WalArchivingFacts();
        f.settingsError = QStringLiteral("Cannot connect");
        QCOMPARE(DatabaseAuditEvaluator::walArchiving(f, m_now).status, AuditStatus::Unknown);
    }

    void replication()
    {
        ReplicationFacts f;
        f.known = true;
        const AuditCheckResult none = DatabaseAuditEvaluator::replication(f);
        QCOMPARE(none.status, AuditStatus::Warn);
        QVERIFY(none.evidence.contains(QStringLiteral("No standby")));

        f.standbys << StandbyFact{QStringLiteral("replica1"), QStringLiteral("10.0.0.2"),
                                  QStringLiteral("streaming"), QStringLiteral("async")};
        f.slotList << ReplicationSlotFact{QStringLiteral("replica1"), QStringLiteral("physical"), true, true,
                                          4096};
        QCOMPARE(DatabaseAuditEvaluator::replication(f).status, AuditStatus::Pass);

        f.slotList << ReplicationSlotFact{QStringLiteral("old_replica"), QStringLiteral("physical"), false,
                                          true, 3LL * 1024 * 1024 * 1024};
        const AuditCheckResult abandoned = DatabaseAuditEvaluator::replication(f);
        QCOMPARE(abandoned.status, AuditStatus::Fail);
        QCOMPARE(abandoned.objects, QStringList{QStringLiteral("old_replica")});
        QVERIFY2(abandoned.evidence.contains(QStringLiteral("3.00 GiB")), qPrintable(abandoned.evidence));
        QCOMPARE(abandoned.fix.kind, AuditFix::Kind::Sql);
        QCOMPARE(abandoned.fix.preview, QStringLiteral("SELECT pg_drop_replication_slot('old_replica');"));

        ReplicationFacts unread;
        unread.error = QStringLiteral("needs pg_monitor");
        QCOMPARE(DatabaseAuditEvaluator::replication(unread).status, AuditStatus::Unknown);
    }

    void ssl()
    {
        SslFacts f;
        f.ssl = QStringLiteral("off");
        QCOMPARE(DatabaseAuditEvaluator::pgSsl(f).status, AuditStatus::Fail);

        f.ssl = QStringLiteral("on");
        f.hbaError = QStringLiteral("needs a superuser");
        const AuditCheckResult unknown = DatabaseAuditEvaluator::pgSsl(f);
        QCOMPARE(unknown.status, AuditStatus::Unknown);
        QVERIFY(unknown.evidence.contains(f.hbaError));

        // Supabase's image: loopback trusted, everything else over plain host rules.
        const QList<HbaRuleFact> rules{{89,
                                        QStringLiteral("local"),
                                        {QStringLiteral("all")},
                                        {QStringLiteral("all")},
                                        {},
                                        {},
                                        QStringLiteral("peer")},
                                       {92,
                                        QStringLiteral("host"),
                                        {QStringLiteral("all")},
                                        {QStringLiteral("all")},
                                        QStringLiteral("127.0.0.1"),
                                        QStringLiteral("255.255.255.255"),
                                        QStringLiteral("trust")},
                                       {93,
                                        QStringLiteral("host"),
                                        {QStringLiteral("all")},
                                        {QStringLiteral("all")},
                                        QStringLiteral("::1"),
                                        QStringLiteral("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"),
                                        QStringLiteral("trust")},
                                       {96,
                                        QStringLiteral("host"),
                                        {QStringLiteral("all")},
                                        {QStringLiteral("all")},
                                        QStringLiteral("0.0.0.0"),
                                        QStringLiteral("0.0.0.0"),
                                        QStringLiteral("scram-sha-256")},
                                       {97,
                                        QStringLiteral("host"),
                                        {QStringLiteral("all")},
                                        {QStringLiteral("all")},
                                        QStringLiteral("10.0.0.0"),
                                        QStringLiteral("255.0.0.0"),
                                        QStringLiteral("reject")}};
        f.hbaRules = rules;
        const AuditCheckResult plain = DatabaseAuditEvaluator::pgSsl(f);
        QCOMPARE(plain.status, AuditStatus::Warn);
        QCOMPARE(plain.objects, QStringList{QStringLiteral("pg_hba.conf:96")});

        QList<HbaRuleFact> secure = rules;
        secure[3].type = QStringLiteral("hostssl");
        f.hbaRules = secure;
        QCOMPARE(DatabaseAuditEvaluator::pgSsl(f).status, AuditStatus::Pass);
    }
};

QTEST_GUILESS_MAIN(TestAuditDatabaseVerdicts)
#include "tst_auditdatabaseverdicts.moc"
