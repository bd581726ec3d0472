// SPDX-License-Identifier: GPL-3.0-or-later
// The audit's host checks over a real SSH session (the harness's sshd): an install directory seeded with
// Supabase's example .env or a wizard-generated one, a listener on every interface or on loopback as the
// database port, a backup directory with an old and a fresh dump, a login without sudo, and ufw off and
// on inside a network namespace that also listens on 0.0.0.0:5432.
#include "core/audit/hostauditevaluator.h"
#include "core/setup/backupscriptwriter.h"
#include "core/setup/envfile.h"
#include "core/setup/supabasesecrets.h"
#include "harness/harnessstack.h"
#include "harness/ufwnamespace.h"
#include "services/audit/atrestauditchecks.h"
#include "services/audit/auditcontext.h"
#include "services/audit/auditcontextreader.h"
#include "services/audit/hostauditchecks.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace supadesk;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::AnyIPv4, 0);
    return probe.serverPort();
}

std::unique_ptr<StackConnection> connectWith(const StackConnection::Settings &settings)
{
    auto connection = std::make_unique<StackConnection>(settings);
    if (!connection->connectToStack().ok())
        return nullptr;
    testenv::waitFor([&] {
        return connection->state() == StackConnection::State::Connected ||
               connection->state() == StackConnection::State::Failed;
    });
    return connection->state() == StackConnection::State::Connected ? std::move(connection) : nullptr;
}

// The audit's context for a stack over `connection`, read the way the runner reads it; `exec` waits on
// this thread (the test's), which is the connection's.
AuditContext contextFor(StackConnection *connection, const Stack &stack)
{
    AuditContext context;
    context.stack = stack;
    context.now = QDateTime::currentDateTimeUtc();
    context.exec = [connection](const QString &command, const QByteArray &input) {
        QEventLoop loop;
        std::optional<Result<ExecResult>> answer;
        connection->exec(command, input, &loop, [&](Result<ExecResult> result) {
            answer = std::move(result);
            loop.quit();
        });
        if (!answer)
            loop.exec();
        return *answer;
    };
    AuditContextReader::read(context);
    return context;
}

const AuditCheckResult *find(const AuditCheckResults &results, const QString &id)
{
    for (const AuditCheckResult &r : results)
        if (r.id == id)
            return &r;
    return nullptr;
}

} // namespace

class TestAuditHostChecks : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackConnection> m_connection;

    QString installDir(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("install-") + name);
    }

    // An install directory holding `env` (none when empty) and Supabase's compose excerpt.
    Stack stackWith(const QString &name, const QString &env)
    {
        Stack s = testenv::harnessStack(name);
        s.installDir = installDir(name);
        QDir().mkpath(s.installDir);
        if (!env.isEmpty())
            writeText(s.installDir + QStringLiteral("/.env"), env);
        QFile::copy(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/kong/docker-compose.yml"),
                    s.installDir + QStringLiteral("/docker-compose.yml"));
        return s;
    }

    HostAuditSettings backupSettings(const QString &name) const
    {
        HostAuditSettings settings;
        settings.backupScript = m_dir.filePath(name + QStringLiteral("-no-script.sh"));
        settings.backupDir = m_dir.filePath(name + QStringLiteral("-backups"));
        settings.backupLog = m_dir.filePath(name + QStringLiteral("-backup.log"));
        return settings;
    }

    static QString exampleEnv(quint16 dbPort, quint16 poolerPort)
    {
        EnvFile env = EnvFile::parse(readText(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example")));
        env.set(QStringLiteral("POSTGRES_PORT"), QString::number(dbPort));
        env.set(QStringLiteral("POOLER_PROXY_PORT_TRANSACTION"), QString::number(poolerPort));
        return env.toString();
    }

    static void touch(const QString &path, const QString &when)
    {
        QVERIFY(writeText(path, QStringLiteral("PGDMP dump")));
        QCOMPARE(QProcess::execute(QStringLiteral("touch"), {QStringLiteral("-d"), when, path}), 0);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_dir.isValid());
        m_connection = connectWith(testenv::harnessSsh());
        QVERIFY(m_connection);
    }

    // On a busy machine the session may have been renewed meanwhile: each test starts connected.
    void init()
    {
        QVERIFY(testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; }));
    }

    void atRestReadsTheDiskAndTheBackupsRemote()
    {
        Stack s = stackWith(QStringLiteral("atrest"), exampleEnv(freePort(), freePort()));
        const AuditContext context = contextFor(m_connection.get(), s);
        QVERIFY2(context.hostError.isEmpty(), qPrintable(context.hostError));
        // No script: nothing is copied off the server.
        const QString script = m_dir.filePath(QStringLiteral("atrest-backup.sh"));
        AtRestAuditChecks checks(script);
        AuditCheckResults results = checks.run(context, checks.checkIds());
        QCOMPARE(results.size(), 2);
        // The data's file system as preflight's df saw it, looked up in the server's real lsblk: this
        // machine's disk has no dm-crypt layer (a container's overlay cannot be told at all).
        const AuditCheckResult &disk = results.at(0);
        QCOMPARE(disk.id, QStringLiteral("data-at-rest"));
        QVERIFY2(disk.status == AuditStatus::Warn || disk.status == AuditStatus::Unknown,
                 qPrintable(disk.evidence));
        QVERIFY2(disk.evidence.contains(context.host.diskMountPoint), qPrintable(disk.evidence));
        if (disk.status == AuditStatus::Warn)
            QVERIFY(disk.evidence.contains(QStringLiteral("no dm-crypt or LUKS layer")));
        QCOMPARE(results.at(1).status, AuditStatus::Pass);
        QVERIFY(results.at(1).evidence.contains(QStringLiteral("No backup script")));

        // A script copying off-site: its remote is looked up in root's rclone configuration.
        QVERIFY(
            writeText(script, QStringLiteral("#!/bin/sh\nBACKUP_DIR=/x\nRCLONE_REMOTE='offsite:dumps'\n")));
        results = checks.run(context, {QStringLiteral("backups-encrypted")});
        QCOMPARE(results.size(), 1);
        const AuditCheckResult &offsite = results.first();
        const bool rclone = !QStandardPaths::findExecutable(QStringLiteral("rclone")).isEmpty();
        QCOMPARE(offsite.status, AuditStatus::Unknown); // no rclone here, or no remote "offsite" in it
        QVERIFY2(offsite.evidence.contains(rclone ? QStringLiteral("no remote called offsite")
                                                  : QStringLiteral("rclone is not installed")),
                 qPrintable(offsite.evidence));
        QVERIFY(writeText(script, QStringLiteral("#!/bin/sh\nRCLONE_REMOTE=\n")));
        QCOMPARE(checks.run(context, {QStringLiteral("backups-encrypted")}).first().status,
                 AuditStatus::Pass);
    }

    void exampleEnvAndAPublicDatabasePort()
    {
        const quint16 dbPort = freePort();
        const quint16 poolerPort = freePort();
        Stack s = stackWith(QStringLiteral("example"), exampleEnv(dbPort, poolerPort));
        s.dbPort = dbPort;
        s.poolerPort = poolerPort;
        QTcpServer database;
        QVERIFY(database.listen(QHostAddress::AnyIPv4, dbPort));

        const AuditContext context = contextFor(m_connection.get(), s);
        QVERIFY2(context.hostError.isEmpty(), qPrintable(context.hostError));
        QVERIFY2(context.envError.isEmpty(), qPrintable(context.envError));
        QCOMPARE(context.envPath, s.installDir + QStringLiteral("/.env"));
        QCOMPARE(context.layout.release, ReleaseLayout::Kong);
        HostAuditChecks checks(backupSettings(QStringLiteral("example")));
        QStringList started;
        AuditContext announcing = context;
        announcing.starting = [&](const QString &id) { started << id; };
        const AuditCheckResults results = checks.run(announcing, checks.checkIds());
        QStringList ids;
        for (const AuditCheckResult &r : results)
            ids << r.id;
        QCOMPARE(ids, checks.checkIds());
        QCOMPARE(started, checks.checkIds());

        const AuditCheckResult *keys = find(results, QStringLiteral("demo-jwt-keys"));
        QCOMPARE(keys->status, AuditStatus::Fail);
        const int anonLine = EnvFile::parse(readText(s.installDir + QStringLiteral("/.env")))
                                 .lineOf(QStringLiteral("ANON_KEY"));
        QVERIFY2(keys->evidence.contains(QStringLiteral("%1/.env:%2").arg(s.installDir).arg(anonLine)),
                 qPrintable(keys->evidence));
        QCOMPARE(find(results, QStringLiteral("jwt-secret-strength"))->status, AuditStatus::Fail);

        const AuditCheckResult *db = find(results, QStringLiteral("db-port-public"));
        QVERIFY2(db->status == AuditStatus::Fail, qPrintable(db->evidence));
        QVERIFY2(db->evidence.contains(QStringLiteral("0.0.0.0:%1").arg(dbPort)), qPrintable(db->evidence));
        // Nothing listens on the pooler port; the compose file would publish it, but the stack is not
        // running: a warning that names the file and line.
        const AuditCheckResult *pooler = find(results, QStringLiteral("pooler-port-public"));
        QVERIFY2(pooler->status == AuditStatus::Warn, qPrintable(pooler->evidence));
        QVERIFY(pooler->evidence.contains(QStringLiteral("docker-compose.yml:")));

        const AuditCheckResult *disk = find(results, QStringLiteral("disk-space"));
        QVERIFY2(disk->status != AuditStatus::Unknown, qPrintable(disk->evidence));
        QCOMPARE(find(results, QStringLiteral("restore-tested"))->status, AuditStatus::Unknown);
        const AuditCheckResult *versions = find(results, QStringLiteral("versions"));
        QCOMPARE(versions->status, AuditStatus::Warn);
        QVERIFY(versions->evidence.contains(QStringLiteral("KONG_HTTP_PORT")));

        // The same port on loopback only passes.
        database.close();
        QVERIFY(database.listen(QHostAddress::LocalHost, dbPort));
        const AuditCheckResults again =
            checks.run(contextFor(m_connection.get(), s), {QStringLiteral("db-port-public")});
        QCOMPARE(again.size(), 1);
        QVERIFY2(again.first().status == AuditStatus::Pass, qPrintable(again.first().evidence));
        QVERIFY(again.first().evidence.contains(QStringLiteral("127.0.0.1:%1").arg(dbPort)));
    }

    void bothLayoutsAreReadFromTheServer()
    {
        for (const QString &layout : {QStringLiteral("kong"), QStringLiteral("envoy")}) {
            Stack s = testenv::harnessStack(layout);
            s.installDir = installDir(QStringLiteral("layout-") + layout);
            QVERIFY(QDir().mkpath(s.installDir));
            const QDir data(QStringLiteral(SUPADESK_TEST_DATA_DIR "/audit/") + layout);
            for (const QString &file : data.entryList(QDir::Files | QDir::Hidden))
                QVERIFY(QFile::copy(data.filePath(file), s.installDir + QLatin1Char('/') + file));
            const AuditContext context = contextFor(m_connection.get(), s);
            QVERIFY2(context.layoutError.isEmpty(), qPrintable(context.layoutError));
            HostAuditChecks checks(backupSettings(QStringLiteral("layout-") + layout));
            const AuditCheckResult versions = checks.run(context, {QStringLiteral("versions")}).value(0);
            if (layout == QLatin1String("kong")) {
                QCOMPARE(context.layout.release, ReleaseLayout::Kong);
                QCOMPARE(context.layout.gatewayPortVariable, QStringLiteral("KONG_HTTP_PORT"));
                QCOMPARE(context.layout.postgresMajor, 15);
                QCOMPARE(versions.status, AuditStatus::Warn);
            } else {
                QCOMPARE(context.layout.release, ReleaseLayout::Envoy);
                QCOMPARE(context.layout.gatewayService, QStringLiteral("api-gw"));
                QCOMPARE(context.layout.gatewayPort, 8080);
                QCOMPARE(context.layout.postgresMajor, 17);
                QCOMPARE(context.layout.overlays, QStringList{QStringLiteral("docker-compose.caddy.yml")});
                QCOMPARE(context.layout.availableOverlays,
                         QStringList{QStringLiteral("docker-compose.logs.yml")});
                QVERIFY2(versions.status == AuditStatus::Pass, qPrintable(versions.evidence));
            }
        }
    }

    void wizardGeneratedEnvPasses()
    {
        EnvFile env = EnvFile::parse(exampleEnv(freePort(), freePort()));
        env.set(SupabaseSecrets::generate(QDateTime::currentDateTimeUtc()));
        const Stack s = stackWith(QStringLiteral("wizard"), env.toString());
        HostAuditChecks checks(backupSettings(QStringLiteral("wizard")));
        const AuditCheckResults results =
            checks.run(contextFor(m_connection.get(), s),
                       {QStringLiteral("demo-jwt-keys"), QStringLiteral("jwt-secret-strength")});
        QCOMPARE(results.size(), 2);
        for (const AuditCheckResult &r : results)
            QVERIFY2(r.status == AuditStatus::Pass, qPrintable(r.id + QStringLiteral(": ") + r.evidence));
    }

    void missingEnvCannotBeChecked()
    {
        const Stack s = stackWith(QStringLiteral("noenv"), QString());
        const AuditContext context = contextFor(m_connection.get(), s);
        QVERIFY(context.envError.contains(QStringLiteral("There is no .env")));
        HostAuditChecks checks(backupSettings(QStringLiteral("noenv")));
        const AuditCheckResults results = checks.run(context, {QStringLiteral("demo-jwt-keys")});
        QCOMPARE(results.first().status, AuditStatus::Unknown);
        QCOMPARE(results.first().evidence, context.envError);
    }

    void backupsOldAndFresh()
    {
        const Stack s = stackWith(QStringLiteral("backups"), exampleEnv(freePort(), freePort()));
        const HostAuditSettings settings = backupSettings(QStringLiteral("backups"));
        HostAuditChecks checks(settings);
        const QStringList wanted{QStringLiteral("backups-recent")};
        // Each run starts connected: on a busy machine the session may be renewed between runs.
        const auto audit = [&] {
            testenv::waitFor([&] { return m_connection->state() == StackConnection::State::Connected; });
            return checks.run(contextFor(m_connection.get(), s), wanted);
        };

        AuditCheckResults r = audit();
        QCOMPARE(r.first().status, AuditStatus::Fail);
        QVERIFY(r.first().evidence.contains(settings.backupDir));

        QVERIFY(QDir().mkpath(settings.backupDir));
        // Dumps are dated by the stamp the backup script puts in their names, as the Backups tab
        // dates them: an old dump touched a moment ago stays old.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto stamped = [&](const QDateTime &at) {
            return QStringLiteral("postgres-%1.dump")
                .arg(at.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
        };
        const QString old = stamped(now.addDays(-3));
        touch(settings.backupDir + QLatin1Char('/') + old, QStringLiteral("3 days ago"));
        r = audit();
        QVERIFY2(r.first().status == AuditStatus::Fail, qPrintable(r.first().evidence));
        QVERIFY(r.first().evidence.contains(old));
        touch(settings.backupDir + QLatin1Char('/') + old, QStringLiteral("5 minutes ago"));
        r = audit();
        QVERIFY2(r.first().status == AuditStatus::Fail, qPrintable(r.first().evidence));

        const QDateTime freshAt = now.addSecs(-2 * 3600);
        const QString fresh = stamped(freshAt);
        touch(settings.backupDir + QLatin1Char('/') + fresh, QStringLiteral("2 hours ago"));
        QVERIFY(writeText(settings.backupLog,
                          QStringLiteral("%1 backup of postgres started\n"
                                         "%1 backup %2/%3 written: 10 bytes, 42 entries\n")
                              .arg(freshAt.toString(Qt::ISODate), settings.backupDir, fresh)));
        r = audit();
        QVERIFY2(r.first().status == AuditStatus::Pass, qPrintable(r.first().evidence));
        QVERIFY(r.first().evidence.contains(fresh));
        QVERIFY(r.first().evidence.contains(QStringLiteral("42 entries")));

        // The backup log's last run failed: a fresh dump does not hide it.
        QFile log(settings.backupLog);
        QVERIFY(log.open(QIODevice::Append));
        const QByteArray at = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8();
        log.write(at + " backup of postgres started\n" + at + " FAILED: pg_dump exited with an error\n");
        log.close();
        r = audit();
        QVERIFY2(r.first().status == AuditStatus::Fail, qPrintable(r.first().evidence));
        QVERIFY(r.first().evidence.contains(QStringLiteral("pg_dump exited with an error")));
    }

    void theInstalledScriptNamesTheBackupDirectory()
    {
        const Stack s = stackWith(QStringLiteral("script"), exampleEnv(freePort(), freePort()));
        BackupOptions options;
        options.backupDir = m_dir.filePath(QStringLiteral("script dumps"));
        options.logFile = m_dir.filePath(QStringLiteral("script.log"));
        HostAuditSettings settings = backupSettings(QStringLiteral("script"));
        settings.backupScript = m_dir.filePath(QStringLiteral("supabase-backup.sh"));
        QVERIFY(writeText(settings.backupScript, BackupScriptWriter::script(options).value()));
        QVERIFY(QDir().mkpath(options.backupDir));
        touch(options.backupDir + QStringLiteral("/postgres-fresh.dump"), QStringLiteral("1 hour ago"));
        HostAuditChecks checks(settings);
        const AuditCheckResults r =
            checks.run(contextFor(m_connection.get(), s), {QStringLiteral("backups-recent")});
        QVERIFY2(r.first().status == AuditStatus::Pass, qPrintable(r.first().evidence));
        QVERIFY(r.first().evidence.contains(options.backupDir));
    }

    void withoutSudoTheFirewallCannotBeRead()
    {
        const QString user = testenv::value("SUPADESK_TEST_SSH_NOSUDO_USER");
        if (user.isEmpty())
            QSKIP("the harness has no login without sudo (it was not started as root)");
        StackConnection::Settings settings = testenv::harnessSsh();
        settings.ssh.user = user;
        auto connection = connectWith(settings);
        QVERIFY(connection);
        Stack s = stackWith(QStringLiteral("nosudo"), QString());
        s.sshUser = user;
        HostAuditChecks checks(backupSettings(QStringLiteral("nosudo")));
        const AuditCheckResults r =
            checks.run(contextFor(connection.get(), s), {QStringLiteral("firewall-active")});
        QCOMPARE(r.first().status, AuditStatus::Unknown);
        QVERIFY2(r.first().evidence.contains(QStringLiteral("passwordless sudo")),
                 qPrintable(r.first().evidence));
    }

    void firewallOffAndOnInANamespace()
    {
        QVERIFY2(::geteuid() == 0, "network namespaces and ufw need root");
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/ufw")), "ufw is missing: apt-get install ufw");
        QTemporaryDir dir;
        UfwNamespace net;
        const QString started =
            net.start(QStringLiteral("h"), int((::getpid() + 13) % 60000), 217, dir.path());
        QVERIFY2(started.isEmpty(), qPrintable(started));
        net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});

        StackConnection::Settings settings = testenv::harnessSsh(dir.filePath(QStringLiteral("known_hosts")));
        settings.ssh.host = net.serverIp();
        settings.ssh.port = 22;
        settings.ssh.user = QStringLiteral("root");
        auto connection = connectWith(settings);
        QVERIFY(connection);
        Stack s = stackWith(QStringLiteral("netns"), exampleEnv(5432, freePort()));
        s.sshPort = 22;
        s.dbPort = 5432;
        HostAuditChecks checks(backupSettings(QStringLiteral("netns")));
        const QStringList wanted{QStringLiteral("db-port-public"), QStringLiteral("firewall-active")};

        AuditCheckResults r = checks.run(contextFor(connection.get(), s), wanted);
        QCOMPARE(r.size(), 2);
        // The namespace's own listener on every interface, seen by its ss.
        QVERIFY2(r.at(0).status == AuditStatus::Fail, qPrintable(r.at(0).evidence));
        QVERIFY(r.at(0).evidence.contains(QStringLiteral("0.0.0.0:5432")));
        QVERIFY2(r.at(1).status == AuditStatus::Fail, qPrintable(r.at(1).evidence));
        QVERIFY(r.at(1).evidence.contains(QStringLiteral("inactive")));

        net.inNs({QStringLiteral("ufw"), QStringLiteral("allow"), QStringLiteral("22/tcp")});
        net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("enable")});
        QVERIFY(net.ufwActive());
        r = checks.run(contextFor(connection.get(), s), {QStringLiteral("firewall-active")});
        net.inNs({QStringLiteral("ufw"), QStringLiteral("--force"), QStringLiteral("disable")});
        QVERIFY2(r.first().status == AuditStatus::Pass, qPrintable(r.first().evidence));
        QVERIFY(r.first().evidence.contains(QStringLiteral("22/tcp")));
    }
};

QTEST_MAIN(TestAuditHostChecks)
#include "tst_audithostchecks.moc"
