// SPDX-License-Identifier: GPL-3.0-or-later
// The tuning step of an apply against a real PostgreSQL 15 (a cluster of the test's own), through the
// harness's real sshd: a rollback puts back the values postgresql.auto.conf held before (not the
// defaults), the report names the settings that wait for a restart, and the optional restart step
// restarts only when one does and waits until PostgreSQL answers again, within a bounded time. The
// `docker compose` of a real server is played by a small script that restarts (or stops) this cluster.
#include "core/setup/applyplanbuilder.h"
#include "core/setup/databaserestart.h"
#include "core/setup/setupbundle.h"
#include "harness/harnessstack.h"
#include "scratchpostgres.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace supadesk;

class TestTuningApply : public QObject
{
    Q_OBJECT

    std::unique_ptr<StackConnection> m_connection;
    ScratchPostgres m_pg;
    QTemporaryDir m_tools;
    Bundle m_bundle;

    QString psqlCommand() const
    {
        return QStringLiteral("%1 -h %2 -U postgres -d postgres -v ON_ERROR_STOP=1 -X -q")
            .arg(ScratchPostgres::bin(QStringLiteral("psql")), m_pg.socketDir());
    }
    QString show(const QString &setting) const
    {
        return m_pg.psql({QStringLiteral("SHOW %1").arg(setting)}).out.trimmed();
    }
    // What postgresql.auto.conf holds for a setting ("" when nothing), as PostgreSQL reads the file.
    QString stored(const QString &setting) const
    {
        return m_pg
            .psql(
                {QStringLiteral("SELECT setting FROM pg_file_settings WHERE name = '%1' AND sourcefile LIKE "
                                "'%/postgresql.auto.conf'")
                     .arg(setting)})
            .out.trimmed();
    }
    void sql(const QStringList &statements)
    {
        const ScratchPostgres::Run r = m_pg.psql(statements);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QString composeMarker() const { return m_tools.filePath(QStringLiteral("compose-called")); }

    // A stand-in for `docker compose` that understands `restart db`: restarts the cluster without
    // waiting for it (so the step's own wait is what waits), or stops it for good with STOP_ONLY.
    QString fakeCompose(bool stopOnly) const
    {
        const QString path =
            m_tools.filePath(stopOnly ? QStringLiteral("compose-stop") : QStringLiteral("compose-restart"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(QStringLiteral("#!/bin/sh\n"
                               "[ \"$1 $2\" = 'restart db' ] || { echo \"unexpected: $*\" >&2; exit 2; }\n"
                               "echo \"$*\" >>'%1'\n"
                               "runuser -u postgres -- %2 -D '%3' -m fast -w stop >/dev/null || exit 1\n"
                               "%4\n")
                    .arg(composeMarker(), ScratchPostgres::bin(QStringLiteral("pg_ctl")), m_pg.dataDir(),
                         stopOnly
                             ? QStringLiteral("exit 0")
                             : QStringLiteral("runuser -u postgres -- %1 -D '%2' -l '%3/server.log' -W start "
                                              ">/dev/null")
                                   .arg(ScratchPostgres::bin(QStringLiteral("pg_ctl")), m_pg.dataDir(),
                                        m_pg.path()))
                    .toUtf8());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        return path;
    }

    ApplyTarget target() const
    {
        ApplyTarget t;
        t.installDir = m_tools.path();
        t.editEnv = false;
        t.writeComposeOverride = false;
        t.installBackups = false;
        t.recreateContainers = false;
        t.psqlCommand = psqlCommand();
        t.composeCommand = fakeCompose(false);
        return t;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_SSH_PORT", "the test sshd");
        QVERIFY(m_tools.isValid());
        StackConnection::Settings s = testenv::harnessSsh();
        m_connection = std::make_unique<StackConnection>(s);
        QVERIFY(m_connection->connectToStack().ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() == StackConnection::State::Connected ||
                                     m_connection->state() == StackConnection::State::Failed,
                                 20000);
        QVERIFY2(m_connection->state() == StackConnection::State::Connected,
                 qPrintable(m_connection->reason()));
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        QVERIFY2(m_pg.start(), qPrintable(m_pg.lastError()));

        // A small host, so that the settings that need a restart fit this machine when they get one.
        BundleInput in;
        in.host.ramMb = 2048;
        in.host.cpus = 2;
        in.host.connections = 50;
        in.now = QDateTime::currentDateTimeUtc();
        m_bundle = SetupBundle::build(in).value();
    }

    // Each test starts from a cluster without ALTER SYSTEM settings, running them.
    void init()
    {
        sql({QStringLiteral("ALTER SYSTEM RESET ALL")});
        QVERIFY(m_pg.stop());
        QVERIFY(m_pg.start());
        QFile::remove(composeMarker());
    }

    void aRollbackPutsBackWhatAlterSystemHeldBefore()
    {
        sql({QStringLiteral("ALTER SYSTEM SET work_mem = '7MB'"),
             QStringLiteral(
                 "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements', 'auto_explain'"),
             QStringLiteral("SELECT pg_reload_conf()")});
        QTRY_COMPARE(show(QStringLiteral("work_mem")), QStringLiteral("7MB"));
        const QString cacheBefore = show(QStringLiteral("effective_cache_size"));

        ApplyPlan plan = ApplyPlanBuilder::fromBundle(m_bundle, target()).value();
        QCOMPARE(plan.steps().last().id, QStringLiteral("tuning-sql"));
        plan.addCommand(QStringLiteral("fails"), QStringLiteral("echo later step failed >&2; exit 1"));
        const ApplyReport report = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY(!report.succeeded());
        QVERIFY2(report.restored(), qPrintable(report.summary()));
        QCOMPARE(report.outcomes.at(0).status, ApplyStepStatus::RolledBack);

        // The undo that ran is made of what the server had: its value, or RESET where it had none.
        const QString undo = report.steps.at(0).undoSql;
        QVERIFY2(undo.contains(QStringLiteral("ALTER SYSTEM SET work_mem = '7MB';")), qPrintable(undo));
        QVERIFY(undo.contains(QStringLiteral(
            "ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements', 'auto_explain';")));
        QVERIFY(undo.contains(QStringLiteral("ALTER SYSTEM RESET effective_cache_size;")));
        QVERIFY(undo.contains(QStringLiteral("ALTER SYSTEM RESET shared_buffers;")));

        // postgresql.auto.conf and the running server agree with the time before.
        QCOMPARE(stored(QStringLiteral("work_mem")), QStringLiteral("7MB"));
        QCOMPARE(stored(QStringLiteral("shared_preload_libraries")),
                 QStringLiteral("pg_stat_statements, auto_explain"));
        QCOMPARE(stored(QStringLiteral("effective_cache_size")), QString());
        QCOMPARE(stored(QStringLiteral("shared_buffers")), QString());
        QTRY_COMPARE(show(QStringLiteral("work_mem")), QStringLiteral("7MB"));
        QTRY_COMPARE(show(QStringLiteral("effective_cache_size")), cacheBefore);
    }

    // tuning.sql stops at its second statement (psql ON_ERROR_STOP): the first one, already in
    // postgresql.auto.conf, is undone too, and the report says the server is as before.
    void aTuningScriptThatFailsHalfWayLeavesPostgresqlAutoConfAsItWas()
    {
        sql({QStringLiteral("ALTER SYSTEM SET work_mem = '7MB'"), QStringLiteral("SELECT pg_reload_conf()")});
        const auto fileSettings = [this] {
            return m_pg
                .psql({QStringLiteral("SELECT name || '=' || setting FROM pg_file_settings WHERE sourcefile "
                                      "LIKE '%postgresql.auto.conf' ORDER BY seqno")})
                .out;
        };
        const QString before = fileSettings();
        QVERIFY(before.contains(QStringLiteral("work_mem=7MB")));
        Bundle bundle = m_bundle;
        for (BundleFile &f : bundle.files)
            if (f.name == QLatin1String("tuning.sql"))
                f.content = "ALTER SYSTEM SET work_mem = '9MB';\n"
                            "ALTER SYSTEM SET shared_buffers = 'plenty';\n"
                            "ALTER SYSTEM SET effective_cache_size = '1GB';\n"
                            "SELECT pg_reload_conf();\n";
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(bundle, target()).value();
        const ApplyReport report = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY(!report.succeeded());
        QCOMPARE(fileSettings(), before);
        QVERIFY2(report.restored(), qPrintable(report.summary()));
        QVERIFY2(report.outcomes.last().message.contains(QStringLiteral("undone")),
                 qPrintable(report.outcomes.last().message));
        QTRY_COMPARE(show(QStringLiteral("work_mem")), QStringLiteral("7MB"));
    }

    // A library an earlier ALTER SYSTEM added (still waiting for a restart) stays in the list.
    void aPreloadListWaitingForARestartIsKept()
    {
        sql({QStringLiteral("ALTER SYSTEM SET shared_preload_libraries = 'auto_explain'"),
             QStringLiteral("SELECT pg_reload_conf()")});
        const ApplyReport report = SetupApplier(m_connection.get())
                                       .runAndWait(ApplyPlanBuilder::fromBundle(m_bundle, target()).value());
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QCOMPARE(stored(QStringLiteral("shared_preload_libraries")),
                 QStringLiteral("auto_explain, pg_stat_statements"));
        // Once there, applying again changes nothing in the list.
        QVERIFY(SetupApplier(m_connection.get())
                    .runAndWait(ApplyPlanBuilder::fromBundle(m_bundle, target()).value())
                    .succeeded());
        QCOMPARE(stored(QStringLiteral("shared_preload_libraries")),
                 QStringLiteral("auto_explain, pg_stat_statements"));
    }

    void theReportListsSettingsThatWaitForARestart()
    {
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(m_bundle, target()).value();
        const ApplyReport report = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QVERIFY2(report.pendingRestart.contains(QStringLiteral("shared_buffers")),
                 qPrintable(report.pendingRestart.join(QLatin1Char(','))));
        QVERIFY(report.pendingRestart.contains(QStringLiteral("shared_preload_libraries")));
        QVERIFY(!report.pendingRestart.contains(QStringLiteral("work_mem"))); // a reload applies it
        QVERIFY(report.summary().contains(
            QStringLiteral("These settings wait for a restart of the database to take effect: ")));
        // PostgreSQL agrees: pending_restart once the reload is through.
        QTRY_VERIFY(m_pg.psql({QStringLiteral(
                                  "SELECT pending_restart FROM pg_settings WHERE name = 'shared_buffers'")})
                        .out.trimmed() == QLatin1String("t"));
        QVERIFY(!QFile::exists(composeMarker()));
    }

    void pendingRestartIsSeenRightAfterAlterSystemAndReload()
    {
        sql({QStringLiteral("ALTER SYSTEM SET shared_buffers = '48MB'"),
             QStringLiteral("SELECT pg_reload_conf()")});
        // psql -c does not mix backslash commands with SQL: the check is run as a script, as on a server.
        QFile script(m_tools.filePath(QStringLiteral("pending.sql")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(DatabaseRestart::pendingSql().toUtf8());
        script.close();
        ScratchPostgres::handOver(m_tools.path());
        const ScratchPostgres::Run pending = m_pg.psql({}, {QStringLiteral("-f"), script.fileName()});
        QVERIFY2(pending.code == 0, qPrintable(pending.err));
        QCOMPARE(DatabaseRestart::parsePending(pending.out), QStringList({QStringLiteral("shared_buffers")}));
        sql({QStringLiteral("ALTER SYSTEM RESET shared_buffers"), QStringLiteral("SELECT pg_reload_conf()")});
        const ScratchPostgres::Run none = m_pg.psql({}, {QStringLiteral("-f"), script.fileName()});
        QCOMPARE(DatabaseRestart::parsePending(none.out), QStringList());
    }

    void theRestartOptionRestartsAndWaitsUntilPostgresAnswers()
    {
        ApplyTarget t = target();
        t.restartDatabaseIfNeeded = true;
        t.restartWaitSeconds = 60;
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(m_bundle, t).value();
        QCOMPARE(plan.steps().last().id, QStringLiteral("restart-db"));
        const QString wanted = [&] {
            for (const QString &line :
                 QString::fromUtf8(m_bundle.files.first().content).split(QLatin1Char('\n')))
                if (line.startsWith(QLatin1String("ALTER SYSTEM SET shared_buffers = ")))
                    return line.section(QLatin1Char('\''), 1, 1);
            return QString();
        }();
        QVERIFY(!wanted.isEmpty());

        const ApplyReport report = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY2(report.succeeded(), qPrintable(report.summary()));
        QVERIFY(report.outcomes.last().output.contains(
            QStringLiteral("Restarting the database for these settings:")));
        QVERIFY(
            report.outcomes.last().output.contains(QStringLiteral("PostgreSQL accepts connections again.")));
        QCOMPARE(QFile::exists(composeMarker()), true);
        QCOMPARE(show(QStringLiteral("shared_buffers")), wanted);
        QVERIFY(report.pendingRestart.isEmpty()); // asked again after the restart
        QVERIFY(!report.summary().contains(QStringLiteral("wait for a restart")));

        // Applied once more, nothing waits for a restart any longer: no second restart.
        QFile::remove(composeMarker());
        const ApplyReport again = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY2(again.succeeded(), qPrintable(again.summary()));
        QVERIFY(again.outcomes.last().output.contains(
            QStringLiteral("No changed setting needs a restart of the database.")));
        QVERIFY(!QFile::exists(composeMarker()));
    }

    void aDatabaseThatDoesNotComeBackFailsWithinTheWait()
    {
        ApplyTarget t = target();
        t.restartDatabaseIfNeeded = true;
        t.restartWaitSeconds = 2;
        t.composeCommand = fakeCompose(true);
        const ApplyPlan plan = ApplyPlanBuilder::fromBundle(m_bundle, t).value();
        const ApplyReport report = SetupApplier(m_connection.get()).runAndWait(plan);
        QVERIFY(!report.succeeded());
        const ApplyStepOutcome &restart = report.outcomes.at(plan.size() - 1);
        QVERIFY2(restart.message.contains(QStringLiteral(
                     "PostgreSQL did not accept connections within 2 second(s) after the restart")),
                 qPrintable(restart.message));
        // With the database down, its settings cannot be put back: the report does not pretend so.
        QVERIFY(!report.restored());
        QVERIFY(report.summary().contains(QStringLiteral("NOT as it was before")));
        // Back to a running cluster for the next test (it is stopped: stop() has nothing to do).
        m_pg.stop();
        QVERIFY(m_pg.start());
    }

    void cleanupTestCase()
    {
        if (m_connection)
            m_connection->disconnectFromStack();
    }
};

QTEST_MAIN(TestTuningApply)
#include "tst_tuningapply.moc"
