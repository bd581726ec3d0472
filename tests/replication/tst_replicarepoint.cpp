// SPDX-License-Identifier: GPL-3.0-or-later
// A stack's services repointed after a failover, over the harness's SSH login as root: the .env's
// POSTGRES_HOST/POSTGRES_PORT and a PgBouncer's [databases] entry changed in place with a copy of each
// kept, the restart command run in the stack's folder (a `docker` stand-in that records its
// arguments: there is no Docker engine here); a restart that fails puts every file back and runs the
// restart again on the old settings. The failover history written and read back.
#include "core/replication/replicarules.h"
#include "core/replication/repointplan.h"
#include "harness/harnessstack.h"
#include "services/replication/failoverhistory.h"
#include "services/replication/hostcommandrunner.h"
#include "services/replication/replicarepoint.h"
#include "services/stackconnection.h"

#include <QtTest>

using namespace supadesk;

namespace {

const QByteArray kEnv = "# Supabase\nPOSTGRES_PASSWORD=secret-stays\nPOSTGRES_HOST=db\nPOSTGRES_DB=postgres\n"
                        "POSTGRES_PORT=5432\n";
const QByteArray kIni = "[databases]\npostgres = host=db port=5432 dbname=postgres\n\n[pgbouncer]\n"
                        "listen_port = 6432\n";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

bool write(const QString &path, const QByteArray &data, bool executable = false)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return false;
    f.close();
    return !executable ||
           f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                            QFileDevice::ReadOther | QFileDevice::ExeOther);
}

} // namespace

class TestReplicaRepoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<StackConnection> m_connection;
    std::unique_ptr<SshCommandRunner> m_root;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // `docker compose up -d …`: recorded; fails when the file `fail` exists beside it.
    QString compose() const { return path(QStringLiteral("bin/docker")) + QStringLiteral(" compose"); }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_dir.isValid());
        QVERIFY(write(path(QStringLiteral("bin/docker")), QByteArrayLiteral(R"SH(#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
printf '%s|%s\n' "$(pwd)" "$*" >>"$(dirname "$0")/docker-args.log"
[ -e "$(dirname "$0")/fail" ] && { echo "service db is unhealthy" >&2; exit 1; }
exit 0
)SH"),
                      true));
        m_connection = std::make_unique<StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == StackConnection::State::Connected ||
                                     m_connection->state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));
        m_root = std::make_unique<SshCommandRunner>(m_connection.get(), QStringLiteral("root"));
    }

    void rulesChangeOnlyTheDatabaseLines()
    {
        const RepointEdit env =
            RepointPlan::envFile(QString::fromUtf8(kEnv), QStringLiteral("10.0.0.7"), 5433);
        QCOMPARE(env.changed.size(), 2);
        QVERIFY(env.text.contains(QStringLiteral("POSTGRES_HOST=10.0.0.7\n")));
        QVERIFY(env.text.contains(QStringLiteral("POSTGRES_PORT=5433\n")));
        QVERIFY(env.text.startsWith(QStringLiteral("# Supabase\nPOSTGRES_PASSWORD=secret-stays\n")));
        QVERIFY(RepointPlan::envFile(env.text, QStringLiteral("10.0.0.7"), 5433).changed.isEmpty());
        const RepointEdit ini =
            RepointPlan::pgbouncerIni(QString::fromUtf8(kIni), QStringLiteral("10.0.0.7"), 5433);
        QCOMPARE(ini.changed.size(), 1);
        QVERIFY(ini.text.contains(QStringLiteral("postgres = host=10.0.0.7 port=5433 dbname=postgres")));
        QVERIFY(ini.text.contains(QStringLiteral("listen_port = 6432"))); // not an upstream
    }

    void repointsWithBackupAndRestart()
    {
        const QString stack = path(QStringLiteral("stack"));
        QVERIFY(write(stack + QStringLiteral("/.env"), kEnv));
        QVERIFY(QFile::setPermissions(stack + QStringLiteral("/.env"),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(write(stack + QStringLiteral("/pgbouncer.ini"), kIni));
        RepointRequest r;
        r.installDir = stack;
        r.pgbouncerIni = stack + QStringLiteral("/pgbouncer.ini");
        r.host = QStringLiteral("10.0.0.7");
        r.port = 5433;
        r.composeCommand = compose();
        r.at = QDateTime(QDate(2026, 12, 8), QTime(0, 15, 0), Qt::UTC);
        QStringList lines;
        const RepointOutcome out = ReplicaRepoint::run(*m_root, r, [&](const QString &l) { lines << l; });
        QVERIFY2(out.ok() && out.state == QLatin1String("done"), qPrintable(out.error));
        QVERIFY(readAll(stack + QStringLiteral("/.env")).contains("POSTGRES_HOST=10.0.0.7\n"));
        QVERIFY(readAll(stack + QStringLiteral("/.env")).contains("POSTGRES_PASSWORD=secret-stays\n"));
        QVERIFY(readAll(stack + QStringLiteral("/pgbouncer.ini")).contains("host=10.0.0.7 port=5433"));
        const QString backup = stack + QStringLiteral("/.env.supadesk-failover-20261208T001500Z");
        QCOMPARE(out.backups.value(0), backup);
        QCOMPARE(readAll(backup), kEnv);
        QCOMPARE(readAll(out.backups.value(1)), kIni);
        // The file keeps its mode (it holds the stack's secrets).
        const QFileDevice::Permissions mode = QFile::permissions(stack + QStringLiteral("/.env"));
        QVERIFY(mode.testFlag(QFileDevice::WriteUser));
        QVERIFY(!mode.testFlag(QFileDevice::ReadGroup) && !mode.testFlag(QFileDevice::ReadOther));
        QCOMPARE(out.restartCommand, QStringLiteral("cd '%1' && %2 up -d").arg(stack, compose()));
        QCOMPARE(readAll(path(QStringLiteral("bin/docker-args.log"))).trimmed(),
                 (stack + QStringLiteral("|compose up -d")).toUtf8());
        QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("POSTGRES_HOST: db → 10.0.0.7")));

        const RepointOutcome again = ReplicaRepoint::run(*m_root, r);
        QCOMPARE(again.state, QStringLiteral("unchanged"));
        QVERIFY(again.restartCommand.isEmpty());
    }

    void failedRestartPutsEveryFileBack()
    {
        const QString stack = path(QStringLiteral("broken"));
        QVERIFY(write(stack + QStringLiteral("/.env"), kEnv));
        QVERIFY(write(path(QStringLiteral("bin/fail")), "1"));
        QFile::remove(path(QStringLiteral("bin/docker-args.log")));
        RepointRequest r;
        r.installDir = stack;
        r.host = QStringLiteral("10.0.0.8");
        r.port = 5432;
        r.composeCommand = compose();
        r.services = {QStringLiteral("rest"), QStringLiteral("auth")};
        const RepointOutcome out = ReplicaRepoint::run(*m_root, r);
        QFile::remove(path(QStringLiteral("bin/fail")));
        QCOMPARE(out.state, QStringLiteral("failed"));
        QVERIFY2(out.error.contains(QStringLiteral("service db is unhealthy")), qPrintable(out.error));
        QCOMPARE(readAll(stack + QStringLiteral("/.env")), kEnv);
        QCOMPARE(readAll(out.backups.value(0)), kEnv); // the copy is kept all the same
        // Tried on the new settings, then again on the old ones.
        QCOMPARE(readAll(path(QStringLiteral("bin/docker-args.log")))
                     .count(QByteArray(stack.toUtf8() + "|compose up -d rest auth")),
                 qsizetype(2));
    }

    void missingEnvRefused()
    {
        RepointRequest r;
        r.installDir = path(QStringLiteral("nowhere"));
        r.host = QStringLiteral("10.0.0.7");
        r.composeCommand = compose();
        const RepointOutcome out = ReplicaRepoint::run(*m_root, r);
        QCOMPARE(out.state, QStringLiteral("failed"));
        QVERIFY(out.backups.isEmpty());
        QVERIFY(!QFileInfo::exists(r.installDir));
    }

    // pg_basebackup's progress over SSH: the lines reach the handler while the command still runs, so
    // the wizard's bar and the CLI's "Copy: N%" move during the copy, not only at its end.
    void outputStreamsOverSsh()
    {
        QElapsedTimer clock;
        clock.start();
        QList<QPair<qint64, int>> seen; // when, which percentage
        const Result<ExecResult> r =
            m_root->run(QStringLiteral("printf '1024/10240 kB (10%%), 0/1 tablespace\\n' >&2; sleep 2; "
                                       "printf '10240/10240 kB (100%%), 1/1 tablespace\\n' >&2"),
                        {}, {}, [&](const QByteArray &chunk, bool isStandardError) {
                            if (isStandardError)
                                seen.append({clock.elapsed(), ReplicaRules::baseBackupPercent(chunk)});
                        });
        const qint64 total = clock.elapsed();
        QVERIFY(r.ok() && r.value().exitStatus == 0);
        QVERIFY2(seen.size() >= 2, qPrintable(QString::number(seen.size())));
        QCOMPARE(seen.first().second, 10);
        QCOMPARE(seen.last().second, 100);
        QVERIFY2(seen.first().first < total - 1000, "the first line came only at the end");
        QVERIFY(r.value().standardError.contains("(100%)")); // still collected whole
    }

    void historyKeepsRecords()
    {
        FailoverHistory history(path(QStringLiteral("data/failovers.json")));
        QVERIFY(history.list().value().isEmpty());
        FailoverRecord a;
        a.at = QDateTime::currentDateTimeUtc();
        a.user = FailoverHistory::currentUser();
        a.stack = QStringLiteral("main");
        a.standby = QStringLiteral("spare");
        a.fenced = true;
        a.promoted = true;
        a.lagBytes = 0;
        a.repoint = QStringLiteral("done");
        FailoverRecord b = a;
        b.stack = QStringLiteral("other");
        b.standby = QStringLiteral("third");
        QVERIFY(history.append(a).ok());
        QVERIFY(history.append(b).ok());
        QCOMPARE(history.list().value().size(), 2);
        const FailoverRecords mine = history.list(QStringLiteral("spare")).value();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().user, a.user);
        QVERIFY(!a.user.isEmpty());
        QCOMPARE(mine.first().lagBytes, std::optional<qint64>(0));
        QVERIFY(mine.first().summary().contains(QStringLiteral("main → spare")));
        QVERIFY(mine.first().summary().contains(QStringLiteral("old primary fenced")));
    }
};

QTEST_MAIN(TestReplicaRepoint)
#include "tst_replicarepoint.moc"
