// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's database-settings checks against real servers: the harness's PostgreSQL and PgBouncer
// (trust for every login, pg_stat_statements loaded, PostgreSQL's default tuning), and a scratch
// PostgreSQL 15 of the test's own that asks every TCP login for its password (scram-sha-256), archives
// WAL with a command that always fails, serves SSL and has a replication slot nobody uses.
#include "core/audit/stacklayout.h"
#include "core/setup/secretaudit.h"
#include "harness/testenv.h"
#include "services/audit/auditcontext.h"
#include "services/audit/databaseauditchecks.h"
#include "setup/scratchpostgres.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>
#include <QtTest>

using namespace supadesk;

namespace {

QString secret()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Runs the command on this machine, as the stack's SSH session would on the server.
Result<ExecResult> localExec(const QString &command, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), command});
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(30000);
    ExecResult r;
    r.standardOutput = p.readAllStandardOutput();
    r.standardError = p.readAllStandardError();
    r.exitStatus = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// A production-sized host with a clean .env and no pooler in its compose files.
AuditContext baseContext()
{
    AuditContext ctx;
    ctx.now = QDateTime::currentDateTimeUtc();
    ctx.exec = localExec;
    ctx.host.cpus = 4;
    ctx.host.memTotalKb = 16LL * 1024 * 1024;
    ctx.host.rotational = false;
    ctx.host.uid = 0;
    ctx.host.pooler = PoolerKind::None;
    ctx.envPath = QStringLiteral("/opt/supabase/docker/.env");
    ctx.env = {{QStringLiteral("POSTGRES_PASSWORD"), secret()},
               {QStringLiteral("DASHBOARD_PASSWORD"), secret()}};
    return ctx;
}

AuditContext harnessContext()
{
    AuditContext ctx = baseContext();
    ctx.database.host = testenv::value("SUPADESK_TEST_PG_HOST");
    ctx.database.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
    ctx.databasePasswordKnown = true; // trust: no password needed
    return ctx;
}

AuditCheckResult runOne(const AuditContext &ctx, const QString &id,
                        DatabaseAuditChecks checks = DatabaseAuditChecks())
{
    const AuditCheckResults results = checks.run(ctx, {id});
    if (results.size() != 1)
        qFatal("expected one result for %s", qPrintable(id));
    return results.first();
}

QByteArray describe(const AuditCheckResult &r)
{
    return (auditStatusName(r.status) + QStringLiteral(": ") + r.evidence).toUtf8();
}

} // namespace

class TestAuditDatabaseChecks : public QObject
{
    Q_OBJECT

    ScratchPostgres m_pg;
    quint16 m_port = 0;
    QString m_postgresPassword = secret();
    QString m_readerPassword = secret();

    // SQL as postgres through the scratch cluster's socket (trusted there), so no password is needed
    // and none goes through a command line.
    bool scratchSql(const QStringList &statements)
    {
        const QString name = QStringLiteral("scratch-setup");
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(m_pg.socketDir());
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open()) {
                qWarning("%s", qPrintable(db.lastError().text()));
                ok = false;
            }
            for (const QString &s : statements) {
                if (!ok)
                    break;
                QSqlQuery q(db);
                if (!q.exec(s)) {
                    qWarning("%s: %s", qPrintable(s.left(60)), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

    AuditContext scratchContext(const QString &user, const QString &password)
    {
        AuditContext ctx = baseContext();
        ctx.database.host = QStringLiteral("127.0.0.1");
        ctx.database.port = m_port;
        ctx.database.user = user;
        ctx.database.password = password;
        ctx.databasePasswordKnown = true;
        return ctx;
    }

    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(text);
        file.close();
        ScratchPostgres::handOver(path);
        return true;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "PostgreSQL 15 (apt-get install postgresql-15)");
        REQUIRE_SERVICE("SUPADESK_TEST_PGBOUNCER_PORT", "PgBouncer (apt-get install pgbouncer)");
        QVERIFY(m_pg.isValid());
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        m_port = freePort();
        QVERIFY(m_port > 0);
        // A self-signed certificate, so that ssl = on.
        const QString crt = m_pg.dataDir() + QStringLiteral("/server.crt");
        const QString key = m_pg.dataDir() + QStringLiteral("/server.key");
        QProcess openssl;
        openssl.setStandardErrorFile(QProcess::nullDevice());
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), crt, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        ScratchPostgres::handOver(crt);
        ScratchPostgres::handOver(key);
        // Every TCP login gives its password; one rule lets a private network in without SSL.
        QVERIFY(writeFile(m_pg.dataDir() + QStringLiteral("/pg_hba.conf"),
                          "local all all trust\n"
                          "host all all 127.0.0.1/32 scram-sha-256\n"
                          "host all all 10.0.0.0/8 scram-sha-256\n"));
        QVERIFY(m_pg.writeTuning(QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\n"
                                                "password_encryption = 'scram-sha-256'\n"
                                                "archive_mode = on\narchive_command = 'false'\n"
                                                "ssl = on\nssl_cert_file = 'server.crt'\n"
                                                "ssl_key_file = 'server.key'\n")
                                     .arg(m_port)));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));
        const QString example = SecretAudit::exampleValue(QStringLiteral("POSTGRES_PASSWORD"));
        QVERIFY(!example.isEmpty());
        QVERIFY(scratchSql(
            {QStringLiteral("ALTER ROLE postgres PASSWORD '%1'").arg(m_postgresPassword),
             QStringLiteral("CREATE ROLE supabase_admin LOGIN PASSWORD '%1'").arg(example),
             QStringLiteral("CREATE ROLE authenticator LOGIN PASSWORD '%1'").arg(secret()),
             // Has the example password but may not log in: not tried, not reported.
             QStringLiteral("CREATE ROLE supabase_auth_admin NOLOGIN PASSWORD '%1'").arg(example),
             // Neither superuser nor pg_monitor.
             QStringLiteral("CREATE ROLE audit_reader LOGIN PASSWORD '%1'").arg(m_readerPassword)}));
    }

    void cleanupTestCase() { m_pg.stop(); }

    void idsInOrder()
    {
        QCOMPARE(DatabaseAuditChecks().checkIds(),
                 QStringList({"default-passwords", "pg-tuning", "pooler-mode", "pg-stat-statements",
                              "wal-archiving", "replication", "pg-ssl"}));
    }

    // A role that still has env.example's password logs in with it: the check fails naming that role,
    // and only that one.
    void defaultPasswordsFailOnARoleWithTheExamplePassword()
    {
        const AuditCheckResult r = runOne(scratchContext(QStringLiteral("postgres"), m_postgresPassword),
                                          QStringLiteral("default-passwords"));
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QCOMPARE(r.objects, QStringList{QStringLiteral("supabase_admin")});
        QCOMPARE(r.fix.kind, AuditFix::Kind::PasswordRotation);
        QVERIFY(!r.evidence.contains(QStringLiteral("supabase_auth_admin")));
        // The example password was not left in anything the result carries.
        QVERIFY(!r.evidence.contains(SecretAudit::exampleValue(QStringLiteral("POSTGRES_PASSWORD"))));
    }

    void defaultPasswordsPassOnceChanged()
    {
        QVERIFY(scratchSql({QStringLiteral("ALTER ROLE supabase_admin PASSWORD '%1'").arg(secret())}));
        const AuditCheckResult r = runOne(scratchContext(QStringLiteral("postgres"), m_postgresPassword),
                                          QStringLiteral("default-passwords"));
        QVERIFY2(r.status == AuditStatus::Pass, describe(r));
        QVERIFY2(r.evidence.contains(QStringLiteral("refused for: postgres, supabase_admin, authenticator.")),
                 describe(r));
        // The example value back in the .env fails it again, with the line.
        AuditContext ctx = scratchContext(QStringLiteral("postgres"), m_postgresPassword);
        ctx.env.insert(QStringLiteral("POSTGRES_PASSWORD"),
                       SecretAudit::exampleValue(QStringLiteral("POSTGRES_PASSWORD")));
        ctx.envLines.insert(QStringLiteral("POSTGRES_PASSWORD"), 5);
        const AuditCheckResult env = runOne(ctx, QStringLiteral("default-passwords"));
        QVERIFY2(env.status == AuditStatus::Fail, describe(env));
        QCOMPARE(env.objects, QStringList{QStringLiteral("POSTGRES_PASSWORD")});
        QVERIFY(env.evidence.contains(QStringLiteral("(line 5)")));
    }

    // The harness trusts every login from loopback: a random password logs in, so nothing can be told.
    void defaultPasswordsUnknownUnderTrust()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("default-passwords"));
        QVERIFY2(r.status == AuditStatus::Unknown, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("trust")));
    }

    void statStatementsPresentOnTheHarness()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("pg-stat-statements"));
        QVERIFY2(r.status == AuditStatus::Pass, describe(r));
    }

    // Preloaded, but a database where the extension was never created.
    void statStatementsNotCreated()
    {
        const QString database =
            QStringLiteral("audit_db_%1").arg(QRandomGenerator::global()->bounded(1000000));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            db.setHostName(testenv::value("SUPADESK_TEST_PG_HOST"));
            db.setPort(testenv::value("SUPADESK_TEST_PG_PORT").toInt());
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(database)));
        }
        AuditContext ctx = harnessContext();
        ctx.database.database = database;
        const AuditCheckResult r = runOne(ctx, QStringLiteral("pg-stat-statements"));
        {
            QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"));
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE %1").arg(database));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        QVERIFY2(r.status == AuditStatus::Warn, describe(r));
        QCOMPARE(r.fix.kind, AuditFix::Kind::Sql);
    }

    // The scratch cluster does not preload the library at all.
    void statStatementsAbsent()
    {
        const AuditCheckResult r = runOne(scratchContext(QStringLiteral("postgres"), m_postgresPassword),
                                          QStringLiteral("pg-stat-statements"));
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QCOMPARE(r.fix.setupPage, QStringLiteral("tuning"));
    }

    // The harness runs PostgreSQL's default memory settings: far below a 16 GB host's.
    void tuningWarnsOnTheHarness()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("pg-tuning"));
        QVERIFY2(r.status == AuditStatus::Warn, describe(r));
        QVERIFY(r.objects.contains(QStringLiteral("shared_buffers")));
        QVERIFY(r.evidence.contains(QStringLiteral("shared_buffers: 128MB (recommended 4GB)")));
        QCOMPARE(r.fix.setupPage, QStringLiteral("tuning"));

        AuditContext unknownHost = harnessContext();
        unknownHost.host.memTotalKb = 0;
        QCOMPARE(runOne(unknownHost, QStringLiteral("pg-tuning")).status, AuditStatus::Unknown);
    }

    void poolerModeFromTheAdminConsole()
    {
        AuditContext ctx = harnessContext();
        ctx.host.pooler = PoolerKind::PgBouncer;
        ctx.poolerPort = quint16(testenv::value("SUPADESK_TEST_PGBOUNCER_PORT").toInt());
        const AuditCheckResult r = runOne(ctx, QStringLiteral("pooler-mode"));
        QVERIFY2(r.status == AuditStatus::Pass, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("SHOW CONFIG")));
    }

    void poolerModeFromTheIniFile()
    {
        AuditContext ctx = harnessContext();
        ctx.host.pooler = PoolerKind::PgBouncer;
        const QString harnessIni =
            testenv::value("SUPADESK_HARNESS_DIR") + QStringLiteral("/pgbouncer/pgbouncer.ini");
        const AuditCheckResult r =
            runOne(ctx, QStringLiteral("pooler-mode"), DatabaseAuditChecks({harnessIni}));
        QVERIFY2(r.status == AuditStatus::Pass, describe(r));
        QVERIFY(r.evidence.contains(harnessIni));

        QTemporaryFile session;
        QVERIFY(session.open());
        session.write("[databases]\n* = host=127.0.0.1\n[pgbouncer]\nlisten_port = 6432\n");
        session.close();
        const AuditCheckResult s =
            runOne(ctx, QStringLiteral("pooler-mode"), DatabaseAuditChecks({session.fileName()}));
        QVERIFY2(s.status == AuditStatus::Fail, describe(s));
        QVERIFY(s.evidence.contains(QStringLiteral("session")));

        const AuditCheckResult missing =
            runOne(ctx, QStringLiteral("pooler-mode"),
                   DatabaseAuditChecks({QStringLiteral("/nonexistent/pgbouncer.ini")}));
        QVERIFY2(missing.status == AuditStatus::Unknown, describe(missing));
        QVERIFY(missing.evidence.contains(QStringLiteral("/nonexistent/pgbouncer.ini")));
    }

    void noPoolerFails()
    {
        AuditContext ctx = harnessContext();
        const AuditCheckResult r =
            runOne(ctx, QStringLiteral("pooler-mode"),
                   DatabaseAuditChecks({QStringLiteral("/nonexistent/pgbouncer.ini")}));
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QCOMPARE(r.fix.kind, AuditFix::Kind::SetupPage);
        QCOMPARE(r.fix.setupPage, QStringLiteral("pooling"));

        // Something is there but cannot be read (here a directory): PgBouncer may run, so nothing is
        // claimed.
        QTemporaryDir unreadable;
        const AuditCheckResult u =
            runOne(ctx, QStringLiteral("pooler-mode"), DatabaseAuditChecks({unreadable.path()}));
        QVERIFY2(u.status == AuditStatus::Unknown, describe(u));
        QVERIFY(u.evidence.contains(unreadable.path()));

        ctx.host.pooler = PoolerKind::Supavisor;
        ctx.env.insert(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION"), QStringLiteral("6543"));
        QCOMPARE(runOne(ctx, QStringLiteral("pooler-mode")).status, AuditStatus::Pass);
    }

    // Supabase's compose file as it ships: Supavisor publishes its transaction port; without that line
    // it publishes none.
    void supavisorFromTheComposeFiles()
    {
        const QString dir = QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/kong");
        QFile compose(dir + QStringLiteral("/docker-compose.yml"));
        QVERIFY(compose.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(compose.readAll());
        AuditContext ctx = harnessContext();
        ctx.env.insert(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION"), QStringLiteral("6543"));
        ctx.env.insert(QStringLiteral("POSTGRES_PORT"), QStringLiteral("5432"));
        ctx.layout = StackLayoutReader::read({{QStringLiteral("docker-compose.yml"), text}}, ctx.env);
        QCOMPARE(ctx.layout.pooler, PoolerKind::Supavisor);
        const AuditCheckResult r = runOne(ctx, QStringLiteral("pooler-mode"));
        QVERIFY2(r.status == AuditStatus::Pass, describe(r));
        QVERIFY2(r.evidence.contains(QStringLiteral("port 6543 (docker-compose.yml, line ")), describe(r));

        QString closed = text;
        closed.remove(QStringLiteral("      - ${POOLER_PROXY_PORT_TRANSACTION}:6543\n"));
        QVERIFY(closed != text);
        ctx.layout = StackLayoutReader::read({{QStringLiteral("docker-compose.yml"), closed}}, ctx.env);
        const AuditCheckResult f = runOne(ctx, QStringLiteral("pooler-mode"));
        QVERIFY2(f.status == AuditStatus::Fail, describe(f));
        QCOMPARE(f.fix.setupPage, QStringLiteral("pooling"));
    }

    void walArchivingOffOnTheHarness()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("wal-archiving"));
        QVERIFY2(r.status == AuditStatus::Warn, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("archive_mode = off")));
    }

    // archive_command 'false' fails every segment: after a WAL switch the archiver's failure is newer
    // than any success.
    void walArchivingFailing()
    {
        QVERIFY(scratchSql(
            {QStringLiteral("CREATE TABLE IF NOT EXISTS wal_filler AS SELECT generate_series(1, 1000) AS n"),
             QStringLiteral("SELECT pg_switch_wal()")}));
        const AuditContext ctx = scratchContext(QStringLiteral("postgres"), m_postgresPassword);
        AuditCheckResult r;
        const QDeadlineTimer deadline(30000);
        do {
            r = runOne(ctx, QStringLiteral("wal-archiving"));
            if (r.status == AuditStatus::Fail)
                break;
            QThread::msleep(500);
        } while (!deadline.hasExpired());
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("archive_command = 'false'")));
        QCOMPARE(r.objects.size(), 1);
    }

    void replicationWithoutStandby()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("replication"));
        QVERIFY2(r.status == AuditStatus::Warn, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("No standby")));
    }

    // A physical slot that reserves WAL and has no standby reading it.
    void replicationInactiveSlotFails()
    {
        QVERIFY(scratchSql(
            {QStringLiteral("SELECT pg_create_physical_replication_slot('audit_abandoned', true)")}));
        const AuditCheckResult r = runOne(scratchContext(QStringLiteral("postgres"), m_postgresPassword),
                                          QStringLiteral("replication"));
        QVERIFY(scratchSql({QStringLiteral("SELECT pg_drop_replication_slot('audit_abandoned')")}));
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QCOMPARE(r.objects, QStringList{QStringLiteral("audit_abandoned")});
        QVERIFY(r.evidence.contains(QStringLiteral("audit_abandoned")));
        QCOMPARE(r.fix.preview, QStringLiteral("SELECT pg_drop_replication_slot('audit_abandoned');"));
    }

    void sslOffOnTheHarness()
    {
        const AuditCheckResult r = runOne(harnessContext(), QStringLiteral("pg-ssl"));
        QVERIFY2(r.status == AuditStatus::Fail, describe(r));
        QVERIFY(r.evidence.contains(QStringLiteral("ssl = off")));
    }

    // ssl = on, but the private-network rule is plain `host`: named by its line.
    void sslOnWithAPlainRule()
    {
        const AuditCheckResult r =
            runOne(scratchContext(QStringLiteral("postgres"), m_postgresPassword), QStringLiteral("pg-ssl"));
        QVERIFY2(r.status == AuditStatus::Warn, describe(r));
        QCOMPARE(r.objects, QStringList{QStringLiteral("pg_hba.conf:3")});
        QVERIFY(r.evidence.contains(QStringLiteral("10.0.0.0")));
    }

    // A login without superuser or pg_monitor: the rules and the archive queue cannot be read, and the
    // checks say so instead of guessing.
    void withoutRightsCouldNotCheck()
    {
        const AuditContext ctx = scratchContext(QStringLiteral("audit_reader"), m_readerPassword);
        const AuditCheckResult ssl = runOne(ctx, QStringLiteral("pg-ssl"));
        QVERIFY2(ssl.status == AuditStatus::Unknown, describe(ssl));
        QVERIFY2(ssl.evidence.contains(QStringLiteral("superuser")), describe(ssl));
        QVERIFY(ssl.evidence.contains(QStringLiteral("audit_reader")));
    }

    void everyCheckAnswersAndNoConnectionIsLeft()
    {
        const AuditContext ctx = harnessContext();
        QStringList started;
        AuditContext watched = ctx;
        watched.starting = [&](const QString &id) { started << id; };
        DatabaseAuditChecks checks;
        const AuditCheckResults results = checks.run(watched, checks.checkIds());
        QCOMPARE(results.size(), checks.checkIds().size());
        QCOMPARE(started, checks.checkIds());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).id, checks.checkIds().at(i));
            QVERIFY(!results.at(i).title.isEmpty());
            QVERIFY(!results.at(i).why.isEmpty());
            QVERIFY(!results.at(i).evidence.isEmpty());
        }
        for (const QString &name : QSqlDatabase::connectionNames())
            QVERIFY2(!name.startsWith(QLatin1String("supadesk-audit")), qPrintable(name));
    }

    void noForwardCouldNotCheck()
    {
        AuditContext ctx = baseContext();
        DatabaseAuditChecks checks;
        const AuditCheckResults results = checks.run(ctx, checks.checkIds());
        QCOMPARE(results.size(), checks.checkIds().size());
        for (const AuditCheckResult &r : results)
            if (r.id != QLatin1String("pooler-mode"))
                QVERIFY2(r.status == AuditStatus::Unknown, qPrintable(r.id + QLatin1Char(' ') + describe(r)));
    }

    void cancelStopsBetweenChecks()
    {
        AuditContext ctx = harnessContext();
        int started = 0;
        ctx.starting = [&](const QString &) { ++started; };
        ctx.cancelled = [&] { return started >= 2; };
        DatabaseAuditChecks checks;
        QCOMPARE(checks.run(ctx, checks.checkIds()).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestAuditDatabaseChecks)
#include "tst_auditdatabasechecks.moc"
