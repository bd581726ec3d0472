// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A stack's server for point-in-time restores in tests: a PostgreSQL 15 cluster of the test's own plays the
// live database (archiving on, one base backup, 3 rows at T1, 2 more at T2, a table created after), reached
// over the harness's sshd. There is no Docker engine here: `docker exec` is a stand-in that runs the command
// on this host, and `docker compose stop|start db` stops and starts the test's cluster with pg_ctl.
#include "../setup/scratchpostgres.h"
#include "core/backup/pitrrules.h"
#include "core/backup/pitrserverrestore.h"
#include "harness/harnessstack.h"
#include "harness/testenv.h"
#include "services/stackconnection.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QtTest>

#include <memory>

#include <sys/stat.h>

class PitrServerRig
{
public:
    ScratchPostgres m_pg;
    QTemporaryDir m_tools;
    supadesk::PitrServerPaths m_paths;
    QDateTime m_t1;
    std::unique_ptr<supadesk::StackConnection> m_connection;

    QString tool(const QString &name) const { return m_tools.filePath(name); }

    bool write(const QString &path, const QByteArray &data, bool executable = false)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            return false;
        f.close();
        return ::chmod(QFile::encodeName(path).constData(), executable ? 0755 : 0644) == 0;
    }

    ScratchPostgres::Run local(const QString &script)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"),
                   tool(QStringLiteral("bin")) + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString sql(const QString &statement)
    {
        const ScratchPostgres::Run r = m_pg.psql({statement});
        if (r.code != 0)
            qWarning("psql: %s", qPrintable(r.err));
        return r.out.trimmed();
    }

    bool switchAndArchive()
    {
        const QString segment = sql(QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())"));
        for (int i = 0; i < 300; ++i) {
            if (QFile::exists(m_paths.layout.walDir() + QLatin1Char('/') + segment))
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    // Call from initTestCase after REQUIRE_SERVICE; QVERIFY failures end it early (QTest::currentTestFailed).
    void setUpServer()
    {
        QVERIFY(m_pg.isValid() && m_tools.isValid());
        ::chmod(QFile::encodeName(m_tools.path()).constData(), 0755);
        QVERIFY2(m_pg.init(), qPrintable(m_pg.lastError()));
        QVERIFY(m_pg.start());
        sql(QStringLiteral("CREATE ROLE supabase_admin SUPERUSER LOGIN"));

        // docker exec runs the command here (psql reaches the test's cluster by its socket); docker
        // compose stop|start db stops and starts the test's cluster, as compose does the db container.
        const QByteArray pgctl =
            "runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D " + m_pg.dataDir().toUtf8();
        QVERIFY(
            write(tool(QStringLiteral("bin/docker")),
                  "#!/usr/bin/env bash\n# SPDX-License-Identifier: GPL-3.0-or-later\n"
                  "export PGHOST=" +
                      m_pg.socketDir().toUtf8() +
                      "\n"
                      "echo \"$*\" >>\"$(dirname \"$0\")/docker-args.log\"\n"
                      "if [ \"$1\" = compose ]; then\n"
                      "    case \"$2 ${3-}\" in\n"
                      "    'version '*) exit 0 ;;\n"
                      "    'stop db') exec " +
                      pgctl +
                      " -m fast -w stop ;;\n"
                      "    'start db') exec " +
                      pgctl + " -l " + m_pg.path().toUtf8() +
                      "/server.log -w -t 20 start ;;\n"
                      "    esac\n"
                      "    exit 64\n"
                      "fi\n"
                      "[ \"$1\" = exec ] || exit 64\nshift\nuser=root\nvars=()\n"
                      "while [ $# -gt 0 ]; do case \"$1\" in\n"
                      "-i) shift ;;\n-u) user=$2; shift 2 ;;\n"
                      "-e) case $2 in *=*) vars+=(\"$2\") ;; *) vars+=(\"$2=${!2-}\") ;; esac; shift 2 ;;\n"
                      "*) break ;;\nesac; done\nshift\n"
                      "[ \"$user\" = root ] && exec env \"${vars[@]}\" \"$@\"\n"
                      "exec runuser -u \"$user\" -- env PGHOST=\"$PGHOST\" \"${vars[@]}\" \"$@\"\n",
                  true));
        QVERIFY(write(tool(QStringLiteral("stack/.env")), "POSTGRES_PASSWORD=\"unused-with-trust\"\n"));
        QVERIFY(QDir().mkpath(tool(QStringLiteral("scratch"))));
        ::chmod(QFile::encodeName(tool(QStringLiteral("scratch"))).constData(), 0755);

        m_paths.layout.hostDir = m_pg.path() + QStringLiteral("/pitr");
        m_paths.layout.containerDir = m_paths.layout.hostDir;
        m_paths.layout.dbHost = m_pg.socketDir();
        m_paths.layout.dbUser = QStringLiteral("postgres");
        m_paths.layout.envFile = tool(QStringLiteral("stack/.env"));
        m_paths.layout.logFile = tool(QStringLiteral("log/pitr.log"));
        m_paths.liveDataDir = m_pg.dataDir();
        m_paths.scratchBase = tool(QStringLiteral("scratch"));
        m_paths.pathFirst = tool(QStringLiteral("bin"));
        m_paths.binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
        m_paths.verifySeconds = 10;

        const ScratchPostgres::Run setup = local(supadesk::PitrRules::setupScript(m_paths.layout).value());
        QVERIFY2(setup.code == 0, qPrintable(setup.out + setup.err));
        QFile archiveSql(m_pg.path() + QStringLiteral("/archive.sql"));
        QVERIFY(archiveSql.open(QIODevice::WriteOnly));
        archiveSql.write(supadesk::PitrRules::archiveSql(m_paths.layout).toUtf8());
        archiveSql.close();
        ScratchPostgres::handOver(archiveSql.fileName());
        QCOMPARE(m_pg.psql({}, {QStringLiteral("-f"), archiveSql.fileName()}).code, 0);
        QVERIFY(m_pg.stop());
        QVERIFY(m_pg.start());
        QVERIFY(switchAndArchive());
        const ScratchPostgres::Run base =
            local(supadesk::PitrRules::baseBackupScript(m_paths.layout).value());
        QVERIFY2(base.code == 0, qPrintable(base.out + base.err));

        sql(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY, phase text)"));
        sql(QStringLiteral("INSERT INTO orders SELECT g, 't1' FROM generate_series(1, 3) g"));
        QThread::msleep(1100);
        m_t1 = QDateTime::currentDateTimeUtc();
        QThread::msleep(1100);
        sql(QStringLiteral("INSERT INTO orders SELECT g, 't2' FROM generate_series(4, 5) g"));
        QThread::msleep(1100);
        sql(QStringLiteral("CREATE TABLE later (x int)"));
        QVERIFY(switchAndArchive());

        m_connection = std::make_unique<supadesk::StackConnection>(testenv::harnessSsh());
        QVERIFY(m_connection->connectToStack().ok());
        QVERIFY(testenv::waitFor(
            [&] { return m_connection->state() == supadesk::StackConnection::State::Connected; }));
    }
};
