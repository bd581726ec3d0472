// SPDX-License-Identifier: GPL-3.0-or-later
// Streaming replication end to end on two PostgreSQL 15 clusters of the test's own (TCP on 127.0.0.1,
// scram passwords, wal_log_hints on): bad input refused with the primary untouched, a standby added
// through supadesk-cli and a row written on the primary read on it, promotion refused while the
// primary answers and done after fencing it, the old primary re-joined with pg_rewind and streaming;
// then one more standby of the new primary with every host command over the harness's SSH login.
#include "core/replication/replicarules.h"
#include "db/databasestatsreader.h"
#include "db/pgconninfo.h"
#include "gui/dashboard/standbytable.h"
#include "gui/replication/failoverdialog.h"
#include "harness/harnessstack.h"
#include "services/replication/hostcommandrunner.h"
#include "services/replication/replicafailover.h"
#include "services/replication/replicasetup.h"
#include "services/secretstore.h"
#include "services/stackconnection.h"
#include "setup/scratchpostgres.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTcpServer>
#include <QtTest>

using namespace supadesk;

namespace {

const QString kPassword = QStringLiteral("Scratch0Superuser");

int freePort(int avoid = 0)
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0) && server.serverPort() != avoid)
            return server.serverPort();
    }
    return 0;
}

// Runs a psql command against one port through the shared socket directory.
ScratchPostgres::Run psqlAt(const QString &socketDir, int port, const QString &sql)
{
    return ScratchPostgres::run(
        ScratchPostgres::bin(QStringLiteral("psql")),
        {QStringLiteral("-h"), socketDir, QStringLiteral("-p"), QString::number(port), QStringLiteral("-U"),
         QStringLiteral("postgres"), QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"),
         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql, QStringLiteral("postgres")});
}

struct Cli
{
    int code = -1;
    QJsonObject json;
    QString err;
};

Cli cli(const QStringList &args, const QString &profileDir = QString(), int timeoutMs = 240000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!profileDir.isEmpty()) { // a profile of the test's own: its stack entries and known_hosts
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), profileDir + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), profileDir + QStringLiteral("/data"));
    }
    env.insert(QStringLiteral("PGPASSWORD"), kPassword); // the superuser's, never on a command line
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    const QStringList command =
        args.value(0) == QLatin1String("stacks")
            ? args
            : QStringList{QStringLiteral("replica")} + args + QStringList{QStringLiteral("--json")};
    p.start(QStringLiteral(SUPADESK_CLI_PATH), command);
    p.waitForFinished(timeoutMs);
    Cli r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QJsonDocument doc = QJsonDocument::fromJson(p.readAllStandardOutput());
    r.json = doc.isArray() ? QJsonObject{{QStringLiteral("list"), doc.array()}} : doc.object();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestReplication : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_primaryPort = 0;
    int m_standbyPort = 0;
    int m_thirdPort = 0;
    int m_fourthPort = 0;

    QString primaryData() const { return m_dir.path() + QStringLiteral("/primary"); }
    QString standbyData() const { return m_dir.path() + QStringLiteral("/standby"); }
    QString thirdData() const { return m_dir.path() + QStringLiteral("/third"); }
    QString fourthData() const { return m_dir.path() + QStringLiteral("/fourth"); }
    QString profile() const { return m_dir.path() + QStringLiteral("/profile"); }

    // A stack entry on the harness's SSH login whose database is the cluster on `port`.
    Cli addStack(const QString &name, int port)
    {
        return cli({QStringLiteral("stacks"), QStringLiteral("add"), QStringLiteral("--name"), name,
                    QStringLiteral("--host"), testenv::value("SUPADESK_TEST_SSH_HOST"),
                    QStringLiteral("--port"), testenv::value("SUPADESK_TEST_SSH_PORT"),
                    QStringLiteral("--user"), testenv::value("SUPADESK_TEST_SSH_USER"),
                    QStringLiteral("--auth"), QStringLiteral("key"), QStringLiteral("--identity"),
                    testenv::value("SUPADESK_TEST_SSH_KEY"), QStringLiteral("--db-host"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--db-port"), QString::number(port)},
                   profile());
    }
    QStringList stackArgs(const QString &action) const
    {
        return {action,
                QStringLiteral("--stack"),
                QStringLiteral("main"),
                QStringLiteral("--standby"),
                QStringLiteral("spare"),
                QStringLiteral("--known-hosts"),
                testenv::value("SUPADESK_TEST_SSH_KNOWN_HOSTS"),
                QStringLiteral("--role"),
                QStringLiteral("replicator_stack")};
    }
    QString sockets() const { return m_dir.path(); }
    QString dsn(int port) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/postgres").arg(port);
    }

    ScratchPostgres::Run pgctl(const QString &data, const QString &action)
    {
        QStringList args{QStringLiteral("-D"), data, QStringLiteral("-w"), QStringLiteral("-t"),
                         QStringLiteral("60")};
        if (action == QLatin1String("start"))
            args << QStringLiteral("-l") << data + QStringLiteral(".log");
        if (action == QLatin1String("stop"))
            args << QStringLiteral("-m") << QStringLiteral("fast");
        args << action;
        return ScratchPostgres::run(ScratchPostgres::bin(QStringLiteral("pg_ctl")), args);
    }

    void stopIfRunning(const QString &data)
    {
        if (QFile::exists(data + QStringLiteral("/postmaster.pid")))
            ScratchPostgres::run(ScratchPostgres::bin(QStringLiteral("pg_ctl")),
                                 {QStringLiteral("-D"), data, QStringLiteral("-m"),
                                  QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
    }

    ReplicaSetupRequest request(HostCommandRunner &local, const QString &slot)
    {
        ReplicaSetupRequest r;
        PostgresDsn primary = PgConnInfo::parse(dsn(m_primaryPort)).value();
        primary.password = kPassword;
        r.primaryDsn = primary;
        r.standbyDsn = primary;
        r.standbyDsn.port = m_standbyPort;
        r.primaryHost = &local;
        r.standbyHost = &local;
        r.options.primaryHost = QStringLiteral("127.0.0.1");
        r.options.primaryPort = m_primaryPort;
        r.options.standbyAddress = QStringLiteral("127.0.0.1");
        r.options.standbyDataDir = standbyData();
        r.options.standbyPort = m_standbyPort;
        r.options.slot = slot;
        r.verifyTimeoutSeconds = 20;
        return r;
    }

    QByteArray hba() const
    {
        QFile f(primaryData() + QStringLiteral("/pg_hba.conf"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }

    QString primaryState()
    {
        return psqlAt(
                   sockets(), m_primaryPort,
                   QStringLiteral("SELECT (SELECT string_agg(slot_name, ',' ORDER BY slot_name) FROM "
                                  "pg_replication_slots) || '|' || (SELECT string_agg(rolname, ',' ORDER BY "
                                  "rolname) FROM pg_roles WHERE rolreplication)"))
            .out.trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ScratchPostgres::handOver(m_dir.path());
        m_primaryPort = freePort();
        m_standbyPort = freePort(m_primaryPort);
        QVERIFY(m_primaryPort > 0 && m_standbyPort > 0);
        QFile pw(m_dir.path() + QStringLiteral("/pw"));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write(kPassword.toUtf8());
        pw.close();
        ScratchPostgres::handOver(pw.fileName());
        const auto init = ScratchPostgres::run(
            ScratchPostgres::bin(QStringLiteral("initdb")),
            {QStringLiteral("-D"), primaryData(), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
             QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("-E"), QStringLiteral("UTF8"),
             QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        QFile conf(primaryData() + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write(
            QStringLiteral("listen_addresses = '127.0.0.1'\nport = %1\nunix_socket_directories = '%2'\n"
                           "wal_level = replica\nwal_log_hints = on\nmax_wal_senders = 5\n"
                           "fsync = off\nhot_standby = on\nlog_statement = 'ddl'\n")
                .arg(m_primaryPort)
                .arg(sockets())
                .toUtf8());
        conf.close();
        const auto started = pgctl(primaryData(), QStringLiteral("start"));
        QVERIFY2(started.code == 0, qPrintable(started.err + started.out));
    }

    void cleanupTestCase()
    {
        // Whatever happened, neither cluster outlives the test.
        stopIfRunning(fourthData());
        stopIfRunning(thirdData());
        stopIfRunning(standbyData());
        stopIfRunning(primaryData());
    }

    void notEmptyRefusedBeforeAnyChange()
    {
        QDir().mkpath(standbyData());
        QFile stray(standbyData() + QStringLiteral("/PG_VERSION"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        const QString before = primaryState();
        const QByteArray hbaBefore = hba();
        LocalCommandRunner local;
        ReplicaSetup setup;
        const ReplicaSetupOutcome out = setup.run(request(local, QStringLiteral("supadesk_standby")));
        QVERIFY2(out.error.code == QStringLiteral("replica.notempty"), qPrintable(out.error.message));
        QCOMPARE(primaryState(), before);
        QCOMPARE(hba(), hbaBefore);
        QVERIFY(QDir(standbyData()).removeRecursively());
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(cli({}).code, 2);
        QCOMPARE(cli({QStringLiteral("frob")}).code, 2);
        QCOMPARE(cli({QStringLiteral("add")}).code, 2);
        QCOMPARE(cli({QStringLiteral("add"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort),
                      QStringLiteral("--standby-data-dir"), standbyData(), QStringLiteral("--standby-port"),
                      QStringLiteral("70000")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("rejoin"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort)}).code,
                 2);
    }

    void noNetworkPathRefused()
    {
        const QString before = primaryState();
        LocalCommandRunner local;
        ReplicaSetup setup;
        ReplicaSetupRequest r = request(local, QStringLiteral("supadesk_standby"));
        r.options.primaryPort = freePort(m_primaryPort); // nothing listens there
        const ReplicaSetupOutcome out = setup.run(r);
        QVERIFY2(out.error.code == QStringLiteral("replica.network"), qPrintable(out.error.message));
        QCOMPARE(primaryState(), before);
        QVERIFY(!QFileInfo::exists(standbyData()));
    }

    void existingSlotRefused()
    {
        QCOMPARE(psqlAt(sockets(), m_primaryPort,
                        QStringLiteral("SELECT 1 FROM pg_create_physical_replication_slot('supadesk_taken')"))
                     .code,
                 0);
        const QString before = primaryState();
        const QByteArray hbaBefore = hba();
        LocalCommandRunner local;
        ReplicaSetup setup;
        const ReplicaSetupOutcome out = setup.run(request(local, QStringLiteral("supadesk_taken")));
        QVERIFY2(out.error.code == QStringLiteral("replica.slot"), qPrintable(out.error.message));
        QCOMPARE(primaryState(), before);
        QCOMPARE(hba(), hbaBefore);
        QVERIFY(!QFileInfo::exists(standbyData()));
        psqlAt(sockets(), m_primaryPort, QStringLiteral("SELECT pg_drop_replication_slot('supadesk_taken')"));
    }

    void wrongPasswordRolledBack()
    {
        QCOMPARE(psqlAt(sockets(), m_primaryPort,
                        QStringLiteral("CREATE ROLE other_replicator REPLICATION LOGIN PASSWORD 'RightOne1'"))
                     .code,
                 0);
        const QString before = primaryState();
        const QByteArray hbaBefore = hba();
        LocalCommandRunner local;
        ReplicaSetup setup;
        ReplicaSetupRequest r = request(local, QStringLiteral("supadesk_wrong"));
        r.options.role = QStringLiteral("other_replicator");
        r.password = QStringLiteral("WrongOne1");
        QList<ApplyStepStatus> seen;
        connect(&setup, &ReplicaSetup::stepFinished, this,
                [&](int, ApplyStepStatus status, const QString &) { seen.append(status); });
        const ReplicaSetupOutcome out = setup.run(r);
        QVERIFY2(out.error.code == QStringLiteral("replica.auth"), qPrintable(out.error.message));
        QVERIFY(out.report.indexesWith(ApplyStepStatus::RolledBack).size() >= 2); // slot and pg_hba.conf
        QVERIFY(out.report.indexesWith(ApplyStepStatus::RollbackFailed).isEmpty());
        QVERIFY(seen.contains(ApplyStepStatus::Failed));
        QCOMPARE(primaryState(), before);
        QCOMPARE(hba(), hbaBefore);
        QVERIFY(!QFileInfo::exists(standbyData()));
        psqlAt(sockets(), m_primaryPort, QStringLiteral("DROP ROLE other_replicator"));
    }

    void dryRunChangesNothing()
    {
        const QString before = primaryState();
        const QByteArray hbaBefore = hba();
        const Cli dry =
            cli({QStringLiteral("add"), QStringLiteral("--dry-run"), QStringLiteral("--primary-dsn"),
                 dsn(m_primaryPort), QStringLiteral("--standby-data-dir"), standbyData(),
                 QStringLiteral("--standby-port"), QString::number(m_standbyPort)});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        const QJsonArray steps = dry.json.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 7);
        for (const QJsonValue &step : steps)
            QCOMPARE(step.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("previewed"));
        QVERIFY(dry.err.contains(QStringLiteral("pg_basebackup")));
        QCOMPARE(primaryState(), before);
        QCOMPARE(hba(), hbaBefore);
        QVERIFY(!QFileInfo::exists(standbyData()));
    }

    void addStandbyAndReadItsData()
    {
        const Cli add = cli({QStringLiteral("add"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort),
                             QStringLiteral("--standby-data-dir"), standbyData(),
                             QStringLiteral("--standby-port"), QString::number(m_standbyPort)});
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QCOMPARE(add.json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(add.json.value(QStringLiteral("slot")).toString(), QStringLiteral("supadesk_standby"));
        QVERIFY(!add.err.contains(QStringLiteral("PASSWORD '"))); // the plan shows no secret
        // The standby was given the password through pg_basebackup -R, in a file only postgres reads.
        const QFileInfo autoConf(standbyData() + QStringLiteral("/postgresql.auto.conf"));
        QCOMPARE(autoConf.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFileDevice::Permissions());
        QVERIFY(hba().contains("host replication replicator 127.0.0.1/32 scram-sha-256"));
        // The primary (and its log) saw the role's SCRAM verifier, not the password.
        QFile log(primaryData() + QStringLiteral(".log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray logged = log.readAll();
        const qsizetype created =
            logged.indexOf("CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD 'SCRAM-SHA-256$");
        QVERIFY2(created >= 0, logged.right(2000).constData());

        QCOMPARE(psqlAt(sockets(), m_primaryPort,
                        QStringLiteral("CREATE TABLE t(v text); INSERT INTO t VALUES ('from the primary')"))
                     .code,
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            psqlAt(sockets(), m_standbyPort, QStringLiteral("SELECT v FROM t")).out.trimmed(),
            QStringLiteral("from the primary"), 20000);
        const Cli status = cli({QStringLiteral("status"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort),
                                QStringLiteral("--standby-port"), QString::number(m_standbyPort)});
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(status.json.value(QStringLiteral("standby"))
                     .toObject()
                     .value(QStringLiteral("receiver_status"))
                     .toString(),
                 QStringLiteral("streaming"));
        const auto senders = status.json.value(QStringLiteral("senders")).toArray();
        QCOMPARE(senders.size(), 1);
        QCOMPARE(senders.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("streaming"));
        QCOMPARE(senders.first().toObject().value(QStringLiteral("slot")).toString(),
                 QStringLiteral("supadesk_standby"));
    }

    void promoteRefusedWhilePrimaryAnswers()
    {
        const Cli refused =
            cli({QStringLiteral("promote"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort),
                 QStringLiteral("--standby-port"), QString::number(m_standbyPort)});
        QVERIFY2(refused.code == 1, qPrintable(refused.err));
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("replica.promote.refused"));
        QCOMPARE(psqlAt(sockets(), m_standbyPort, QStringLiteral("SELECT pg_is_in_recovery()")).out.trimmed(),
                 QStringLiteral("t"));
        QCOMPARE(psqlAt(sockets(), m_primaryPort, QStringLiteral("SELECT 1")).out.trimmed(),
                 QStringLiteral("1"));
    }

    void promoteAfterFencing()
    {
        const Cli promoted =
            cli({QStringLiteral("promote"), QStringLiteral("--primary-dsn"), dsn(m_primaryPort),
                 QStringLiteral("--standby-port"), QString::number(m_standbyPort),
                 QStringLiteral("--confirm"), QStringLiteral("127.0.0.1:%1").arg(m_primaryPort),
                 QStringLiteral("--primary-data-dir"), primaryData()});
        QVERIFY2(promoted.code == 0, qPrintable(promoted.err));
        QVERIFY(!QFile::exists(primaryData() + QStringLiteral("/postmaster.pid"))); // fenced
        const auto written = psqlAt(sockets(), m_standbyPort,
                                    QStringLiteral("INSERT INTO t VALUES ('after failover') "
                                                   "RETURNING v"));
        QVERIFY2(written.code == 0, qPrintable(written.err));
        QCOMPARE(written.out.trimmed().split(QLatin1Char('\n')).first(), QStringLiteral("after failover"));
    }

    void rejoinOldPrimary()
    {
        const Cli rejoined = cli({QStringLiteral("rejoin"), QStringLiteral("--primary-dsn"),
                                  dsn(m_standbyPort), QStringLiteral("--old-data-dir"), primaryData(),
                                  QStringLiteral("--old-port"), QString::number(m_primaryPort),
                                  QStringLiteral("--slot"), QStringLiteral("supadesk_old_primary")});
        QVERIFY2(rejoined.code == 0, qPrintable(rejoined.err));
        QCOMPARE(psqlAt(sockets(), m_primaryPort, QStringLiteral("SELECT pg_is_in_recovery()")).out.trimmed(),
                 QStringLiteral("t"));
        QCOMPARE(
            psqlAt(sockets(), m_standbyPort, QStringLiteral("INSERT INTO t VALUES ('after rejoin')")).code,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(psqlAt(sockets(), m_primaryPort,
                                         QStringLiteral("SELECT count(*) FROM t WHERE v = 'after rejoin'"))
                                      .out.trimmed(),
                                  QStringLiteral("1"), 20000);
        QCOMPARE(psqlAt(sockets(), m_standbyPort,
                        QStringLiteral("SELECT state FROM pg_stat_replication WHERE application_name = "
                                       "'supadesk_old_primary'"))
                     .out.trimmed(),
                 QStringLiteral("streaming"));
        // No slot is left over: the old primary's own (kept through pg_rewind) is gone, and the new
        // primary has the one slot the old primary streams on.
        QCOMPARE(psqlAt(sockets(), m_primaryPort, QStringLiteral("SELECT count(*) FROM pg_replication_slots"))
                     .out.trimmed(),
                 QStringLiteral("0"));
        QCOMPARE(psqlAt(sockets(), m_standbyPort,
                        QStringLiteral("SELECT string_agg(slot_name, ',') FROM pg_replication_slots"))
                     .out.trimmed(),
                 QStringLiteral("supadesk_old_primary"));
        QVERIFY2(rejoined.err.contains(QStringLiteral("supadesk_standby")), qPrintable(rejoined.err));
    }

    void rejoinNeedsWalLogHints()
    {
        // A stopped cluster without wal_log_hints or checksums cannot be rewound: said before any change.
        const QString plain = m_dir.path() + QStringLiteral("/plain");
        const auto init = ScratchPostgres::run(ScratchPostgres::bin(QStringLiteral("initdb")),
                                               {QStringLiteral("-D"), plain, QStringLiteral("-U"),
                                                QStringLiteral("postgres"), QStringLiteral("--no-sync")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        const QString slotsBefore =
            psqlAt(sockets(), m_standbyPort,
                   QStringLiteral("SELECT string_agg(slot_name, ',') FROM pg_replication_slots"))
                .out;
        LocalCommandRunner local;
        ReplicaRejoinRequest r;
        r.newPrimaryDsn = PgConnInfo::parse(dsn(m_standbyPort)).value();
        r.newPrimaryDsn.password = kPassword;
        r.newPrimaryHost = &local;
        r.oldPrimaryHost = &local;
        r.oldDataDir = plain;
        r.oldPort = freePort(m_standbyPort);
        r.primaryHost = QStringLiteral("127.0.0.1");
        r.primaryPort = m_standbyPort;
        r.oldAddress = QStringLiteral("127.0.0.1");
        r.slot = QStringLiteral("supadesk_plain");
        const Status done = ReplicaRejoin::run(r);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().code, QStringLiteral("replica.rejoin"));
        QVERIFY2(done.error().message.contains(QStringLiteral("wal_log_hints")),
                 qPrintable(done.error().message));
        QCOMPARE(psqlAt(sockets(), m_standbyPort,
                        QStringLiteral("SELECT string_agg(slot_name, ',') FROM pg_replication_slots"))
                     .out,
                 slotsBefore);
    }

    void addStandbyOverSsh()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        StackConnection connection(testenv::harnessSsh());
        QVERIFY(connection.connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(connection.state() == StackConnection::State::Connected ||
                                     connection.state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(connection.state() == StackConnection::State::Connected, qPrintable(connection.reason()));
        SshCommandRunner ssh(&connection);
        const auto who = ssh.run(QStringLiteral("id -un; printf %s \"$PGPASSWORD\""), {},
                                 {{QStringLiteral("PGPASSWORD"), QStringLiteral("given on stdin")}});
        QVERIFY(who.ok());
        QCOMPARE(QString::fromUtf8(who.value().standardOutput), QStringLiteral("postgres\ngiven on stdin"));

        // The promoted standby is the primary now; the new standby's commands and the primary's
        // pg_hba.conf all go through the SSH login.
        m_thirdPort = freePort(m_standbyPort);
        ReplicaSetupRequest r = request(ssh, QStringLiteral("supadesk_third"));
        r.primaryDsn.port = m_standbyPort;
        r.options.primaryPort = m_standbyPort;
        r.standbyDsn.port = m_thirdPort;
        r.options.standbyPort = m_thirdPort;
        r.options.standbyDataDir = thirdData();
        r.options.role = QStringLiteral("replicator_ssh");
        r.options.synchronous = true; // commits on the new primary now wait for this standby
        ReplicaSetup setup;
        const ReplicaSetupOutcome out = setup.run(r);
        QVERIFY2(out.ok(), qPrintable(out.error.message));
        QFile hbaFile(standbyData() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hbaFile.open(QIODevice::ReadOnly));
        QVERIFY(hbaFile.readAll().contains("host replication replicator_ssh 127.0.0.1/32 scram-sha-256"));
        QCOMPARE(psqlAt(sockets(), m_thirdPort, QStringLiteral("SELECT count(*) FROM t")).out.trimmed(),
                 QStringLiteral("3"));
        QCOMPARE(psqlAt(sockets(), m_standbyPort,
                        QStringLiteral("SELECT sync_state FROM pg_stat_replication WHERE application_name = "
                                       "'supadesk_third'"))
                     .out.trimmed(),
                 QStringLiteral("sync"));
    }

    // The stack-to-stack form: two stack entries, each with its own SSH endpoint (here both the
    // harness's login), the primary being the promoted standby of the tests above.
    void stackFormRefusesADirectoryInUse()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        m_fourthPort = freePort(m_thirdPort);
        const Cli addedMain = addStack(QStringLiteral("main"), m_standbyPort);
        QVERIFY2(addedMain.code == 0, qPrintable(addedMain.err));
        const Cli addedSpare = addStack(QStringLiteral("spare"), m_fourthPort);
        QVERIFY2(addedSpare.code == 0, qPrintable(addedSpare.err));
        QDir().mkpath(fourthData());
        QFile stray(fourthData() + QStringLiteral("/PG_VERSION"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        ScratchPostgres::handOver(fourthData());
        const QString slotsBefore =
            psqlAt(sockets(), m_standbyPort,
                   QStringLiteral(
                       "SELECT string_agg(slot_name, ',' ORDER BY slot_name) FROM pg_replication_slots"))
                .out;
        const Cli refused = cli(stackArgs(QStringLiteral("add")) +
                                    QStringList{QStringLiteral("--standby-data-dir"), fourthData()},
                                profile());
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(), QStringLiteral("replica.notempty"));
        QCOMPARE(psqlAt(sockets(), m_standbyPort,
                        QStringLiteral(
                            "SELECT string_agg(slot_name, ',' ORDER BY slot_name) FROM pg_replication_slots"))
                     .out,
                 slotsBefore);
        QVERIFY(QDir(fourthData()).removeRecursively());
    }

    void stackFormAddsAStandby()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        const Cli dry =
            cli(stackArgs(QStringLiteral("add")) + QStringList{QStringLiteral("--standby-data-dir"),
                                                               fourthData(), QStringLiteral("--dry-run")},
                profile());
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        // The standby's address is what the primary sees it come from: its route's source address.
        QCOMPARE(dry.json.value(QStringLiteral("standby_address")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY2(
            dry.err.contains(
                QStringLiteral("ufw allow proto tcp from '127.0.0.1' to any port %1").arg(m_standbyPort)),
            qPrintable(dry.err));
        QVERIFY(!QFileInfo::exists(fourthData()));

        const Cli add = cli(stackArgs(QStringLiteral("add")) +
                                QStringList{QStringLiteral("--standby-data-dir"), fourthData()},
                            profile());
        QVERIFY2(add.code == 0, qPrintable(add.err + QString::fromUtf8(QJsonDocument(add.json).toJson())));
        QCOMPARE(add.json.value(QStringLiteral("slot")).toString(), QStringLiteral("supadesk_spare"));
        QCOMPARE(add.json.value(QStringLiteral("password_in_keychain")).toBool(), true);
        const QJsonArray steps = add.json.value(QStringLiteral("steps")).toArray();
        QStringList ids;
        for (const QJsonValue &step : steps)
            ids << step.toObject().value(QStringLiteral("id")).toString();
        QVERIFY2(ids.contains(QStringLiteral("firewall")), qPrintable(ids.join(QLatin1Char(','))));
        // On this machine ufw is off and there is no Docker: the step says so and opens nothing.
        QVERIFY2(add.err.contains(QStringLiteral("ufw is not active")) ||
                     add.err.contains(QStringLiteral("firewall")),
                 qPrintable(add.err));
        QCOMPARE(
            psqlAt(sockets(), m_standbyPort, QStringLiteral("INSERT INTO t VALUES ('to the spare')")).code,
            0);
        QTRY_COMPARE_WITH_TIMEOUT(
            psqlAt(sockets(), m_fourthPort, QStringLiteral("SELECT count(*) FROM t WHERE v = 'to the spare'"))
                .out.trimmed(),
            QStringLiteral("1"), 20000);

        // The role the tests above made has a password the keychain now keeps under the primary.
        const Cli stacks =
            cli({QStringLiteral("stacks"), QStringLiteral("list"), QStringLiteral("--json")}, profile());
        QString mainId;
        for (const QJsonValue &v : stacks.json.value(QStringLiteral("list")).toArray())
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("main"))
                mainId = v.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!mainId.isEmpty());
        const Result<QString> kept =
            SecretStore(QStringLiteral("Supadesk")).readNow(mainId, SecretStore::ReplicationPassword);
        QVERIFY2(kept.ok() && kept.value().size() >= 24,
                 kept.ok() ? "too short" : qPrintable(kept.error().message));
        QFile conf(fourthData() + QStringLiteral("/postgresql.auto.conf"));
        QVERIFY(conf.open(QIODevice::ReadOnly));
        QVERIFY(conf.readAll().contains("password=" + kept.value().toUtf8()));
        QVERIFY(!add.err.contains(kept.value()) &&
                !QJsonDocument(add.json).toJson().contains(kept.value().toUtf8()));

        const Cli status = cli(stackArgs(QStringLiteral("status")), profile());
        QVERIFY2(status.code == 0, qPrintable(status.err));
        QCOMPARE(status.json.value(QStringLiteral("standby"))
                     .toObject()
                     .value(QStringLiteral("receiver_status"))
                     .toString(),
                 QStringLiteral("streaming"));
    }

    // The Dashboard's standby table fed by the sampler's own statement: on the primary each standby
    // with its slot's retained WAL; on a standby, a row for itself with its receiver and the time
    // since its last replayed transaction.
    void dashboardStandbyColumns()
    {
        PostgresDsn primary = PgConnInfo::parse(dsn(m_standbyPort)).value();
        primary.password = kPassword;
        PostgresDsn spare = primary;
        spare.port = m_fourthPort;
        QCOMPARE(psqlAt(sockets(), m_standbyPort, QStringLiteral("INSERT INTO t VALUES ('replayed')")).code,
                 0);
        DatabaseStatsReader onPrimary(primary);
        QVERIFY(onPrimary.open().ok());
        const Result<StatsSample> p = onPrimary.sample();
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        StandbyTable table;
        table.setSample(p.value(), QStringLiteral("postgres"));
        QTableWidget *t = table.table();
        int row = -1;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, StandbyTable::Application)->text() == QLatin1String("supadesk_spare"))
                row = r;
        QVERIFY(row >= 0);
        QVERIFY(t->item(row, StandbyTable::SlotRetained)->data(Qt::UserRole).toLongLong() >= 0);
        QVERIFY(t->item(row, StandbyTable::SlotRetained)->data(Qt::UserRole).isValid());
        QVERIFY(
            t->item(row, StandbyTable::SlotRetained)->toolTip().contains(QStringLiteral("supadesk_spare")));
        QCOMPARE(t->item(row, StandbyTable::State)->text(), QStringLiteral("streaming"));

        DatabaseStatsReader onStandby(spare);
        QVERIFY(onStandby.open().ok());
        StatsSample s;
        QTRY_VERIFY_WITH_TIMEOUT((s = onStandby.sample().value()).secondsSinceReplay.has_value(), 10000);
        QVERIFY(s.inRecovery);
        QCOMPARE(s.receiverStatus, QStringLiteral("streaming"));
        QCOMPARE(s.receiverSlot, QStringLiteral("supadesk_spare"));
        QVERIFY(*s.secondsSinceReplay >= 0 && *s.secondsSinceReplay < 60);
        table.setSample(s, QStringLiteral("postgres"));
        const int self = t->rowCount() - 1;
        QCOMPARE(t->item(self, StandbyTable::State)->text(), QStringLiteral("streaming"));
        QCOMPARE(t->item(self, StandbyTable::SlotRetained)->text(), QStringLiteral("supadesk_spare"));
        QVERIFY(t->item(self, StandbyTable::SinceReplay)->data(Qt::UserRole + 1).isValid());
    }

    void stackFormPromotesAfterTypedName()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        const Cli refused = cli(stackArgs(QStringLiteral("promote")), profile());
        QCOMPARE(refused.code, 1);
        QCOMPARE(refused.json.value(QStringLiteral("error")).toString(),
                 QStringLiteral("replica.promote.refused"));
        const Cli wrongName = cli(stackArgs(QStringLiteral("promote")) +
                                      QStringList{QStringLiteral("--confirm"), QStringLiteral("spare")},
                                  profile());
        QCOMPARE(wrongName.code, 1);
        QCOMPARE(psqlAt(sockets(), m_fourthPort, QStringLiteral("SELECT pg_is_in_recovery()")).out.trimmed(),
                 QStringLiteral("t"));

        // The Fail over dialog on the real pair (the same service as the CLI's promote): the standby is
        // one, the primary answers from here and from the standby's host, so the stack's name must be
        // typed; with it, the primary is fenced (stopped over SSH) and the spare promoted.
        Stack main;
        main.id = QStringLiteral("id-main");
        main.name = QStringLiteral("main");
        main.sshHost = testenv::value("SUPADESK_TEST_SSH_HOST");
        main.dbHost = QStringLiteral("127.0.0.1");
        main.dbPort = m_standbyPort;
        main.dbUser = QStringLiteral("postgres");
        // The stack's services on main's server: a compose folder whose .env points at main's database,
        // restarted by a `docker` stand-in that records where and how it ran (no Docker engine here).
        main.installDir = m_dir.path() + QStringLiteral("/stack-main");
        const QByteArray env = "POSTGRES_HOST=127.0.0.1\nPOSTGRES_PORT=" + QByteArray::number(m_standbyPort) +
                               "\nPOSTGRES_PASSWORD=stays\n";
        QVERIFY(QDir().mkpath(main.installDir));
        QFile envFile(main.installDir + QStringLiteral("/.env"));
        QVERIFY(envFile.open(QIODevice::WriteOnly) && envFile.write(env) == env.size());
        envFile.close();
        const QString docker = m_dir.path() + QStringLiteral("/bin/docker");
        QVERIFY(QDir().mkpath(m_dir.path() + QStringLiteral("/bin")));
        QFile stand(docker);
        QVERIFY(stand.open(QIODevice::WriteOnly));
        stand.write("#!/bin/sh\nprintf '%s|%s\\n' \"$(pwd)\" \"$*\" >>\"$0.log\"\n");
        stand.close();
        QVERIFY(
            stand.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        Stack spare = main;
        spare.id = QStringLiteral("id-spare");
        spare.name = QStringLiteral("spare");
        spare.dbPort = m_fourthPort;
        auto settings = [](const Stack &stack) {
            StackConnection::Settings s = StackConnection::settingsFor(stack);
            s.ssh = testenv::harnessSsh().ssh;
            return s;
        };
        FailoverDialog dialog(main, StackList{main, spare}, settings, kPassword);
        // The CLI's history of this profile, so `replica history` lists the dialog's failover too.
        dialog.setHistoryFile(profile() + QStringLiteral("/data/supadesk/failovers.json"));
        dialog.setComposeCommand(docker + QStringLiteral(" compose"));
        QSignalSpy repointed(&dialog, &FailoverDialog::stackRepointed);
        dialog.check();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.isChecked(), qPrintable(dialog.statusText() + dialog.logText()));
        QVERIFY(dialog.lastCheck()->standbyInRecovery);
        QVERIFY(dialog.lastCheck()->primaryFromDesktop);
        QVERIFY(dialog.lastCheck()->primaryFromStandby);
        auto *promote = dialog.findChild<QPushButton *>(QStringLiteral("promoteButton"));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("confirmation"));
        QVERIFY(!promote->isEnabled());
        name->setText(QStringLiteral("spare"));
        QVERIFY(!promote->isEnabled());
        dialog.promote();
        QVERIFY(!dialog.isRunning());
        QVERIFY2(dialog.statusText().startsWith(QStringLiteral("Refused")), qPrintable(dialog.statusText()));
        QCOMPARE(psqlAt(sockets(), m_fourthPort, QStringLiteral("SELECT pg_is_in_recovery()")).out.trimmed(),
                 QStringLiteral("t"));
        name->setText(QStringLiteral("main"));
        QVERIFY2(promote->isEnabled(), qPrintable(dialog.statusText()));
        QSignalSpy finished(&dialog, &FailoverDialog::promoteFinished);
        dialog.promote();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 240000);
        QVERIFY2(finished.first().first().toBool(), qPrintable(dialog.statusText() + dialog.logText()));
        QVERIFY2(dialog.logText().contains(QStringLiteral("Fencing the old primary")),
                 qPrintable(dialog.logText()));
        QVERIFY(!QFile::exists(standbyData() + QStringLiteral("/postmaster.pid")));
        QCOMPARE(
            psqlAt(sockets(), m_fourthPort, QStringLiteral("INSERT INTO t VALUES ('on the spare')")).code, 0);

        // The services follow: .env changed with its copy kept, compose run in the stack's folder, the
        // stack entry pointing at the new primary.
        QVERIFY(envFile.open(QIODevice::ReadOnly));
        const QByteArray changed = envFile.readAll();
        envFile.close();
        QVERIFY2(changed.contains("POSTGRES_PORT=" + QByteArray::number(m_fourthPort) + "\n"),
                 changed.constData());
        QVERIFY(changed.contains("POSTGRES_PASSWORD=stays\n"));
        const QStringList backups =
            QDir(main.installDir)
                .entryList({QStringLiteral(".env.supadesk-failover-*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(backups.size(), 1);
        QFile backup(main.installDir + QLatin1Char('/') + backups.first());
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), env);
        QFile restarts(docker + QStringLiteral(".log"));
        QVERIFY(restarts.open(QIODevice::ReadOnly));
        QCOMPARE(restarts.readAll().trimmed(), (main.installDir + QStringLiteral("|compose up -d")).toUtf8());
        QCOMPARE(repointed.count(), 1);
        const Stack moved = repointed.first().first().value<Stack>();
        QCOMPARE(moved.id, main.id);
        QCOMPARE(moved.dbPort, m_fourthPort);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("services use it")),
                 qPrintable(dialog.statusText()));

        // The failover recorded: the CLI's two refusals and the dialog's promotion, with its checks.
        const Cli history =
            cli({QStringLiteral("history"), QStringLiteral("--stack"), QStringLiteral("main")}, profile());
        QVERIFY2(history.code == 0, qPrintable(history.err));
        const QJsonArray records = history.json.value(QStringLiteral("list")).toArray();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("promoted")).toBool(), false);
        const QJsonObject done = records.at(2).toObject();
        QCOMPARE(done.value(QStringLiteral("promoted")).toBool(), true);
        QCOMPARE(done.value(QStringLiteral("fenced")).toBool(), true);
        QCOMPARE(done.value(QStringLiteral("repoint")).toString(), QStringLiteral("done"));
        QCOMPARE(done.value(QStringLiteral("stack")).toString(), QStringLiteral("main"));
        QCOMPARE(done.value(QStringLiteral("standby")).toString(), QStringLiteral("spare"));
        QCOMPARE(done.value(QStringLiteral("new_primary")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_fourthPort));
        QCOMPARE(done.value(QStringLiteral("old_primary")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_standbyPort));
        QVERIFY(done.value(QStringLiteral("checks"))
                    .toObject()
                    .value(QStringLiteral("primary_answered_from_desktop"))
                    .toBool());
        QVERIFY(done.value(QStringLiteral("lag_bytes")).isDouble());
        QVERIFY(!done.value(QStringLiteral("user")).toString().isEmpty());
        QVERIFY(dialog.historyLines().first().contains(QStringLiteral("main → spare")));
    }
};

QTEST_MAIN(TestReplication)
#include "tst_replication.moc"
