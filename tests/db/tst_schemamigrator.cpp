// SPDX-License-Identifier: GPL-3.0-or-later
// The history file's schema versions on real SQLite files: a new file, a file made by the release before
// versions (and the older variant of it), a file from a newer Supadesk, and scripts that fail half-way.
#include "core/sql/sqlstatementlocator.h"
#include "db/audithistorystore.h"
#include "db/historystore.h"
#include "db/schemamigrator.h"
#include "db/sqlconnections.h"
#include "db/uptimestore.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

using namespace supadesk;

namespace {

constexpr char kFirstConnectionsChild[] = "--first-connections-child";

// The child of aProcessWhoseThreadsConnectAtOnceEnds: eight threads make their first connection at once,
// then the process ends as any other does.
int firstConnectionsChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < 8; ++i)
        threads.emplace_back([&go, i] {
            while (!go.load())
                std::this_thread::yield();
            const QString name = QStringLiteral("child-%1").arg(i);
            {
                QSqlDatabase db = SqlConnections::add(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(QStringLiteral(":memory:"));
                db.open();
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
    go = true;
    for (std::thread &t : threads)
        t.join();
    return 0;
}

// 2026-11-01T00:00:00Z, the day tests/data/history/rows.sql describes.
constexpr qint64 Nov1 = 1'793'491'200'000;
constexpr qint64 MinuteMs = 60'000;
constexpr qint64 DayMs = 86'400'000;

QString dataFile(const QString &name)
{
    return QStringLiteral(SUPADESK_TEST_DATA_DIR "/history/") + name;
}

QString readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// A connection of the test's own to `path`, closed and removed with it.
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("test-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs a script of the test data; returns the first error, empty when all went through.
    QString run(const QString &script) const
    {
        QSqlQuery q(db());
        for (const SqlStatementLocator::Range &r : SqlStatementLocator::statements(script))
            if (!q.exec(script.mid(r.start, r.end - r.start)))
                return q.lastError().text();
        return {};
    }

    int userVersion() const
    {
        QSqlQuery q(db());
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }

    // Everything the file holds: its version, every table's and index's definition and every row.
    QString dump() const
    {
        QString out = QStringLiteral("user_version %1\n").arg(userVersion());
        QSqlQuery q(db());
        q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name"));
        QStringList tables;
        while (q.next()) {
            out += q.value(2).toString() + QLatin1Char('\n');
            if (q.value(0).toString() == QLatin1String("table"))
                tables.append(q.value(1).toString());
        }
        for (const QString &t : tables) {
            QSqlQuery rows(db());
            rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(t));
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i)
                    values.append(rows.value(i).isNull() ? QStringLiteral("NULL") : rows.value(i).toString());
                out += t + QLatin1Char(':') + values.join(QLatin1Char('|')) + QLatin1Char('\n');
            }
        }
        return out;
    }

    QStringList columns(const QString &table) const
    {
        QSqlQuery q(db());
        q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        QStringList out;
        while (q.next())
            out.append(q.value(1).toString());
        return out;
    }

private:
    QString m_name;
};

// The history file as a release before schema versions leaves it, with the rows of rows.sql.
QString makeReleaseFile(const QString &directory, const QString &schemaFile)
{
    const QString path = QDir(directory).filePath(HistoryStore::fileName());
    Connection c(path);
    if (const QString e = c.run(readAll(dataFile(schemaFile))); !e.isEmpty())
        return QStringLiteral("schema: ") + e;
    if (const QString e = c.run(readAll(dataFile(QStringLiteral("rows.sql")))); !e.isEmpty())
        return QStringLiteral("rows: ") + e;
    return {};
}

SchemaMigrator historySchema()
{
    const Result<SchemaMigrator> schema = SchemaMigrator::history();
    return schema.ok() ? schema.value() : SchemaMigrator({});
}

qint64 downMs(const QList<StateInterval> &timeline)
{
    qint64 total = 0;
    for (const StateInterval &s : timeline)
        if (s.state == ComponentState::Down)
            total += s.range.length();
    return total;
}

} // namespace

class TestSchemaMigrator : public QObject
{
    Q_OBJECT

private slots:
    void scriptsAreNumberedWithoutGaps()
    {
        const Result<SchemaMigrator> schema = SchemaMigrator::history();
        QVERIFY2(schema.ok(), qPrintable(schema.ok() ? QString() : schema.error().message));
        QVERIFY(schema.value().latestVersion() >= 1);
        for (qsizetype i = 0; i < schema.value().migrations().size(); ++i)
            QCOMPARE(schema.value().migrations().at(i).version, i + 1);

        QTemporaryDir dir;
        for (const char *name : {"001-a.sql", "003-c.sql"}) {
            QFile f(QDir(dir.path()).filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE t (a);");
        }
        const Result<SchemaMigrator> holed = SchemaMigrator::fromFolder(dir.path());
        QVERIFY(!holed.ok());
        QCOMPARE(holed.error().code, QStringLiteral("schema.scripts"));
        QVERIFY(holed.error().message.contains(QStringLiteral("003-c.sql")));
    }

    void migratesANewFile()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        Connection c(path);
        QSqlDatabase db = c.db();
        const Result<SchemaMigrator::Outcome> done = historySchema().migrate(db);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(done.value().fromVersion, 0);
        QCOMPARE(done.value().toVersion, historySchema().latestVersion());
        QVERIFY(!done.value().adopted);
        QCOMPARE(c.userVersion(), historySchema().latestVersion());
        for (const char *table :
             {"series", "raw", "rollup_minute", "rollup_hour", "uptime_series", "uptime_probe",
              "uptime_interval", "uptime_day", "uptime_hour", "uptime_maintenance", "uptime_stack"})
            QVERIFY2(!c.columns(QLatin1String(table)).isEmpty(), table);
        // Once there, nothing more to do.
        const QString before = c.dump();
        const Result<SchemaMigrator::Outcome> again = historySchema().migrate(db);
        QVERIFY(again.ok());
        QCOMPARE(again.value().fromVersion, again.value().toVersion);
        QCOMPARE(c.dump(), before);
    }

    void storesOpenANewFileTogether()
    {
        QTemporaryDir dir;
        UptimeStore uptime(dir.path());
        HistoryStore history(dir.path());
        QVERIFY(uptime.open().ok());
        QVERIFY(history.open().ok());
        QVERIFY(history.append(QStringLiteral("prod"), Nov1, {{QStringLiteral("tps"), 1.0}}).ok());
        QCOMPARE(uptime
                     .addProbes(QStringLiteral("prod"),
                                {{Nov1, QStringLiteral("postgres"), true, 3, {}, UptimeStore::AppSource}})
                     .value(),
                 1);
        Connection c(uptime.filePath());
        QCOMPARE(c.userVersion(), historySchema().latestVersion());
    }

    // The app opens both stores on the same new file from different threads: one migrates, the other
    // waits for it and finds nothing left to do.
    void storesOpenANewFileAtTheSameTime()
    {
        for (int round = 0; round < 20; ++round) {
            QTemporaryDir dir;
            std::atomic<int> opened{0};
            QStringList errors;
            std::mutex lock;
            const auto open = [&](auto makeStore) {
                auto store = makeStore();
                const Status s = store->open();
                if (s.ok())
                    ++opened;
                const std::lock_guard guard(lock);
                if (!s.ok())
                    errors.append(s.error().message);
            };
            std::vector<std::thread> threads;
            threads.emplace_back(open, [&] { return std::make_unique<UptimeStore>(dir.path()); });
            threads.emplace_back(open, [&] { return std::make_unique<HistoryStore>(dir.path()); });
            threads.emplace_back(open, [&] { return std::make_unique<AuditHistoryStore>(dir.path()); });
            threads.emplace_back(open, [&] { return std::make_unique<UptimeStore>(dir.path()); });
            threads.emplace_back(open, [&] { return std::make_unique<HistoryStore>(dir.path()); });
            for (std::thread &t : threads)
                t.join();
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
            QCOMPARE(opened.load(), int(threads.size()));
            QCOMPARE(Connection(QDir(dir.path()).filePath(HistoryStore::fileName())).userVersion(),
                     historySchema().latestVersion());
        }
    }

    // A process whose threads make their first database connections at the same moment (the app
    // opening its stores, the CLI its history) still ends: run as a child, many times over.
    void aProcessWhoseThreadsConnectAtOnceEnds()
    {
        for (int run = 0; run < 40; ++run) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(),
                        {QString::fromLatin1(kFirstConnectionsChild)});
            QVERIFY2(child.waitForFinished(15000),
                     qPrintable(QStringLiteral("run %1: the process did not end within 15 s").arg(run)));
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            QCOMPARE(child.exitCode(), 0);
        }
    }

    // The file a user of the release before schema versions has, opened by this build.
    void migratesTheFileOfTheLastRelease_data()
    {
        QTest::addColumn<QString>("schemaFile");
        QTest::addColumn<bool>("hasProbeSettings");
        QTest::newRow("0.1.0") << QStringLiteral("release-0.1.0.sql") << true;
        QTest::newRow("before probe settings")
            << QStringLiteral("release-0.1.0-before-probe-settings.sql") << false;
    }

    void migratesTheFileOfTheLastRelease()
    {
        QFETCH(QString, schemaFile);
        QFETCH(bool, hasProbeSettings);
        QTemporaryDir dir;
        const QString made = makeReleaseFile(dir.path(), schemaFile);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        {
            Connection c(path);
            QCOMPARE(c.userVersion(), 0);
            QCOMPARE(c.columns(QStringLiteral("uptime_stack")).contains(QStringLiteral("probe_log_dir")),
                     hasProbeSettings);
            if (hasProbeSettings)
                QVERIFY(c.run(QStringLiteral("UPDATE uptime_stack SET probe_interval = 30, down_after = 3, "
                                             "probe_log_dir = '/srv/probe' WHERE stack = 'prod'"))
                            .isEmpty());
            QSqlDatabase db = c.db();
            const Result<SchemaMigrator::Outcome> done = historySchema().migrate(db);
            QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
            QCOMPARE(done.value().fromVersion, 0);
            QVERIFY(done.value().adopted);
            QCOMPARE(c.userVersion(), historySchema().latestVersion());
            for (const char *column : {"probe_interval", "down_after", "probe_log_dir"})
                QVERIFY2(c.columns(QStringLiteral("uptime_stack")).contains(QLatin1String(column)), column);
        }

        // Every row is still there, and the stores read and write them as before.
        HistoryStore history(dir.path());
        QVERIFY(history.open().ok());
        QVERIFY(history.recoveryMessage().isEmpty());
        const auto raw = history.query(QStringLiteral("prod"), QStringLiteral("tps"), Nov1, Nov1 + DayMs,
                                       HistoryResolution::Raw);
        QCOMPARE(raw.value().size(), 2);
        const auto hour = history.query(QStringLiteral("prod"), QStringLiteral("tps"), Nov1, Nov1 + DayMs,
                                        HistoryResolution::Hour);
        QCOMPARE(hour.value().size(), 1);
        QCOMPARE(hour.value().first().count, 2);
        QCOMPARE(hour.value().first().sum, 40.0);
        QVERIFY(history.append(QStringLiteral("prod"), Nov1 + 2000, {{QStringLiteral("tps"), 20.0}}).ok());
        QCOMPARE(history
                     .query(QStringLiteral("prod"), QStringLiteral("tps"), Nov1, Nov1 + DayMs,
                            HistoryResolution::Hour)
                     .value()
                     .first()
                     .count,
                 3);

        UptimeStore uptime(dir.path());
        QVERIFY(uptime.open().ok());
        QVERIFY(uptime.recoveryMessage().isEmpty());
        QCOMPARE(uptime.stacks().value(), QStringList{QStringLiteral("prod")});
        QCOMPARE(uptime.probes(QStringLiteral("prod"), {Nov1, Nov1 + DayMs}).value().size(), 7);
        const auto timeline =
            uptime.timeline(QStringLiteral("prod"), QStringLiteral("postgres"), {Nov1, Nov1 + DayMs}).value();
        QCOMPARE(timeline.size(), 3);
        QCOMPARE(timeline.at(1).reason, QStringLiteral("refused"));
        QCOMPARE(downMs(timeline), 2 * MinuteMs);
        const auto days = uptime.dailyRollups(QStringLiteral("prod"), Nov1, Nov1 + DayMs).value();
        QCOMPARE(days.size(), 2);
        QCOMPARE(days.at(1).probes, 7);
        QCOMPARE(days.at(1).failedProbes, 2);
        QCOMPARE(uptime.maintenance(QStringLiteral("prod"), {Nov1, Nov1 + 2 * DayMs}).value().size(), 1);
        QCOMPARE(uptime.maintenance(QStringLiteral("prod"), {Nov1, Nov1 + 2 * DayMs}).value().first().note,
                 QStringLiteral("upgrade"));
        QCOMPARE(uptime.target(QStringLiteral("prod")).value(), 0.995);
        const UptimePullCursor cursor = uptime.pullCursor(QStringLiteral("prod")).value();
        QCOMPARE(cursor.log.file, QStringLiteral("2026-11.log"));
        QCOMPARE(cursor.log.offset, 4096);
        QCOMPARE(cursor.inode, 1234567u);
        const StackUptime day = uptime.uptime(QStringLiteral("prod"), {Nov1, Nov1 + DayMs}).value();
        QVERIFY(day.wholeStack());
        QCOMPARE(day.wholeStack()->availability.downMs, 2 * MinuteMs);
        if (hasProbeSettings) {
            QCOMPARE(uptime.probeSettings(QStringLiteral("prod")).value(), (UptimeStackSettings{30, 3}));
            QCOMPARE(uptime.probeLogDirectory(QStringLiteral("prod")).value(), QStringLiteral("/srv/probe"));
        } else {
            QCOMPARE(uptime.probeSettings(QStringLiteral("prod")).value(), UptimeStackSettings());
            QVERIFY(uptime.setProbeSettings(QStringLiteral("prod"), {120, 4}).ok());
            QCOMPARE(uptime.probeSettings(QStringLiteral("prod")).value(), (UptimeStackSettings{120, 4}));
            QCOMPARE(uptime.target(QStringLiteral("prod")).value(), 0.995);
        }
        // New probes on the next day go in beside the old ones.
        ProbeResults next;
        for (int i = 0; i < 10; ++i)
            next.append({Nov1 + DayMs + i * MinuteMs,
                         QStringLiteral("postgres"),
                         true,
                         5,
                         {},
                         UptimeStore::ServerSource});
        QCOMPARE(uptime.addProbes(QStringLiteral("prod"), next).value(), 10);
        QCOMPARE(uptime.probes(QStringLiteral("prod"), {Nov1, Nov1 + 2 * DayMs}).value().size(), 17);
    }

    void refusesAFileFromANewerSupadesk()
    {
        QTemporaryDir dir;
        const QString made = makeReleaseFile(dir.path(), QStringLiteral("release-0.1.0.sql"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        const int newer = historySchema().latestVersion() + 1;
        QString before;
        {
            Connection c(path);
            QVERIFY(c.run(QStringLiteral("PRAGMA user_version = %1").arg(newer)).isEmpty());
            // Whatever journal the newer version chose stays.
            QVERIFY(c.run(QStringLiteral("PRAGMA journal_mode = DELETE")).isEmpty());
            before = c.dump();
            QSqlDatabase db = c.db();
            const Result<SchemaMigrator::Outcome> refused = historySchema().migrate(db);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, QStringLiteral("schema.newer"));
            QVERIFY(refused.error().message.contains(path));
            QVERIFY(refused.error().message.contains(QString::number(newer)));
        }
        // Neither store writes to it, nor takes it for damaged and moves it away.
        UptimeStore uptime(dir.path());
        const Status u = uptime.open();
        QVERIFY(!u.ok());
        QCOMPARE(u.error().code, QStringLiteral("schema.newer"));
        QVERIFY(!uptime.isOpen());
        QVERIFY(uptime.setAsidePath().isEmpty());
        HistoryStore history(dir.path());
        const Status h = history.open();
        QVERIFY(!h.ok());
        QCOMPARE(h.error().code, QStringLiteral("schema.newer"));
        QVERIFY(!history.append(QStringLiteral("prod"), Nov1, {{QStringLiteral("tps"), 1.0}}).ok());
        QVERIFY(QFile::exists(path));
        Connection after(path);
        QCOMPARE(after.dump(), before);
        QSqlQuery journal(after.db());
        QVERIFY(journal.exec(QStringLiteral("PRAGMA journal_mode")) && journal.next());
        QCOMPARE(journal.value(0).toString(), QStringLiteral("delete"));
    }

    // A script that fails half-way leaves the file as the previous version left it.
    void aBrokenMigrationLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString made = makeReleaseFile(dir.path(), QStringLiteral("release-0.1.0.sql"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        Connection c(path);
        QSqlDatabase db = c.db();
        QVERIFY(historySchema().migrate(db).ok());
        const QString atLatest = c.dump();

        QList<SchemaMigrator::Migration> scripts = historySchema().migrations();
        const int next = historySchema().latestVersion() + 1;
        scripts.append({next, QStringLiteral("%1-broken.sql").arg(next, 3, 10, QLatin1Char('0')),
                        QStringLiteral("ALTER TABLE uptime_stack ADD COLUMN alert_channel TEXT;\n"
                                       "DELETE FROM uptime_probe;\n"
                                       "INSERT INTO no_such_table VALUES (1);")});
        const Result<SchemaMigrator::Outcome> failed = SchemaMigrator(scripts).migrate(db);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("schema.migration"));
        QVERIFY(failed.error().message.contains(QStringLiteral("no_such_table")));
        QVERIFY(failed.error().message.contains(QStringLiteral("-broken.sql")));
        QCOMPARE(c.dump(), atLatest);
        QCOMPARE(c.userVersion(), next - 1);
    }

    // The same for the first script on a file from before versions: still version 0, rows untouched.
    void aBrokenFirstMigrationLeavesTheOldFileAsItWas()
    {
        QTemporaryDir dir;
        const QString made =
            makeReleaseFile(dir.path(), QStringLiteral("release-0.1.0-before-probe-settings.sql"));
        QVERIFY2(made.isEmpty(), qPrintable(made));
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        Connection c(path);
        const QString before = c.dump();
        QByteArray fileBefore;
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            fileBefore = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
        }
        QSqlDatabase db = c.db();
        QList<SchemaMigrator::Migration> scripts = historySchema().migrations();
        scripts.first().sql += QStringLiteral("\nDELETE FROM uptime_probe;\n"
                                              "ALTER TABLE uptime_stack ADD COLUMN probe_interval INTEGER;\n"
                                              "CREATE TABLE uptime_series (id INTEGER PRIMARY KEY);");
        const Result<SchemaMigrator::Outcome> failed = SchemaMigrator(scripts).migrate(db);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, QStringLiteral("schema.migration"));
        QCOMPARE(c.userVersion(), 0);
        QCOMPARE(c.dump(), before);
        QVERIFY(!c.columns(QStringLiteral("uptime_stack")).contains(QStringLiteral("probe_interval")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), fileBefore);
    }
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], kFirstConnectionsChild) == 0)
        return firstConnectionsChild(argc, argv);
    QCoreApplication app(argc, argv);
    TestSchemaMigrator test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_schemamigrator.moc"
