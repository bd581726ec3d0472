// SPDX-License-Identifier: GPL-3.0-or-later
// Restore drills on the harness's real PostgreSQL 15: a seeded database is dumped with pg_dump and
// pg_dumpall --globals-only, and the drill restores it into a scratch cluster of its own. A clean dump
// passes with matching counts; a truncated one fails with pg_restore's words; a table created or dropped
// after the dump is named; a cancel removes the scratch cluster; a dump from a newer pg_dump, a missing
// file and a full disk are refused with their codes; no program the drill starts sees the password.
#include "core/backup/drillrules.h"
#include "harness/testenv.h"
#include "services/backup/restoredrill.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

#include <sys/stat.h>
#include <unistd.h>

using namespace supadesk;

namespace {

const QString kBin = QStringLiteral("/usr/lib/postgresql/15/bin/");

struct Ran
{
    int code = -1;
    QString out;
    QString err;
};

Ran runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(kBin + tool, args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QStringList server()
{
    return {QStringLiteral("-h"), testenv::value("SUPADESK_TEST_PG_HOST"),
            QStringLiteral("-p"), testenv::value("SUPADESK_TEST_PG_PORT"),
            QStringLiteral("-U"), QStringLiteral("postgres")};
}

// The processes whose command line mentions `text` (the scratch cluster's postmaster names its folder).
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        if (pid.toInt() <= 0 || pid.toLongLong() == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromUtf8(cmdline.readAll().replace('\0', ' '));
        if (line.contains(text))
            found << pid + QLatin1Char(' ') + line;
    }
    return found;
}

} // namespace

class TestRestoreDrill : public QObject
{
    Q_OBJECT

    QString m_database;
    QTemporaryDir m_files;
    QString m_dump;
    QString m_globals;
    QString m_wrappers; // stand-ins for PostgreSQL's programs that record their arguments and environment
    QString m_argvLog;

    Ran sql(const QString &statements, const QString &database = {})
    {
        return runTool(QStringLiteral("psql"),
                       server() + QStringList{QStringLiteral("-X"), QStringLiteral("-q"),
                                              QStringLiteral("-At"), QStringLiteral("-v"),
                                              QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"),
                                              statements, database.isEmpty() ? m_database : database});
    }

    // The live database as the password role sees it: the drill must use the password.
    DrillRequest request(const QString &scratchBase)
    {
        DrillRequest r;
        r.dumpFile = m_dump;
        r.globalsFile = m_globals;
        r.live.host = testenv::value("SUPADESK_TEST_PG_HOST");
        r.live.port = testenv::value("SUPADESK_TEST_PG_PORT").toInt();
        r.live.user = testenv::value("SUPADESK_TEST_PG_PASSWORD_USER");
        r.live.password = testenv::value("SUPADESK_TEST_PG_PASSWORD");
        r.live.database = m_database;
        r.scratchBase = scratchBase;
        r.binDir = m_wrappers;
        return r;
    }

    static const DrillTable *table(const DrillResult &r, const QString &name)
    {
        for (const DrillTable &t : r.tables)
            if (t.qualifiedName() == name)
                return &t;
        return nullptr;
    }

    // A scratch base folder the postgres user can enter (the drill hands its own folder to it).
    static std::unique_ptr<QTemporaryDir> scratchBase()
    {
        auto dir = std::make_unique<QTemporaryDir>();
        ::chmod(QFile::encodeName(dir->path()).constData(), 0755);
        return dir;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_SERVICE("SUPADESK_TEST_PG_PORT", "the harness's PostgreSQL");
        QVERIFY(m_files.isValid());
        ::chmod(QFile::encodeName(m_files.path()).constData(), 0755);
        m_database = QStringLiteral("drill_%1").arg(::getpid());
        Ran r = sql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database), QStringLiteral("postgres"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = sql(QStringLiteral("CREATE DATABASE %1").arg(m_database), QStringLiteral("postgres"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = sql(QStringLiteral(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'drill_app') THEN "
            "CREATE ROLE drill_app NOLOGIN; END IF; END $$;"
            "CREATE SCHEMA shop;"
            "CREATE TABLE shop.items (id int PRIMARY KEY, label text NOT NULL);"
            "INSERT INTO shop.items SELECT g, md5(g::text) || md5((g * 7)::text) FROM generate_series(1, "
            "3000) g;"
            "CREATE TABLE shop.notes (id serial PRIMARY KEY, body text);"
            "INSERT INTO shop.notes (body) VALUES ('a'), ('b'), ('c');"
            "CREATE TABLE shop.\"odd name\" (x int);"
            "INSERT INTO shop.\"odd name\" VALUES (1), (2);"
            "CREATE TABLE shop.extra (x int);"
            "ALTER TABLE shop.notes OWNER TO drill_app;"
            "GRANT USAGE ON SCHEMA shop TO supadesk_pw;"
            "GRANT SELECT ON ALL TABLES IN SCHEMA shop TO supadesk_pw;"
            "ANALYZE;"));
        QVERIFY2(r.code == 0, qPrintable(r.err));

        m_dump = m_files.filePath(QStringLiteral("drill.dump"));
        m_globals = m_files.filePath(QStringLiteral("globals.sql"));
        r = runTool(QStringLiteral("pg_dump"),
                    server() + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), m_dump, m_database});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runTool(QStringLiteral("pg_dumpall"), server() + QStringList{QStringLiteral("--globals-only"),
                                                                         QStringLiteral("-f"), m_globals});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The dump's "Archive created at" has whole seconds: the changes below come after it.
        QTest::qWait(1100);

        // Stand-ins that log every argument and the environment, then run the real program.
        m_wrappers = m_files.filePath(QStringLiteral("bin"));
        m_argvLog = m_files.filePath(QStringLiteral("argv.log"));
        QVERIFY(QDir().mkpath(m_wrappers));
        QFile log(m_argvLog);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();
        ::chmod(QFile::encodeName(m_argvLog).constData(), 0666);
        for (const QString &tool : {QStringLiteral("initdb"), QStringLiteral("pg_ctl"),
                                    QStringLiteral("pg_restore"), QStringLiteral("psql")}) {
            QFile wrapper(m_wrappers + QLatin1Char('/') + tool);
            QVERIFY(wrapper.open(QIODevice::WriteOnly));
            wrapper.write(
                QStringLiteral(
                    "#!/bin/sh\n"
                    "{ printf 'argv:'; printf ' %s' \"$0\" \"$@\"; echo; env | sed 's/^/env: /'; } >>'%1'\n"
                    "exec '%2' \"$@\"\n")
                    .arg(m_argvLog, kBin + tool)
                    .toUtf8());
            wrapper.close();
            QVERIFY(wrapper.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                           QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                           QFile::ExeOther));
        }
        ::chmod(QFile::encodeName(m_wrappers).constData(), 0755);
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty())
            sql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database),
                QStringLiteral("postgres"));
    }

    void passesWithMatchingCounts()
    {
        const auto base = scratchBase();
        DrillRequest r = request(base->path());
        r.queries = {QStringLiteral("SELECT 1 FROM shop.items WHERE id = 2999")};
        QStringList steps;
        const Result<DrillResult> drill =
            RestoreDrill::run(r, nullptr, [&](const QString &s) { steps << s; });
        QVERIFY2(drill.ok(), qPrintable(drill.ok() ? QString() : drill.error().message));
        const DrillResult &d = drill.value();
        QVERIFY2(d.passed(), qPrintable(d.evidence.join(QLatin1Char('\n'))));
        QVERIFY(d.restoreErrors.isEmpty());
        QCOMPARE(d.tables.size(), 4);
        const DrillTable *items = table(d, QStringLiteral("shop.items"));
        QVERIFY(items);
        QCOMPARE(items->liveRows, 3000);
        QCOMPARE(items->restoredRows, 3000);
        QVERIFY(items->liveExact);
        QCOMPARE(items->verdict, DrillTable::Verdict::Match);
        QCOMPARE(table(d, QStringLiteral("shop.odd name"))->restoredRows, 2);
        QVERIFY(d.roles.contains(QStringLiteral("drill_app")));
        QVERIFY(d.missingRoles.isEmpty());
        QCOMPARE(d.queries.size(), 1);
        QCOMPARE(d.queries.first().rows, 1);
        QVERIFY(d.dumpedFrom.startsWith(QStringLiteral("15.")));
        QVERIFY(d.dumpCreatedAt.isValid());
        QVERIFY(qAbs(d.dumpCreatedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(d.durationMs > 0);
        QVERIFY(steps.size() >= 5);
        // The value survives its JSON (the history keeps it so).
        QCOMPARE(drillResultFromJson(drillResultToJson(d)), std::optional<DrillResult>(d));
        // The scratch cluster is gone: its folder and its postmaster.
        QCOMPARE(QDir(base->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
        QCOMPARE(processesMentioning(base->path()), QStringList());
    }

    void noPasswordReachesAChild()
    {
        QFile log(m_argvLog);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString recorded = QString::fromUtf8(log.readAll());
        // The stand-ins did run: initdb, pg_ctl, psql (globals) and pg_restore.
        for (const QString &tool : {QStringLiteral("initdb"), QStringLiteral("pg_ctl"),
                                    QStringLiteral("pg_restore"), QStringLiteral("psql")})
            QVERIFY2(recorded.contains(m_wrappers + QLatin1Char('/') + tool), qPrintable(tool));
        const QString password = testenv::value("SUPADESK_TEST_PG_PASSWORD");
        QVERIFY(password.size() >= 8);
        QVERIFY2(!recorded.contains(password), "the password reached a child's arguments or environment");
        QVERIFY(!recorded.contains(QStringLiteral("env: PGPASSWORD=")));
    }

    void changedTableWithinWhatChanged()
    {
        QCOMPARE(sql(QStringLiteral("INSERT INTO shop.notes (body) SELECT 'late' FROM generate_series(1, 5)"))
                     .code,
                 0);
        const auto base = scratchBase();
        const Result<DrillResult> drill = RestoreDrill::run(request(base->path()));
        QCOMPARE(sql(QStringLiteral("DELETE FROM shop.notes WHERE body = 'late'")).code, 0);
        QVERIFY(drill.ok());
        const DrillResult &d = drill.value();
        QVERIFY2(d.passed(), qPrintable(d.evidence.join(QLatin1Char('\n'))));
        const DrillTable *notes = table(d, QStringLiteral("shop.notes"));
        QCOMPARE(notes->liveRows, 8);
        QCOMPARE(notes->restoredRows, 3);
        QCOMPARE(notes->verdict, DrillTable::Verdict::Changed);
        QVERIFY(notes->allowed >= 5);
    }

    void rowsLostWithoutChangesFail()
    {
        // The restore holds three notes; the live table holds one more, with its statistics reset as an
        // ANALYZE after the dump leaves them: nothing recorded explains the difference.
        QCOMPARE(
            sql(QStringLiteral("INSERT INTO shop.notes (body) VALUES ('unexplained'); ANALYZE shop.notes"))
                .code,
            0);
        const auto base = scratchBase();
        const Result<DrillResult> drill = RestoreDrill::run(request(base->path()));
        QCOMPARE(
            sql(QStringLiteral("DELETE FROM shop.notes WHERE body = 'unexplained'; ANALYZE shop.notes")).code,
            0);
        QVERIFY(drill.ok());
        QVERIFY(!drill.value().passed());
        QCOMPARE(table(drill.value(), QStringLiteral("shop.notes"))->verdict, DrillTable::Verdict::Mismatch);
        QVERIFY(drill.value().evidence.join(QLatin1Char('\n')).contains(QStringLiteral("shop.notes")));
    }

    void tableCreatedAfterTheDumpIsNamed()
    {
        QCOMPARE(sql(QStringLiteral("CREATE TABLE shop.late_arrival (x int)")).code, 0);
        const auto base = scratchBase();
        const Result<DrillResult> drill = RestoreDrill::run(request(base->path()));
        QCOMPARE(sql(QStringLiteral("DROP TABLE shop.late_arrival")).code, 0);
        QVERIFY2(drill.ok(), qPrintable(drill.ok() ? QString() : drill.error().message));
        // The password role may not read the new table: its estimate stands in for a count.
        QVERIFY(!table(drill.value(), QStringLiteral("shop.late_arrival"))->liveExact);
        const DrillResult &d = drill.value();
        QVERIFY(!d.passed());
        QCOMPARE(table(d, QStringLiteral("shop.late_arrival"))->verdict,
                 DrillTable::Verdict::MissingInRestore);
        QVERIFY2(d.evidence.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("Missing from the restore: shop.late_arrival")),
                 qPrintable(d.evidence.join(QLatin1Char('\n'))));
        QCOMPARE(d.tablesNotOk(), QStringList{QStringLiteral("shop.late_arrival")});
    }

    void truncatedDumpFails()
    {
        const QString truncated = m_files.filePath(QStringLiteral("truncated.dump"));
        QFile::remove(truncated);
        QVERIFY(QFile::copy(m_dump, truncated));
        QFile file(truncated);
        QVERIFY(file.resize(file.size() / 2));
        const auto base = scratchBase();
        DrillRequest r = request(base->path());
        r.dumpFile = truncated;
        const Result<DrillResult> drill = RestoreDrill::run(r);
        QVERIFY2(drill.ok(), qPrintable(drill.ok() ? QString() : drill.error().message));
        const DrillResult &d = drill.value();
        QVERIFY(!d.passed());
        QVERIFY(!d.restoreErrors.isEmpty());
        const QString evidence = d.evidence.join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("pg_restore")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("error")), qPrintable(evidence));
        QCOMPARE(QDir(base->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void dumpFromNewerPgDumpIsRefused()
    {
        // The archive header's format version (bytes 5-7: 1.14.0 for PostgreSQL 15) raised to 1.99.
        const QString newer = m_files.filePath(QStringLiteral("newer.dump"));
        QFile::remove(newer);
        QVERIFY(QFile::copy(m_dump, newer));
        QFile file(newer);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(6));
        QVERIFY(file.putChar(char(99)));
        file.close();
        DrillRequest r = request(scratchBase()->path());
        r.dumpFile = newer;
        const Result<DrillResult> drill = RestoreDrill::run(r);
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupNewer);
        QVERIFY2(drill.error().message.contains(QStringLiteral("newer pg_dump")),
                 qPrintable(drill.error().message));
    }

    void missingFilesAreRefused()
    {
        DrillRequest r = request(scratchBase()->path());
        r.dumpFile = m_files.filePath(QStringLiteral("nowhere.dump"));
        Result<DrillResult> drill = RestoreDrill::run(r);
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupMissing);
        QVERIFY(drill.error().message.contains(QStringLiteral("nowhere.dump")));
        r = request(QStringLiteral("/nonexistent/scratch"));
        drill = RestoreDrill::run(r);
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupMissing);
        r = request(scratchBase()->path());
        r.globalsFile = m_files.filePath(QStringLiteral("no-globals.sql"));
        drill = RestoreDrill::run(r);
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupMissing);
    }

    void notEnoughDiskIsRefused()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small tmpfs needs root");
        const auto base = scratchBase();
        QCOMPARE(QProcess::execute(QStringLiteral("mount"),
                                   {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                    QStringLiteral("size=8m"), QStringLiteral("tmpfs"), base->path()}),
                 0);
        const Result<DrillResult> drill = RestoreDrill::run(request(base->path()));
        QProcess::execute(QStringLiteral("umount"), {base->path()});
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupDisk);
        // It says how much is needed.
        QVERIFY2(drill.error().message.contains(QStringLiteral("MiB")), qPrintable(drill.error().message));
    }

    void cancelRemovesTheScratchCluster()
    {
        const auto base = scratchBase();
        std::atomic_bool cancel = false;
        QStringList runningAtCancel;
        const DrillRequest r = request(base->path());
        Result<DrillResult> drill = Error{};
        std::thread worker([&] {
            drill = RestoreDrill::run(r, &cancel, [&](const QString &step) {
                if (step == RestoreDrill::tr("Restoring the dump")) {
                    runningAtCancel = processesMentioning(base->path());
                    cancel = true;
                }
            });
        });
        worker.join();
        // The postmaster was running when the cancel came, and is gone with its folder after it.
        QVERIFY2(!runningAtCancel.isEmpty(), "no scratch postmaster was seen before the cancel");
        QVERIFY(!drill.ok());
        QCOMPARE(drill.error().id, ErrorCode::BackupCancelled);
        QCOMPARE(processesMentioning(base->path()), QStringList());
        QCOMPARE(QDir(base->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    // Last: it drops a table for good.
    void tableDroppedAfterTheDumpIsNamed()
    {
        QCOMPARE(sql(QStringLiteral("DROP TABLE shop.extra")).code, 0);
        const auto base = scratchBase();
        const Result<DrillResult> drill = RestoreDrill::run(request(base->path()));
        QVERIFY(drill.ok());
        const DrillResult &d = drill.value();
        QVERIFY(!d.passed());
        QCOMPARE(table(d, QStringLiteral("shop.extra"))->verdict, DrillTable::Verdict::MissingInLive);
        QVERIFY(d.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("shop.extra")));
    }
};

QTEST_GUILESS_MAIN(TestRestoreDrill)
#include "tst_restoredrill.moc"
