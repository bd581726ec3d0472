// SPDX-License-Identifier: GPL-3.0-or-later
// The local history store on real SQLite files: roll-ups, retention, and what happens to a file that
// was killed mid-write, cut short or overwritten.
#include "db/historystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace supadesk;

namespace {

// 2026-11-01T00:00:00Z: an hour boundary, so the bucket arithmetic below is easy to follow.
constexpr qint64 base = 1'793'491'200'000;

QList<QPair<QString, double>> values(double tps)
{
    return {{QStringLiteral("tps"), tps}, {QStringLiteral("connections"), tps * 2}};
}

// Run by the test in a child process (the same executable): writes samples as fast as it can and
// reports each committed one, until it is killed.
int writer(const QString &directory)
{
    HistoryStore store(directory);
    if (!store.open().ok())
        return 1;
    QTextStream out(stdout);
    for (qint64 i = 0;; ++i) {
        if (!store.append(QStringLiteral("prod"), base + i * 1000, values(static_cast<double>(i))).ok())
            return 2;
        out << "committed " << i + 1 << Qt::endl;
    }
}

qint64 total(const QList<RollupBucket> &buckets)
{
    qint64 n = 0;
    for (const RollupBucket &b : buckets)
        n += b.count;
    return n;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private slots:
    void rollupArithmetic()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store.recoveryMessage().isEmpty());
        // One sample just before the minute boundary, three inside the next minute, one on the next.
        const QList<QPair<qint64, double>> samples = {{base + 59'500, 1},
                                                      {base + 60'000, 2},
                                                      {base + 90'000, 6},
                                                      {base + 119'999, 4},
                                                      {base + 120'000, 10}};
        for (const auto &[t, v] : samples)
            QVERIFY(store.append(QStringLiteral("prod"), t, values(v)).ok());
        QVERIFY(store.append(QStringLiteral("staging"), base + 60'000, values(100)).ok());

        const auto raw = store.query(QStringLiteral("prod"), QStringLiteral("tps"), base,
                                     base + Rollup::HourMs, HistoryResolution::Raw);
        QVERIFY(raw.ok());
        QCOMPARE(raw.value().size(), 5);
        QCOMPARE(raw.value().at(2).startMs, base + 90'000);
        QCOMPARE(raw.value().at(2).mean(), 6.0);

        const auto minutes = store.query(QStringLiteral("prod"), QStringLiteral("tps"), base,
                                         base + Rollup::HourMs, HistoryResolution::Minute);
        QVERIFY(minutes.ok());
        QCOMPARE(minutes.value().size(), 3);
        QCOMPARE(minutes.value().at(0).startMs, base);
        QCOMPARE(minutes.value().at(0).count, 1);
        const RollupBucket m = minutes.value().at(1);
        QCOMPARE(m.startMs, base + 60'000);
        QCOMPARE(m.min, 2.0);
        QCOMPARE(m.max, 6.0);
        QCOMPARE(m.sum, 12.0);
        QCOMPARE(m.count, 3);
        QCOMPARE(m.mean(), 4.0);
        QCOMPARE(minutes.value().at(2).startMs, base + 120'000);

        const auto hours = store.query(QStringLiteral("prod"), QStringLiteral("connections"),
                                       base - Rollup::DayMs, base + Rollup::DayMs, HistoryResolution::Hour);
        QVERIFY(hours.ok());
        QCOMPARE(hours.value().size(), 1);
        QCOMPARE(hours.value().at(0).startMs, base);
        QCOMPARE(hours.value().at(0).count, 5);
        QCOMPARE(hours.value().at(0).sum, 46.0);
        QCOMPARE(hours.value().at(0).min, 2.0);
        QCOMPARE(hours.value().at(0).max, 20.0);
        // Another stack's figures stay its own.
        QCOMPARE(store
                     .query(QStringLiteral("staging"), QStringLiteral("tps"), base, base + Rollup::HourMs,
                            HistoryResolution::Minute)
                     .value()
                     .size(),
                 1);
    }

    void retentionPrunesEachResolution()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        // One sample every 10 minutes for three days.
        const qint64 step = 10 * Rollup::MinuteMs;
        const int count = static_cast<int>(3 * Rollup::DayMs / step);
        for (int i = 0; i < count; ++i)
            QVERIFY(
                store.append(QStringLiteral("prod"), base + i * step, {{QStringLiteral("tps"), 1.0}}).ok());
        const qint64 now = base + 3 * Rollup::DayMs; // just after the last sample's 10 minutes
        RetentionPolicy policy;
        policy.rawMs = Rollup::DayMs;
        policy.minuteMs = 2 * Rollup::DayMs;
        policy.hourMs = 400 * Rollup::DayMs;
        const Result<qint64> deleted = store.prune(now, policy);
        QVERIFY(deleted.ok());
        // Raw: the last day is 144 samples; minute buckets: the last two days, 288; hours: all 72.
        const auto read = [&](HistoryResolution r) {
            return store.query(QStringLiteral("prod"), QStringLiteral("tps"), 0, now, r).value();
        };
        QCOMPARE(read(HistoryResolution::Raw).size(), 144);
        QCOMPARE(read(HistoryResolution::Raw).first().startMs, now - Rollup::DayMs);
        QCOMPARE(read(HistoryResolution::Minute).size(), 288);
        QCOMPARE(read(HistoryResolution::Hour).size(), 72);
        QCOMPARE(total(read(HistoryResolution::Hour)), count); // the hour roll-ups still cover everything
        QCOMPARE(deleted.value(), (count - 144) + (count - 288));
        // Pruning again deletes nothing more.
        QCOMPARE(store.prune(now, policy).value(), 0);
    }

    // Several stacks: each writer prunes the whole file, all stacks' old rows go, and SQLite walks the
    // (series, t) key instead of reading every row (a fleet's file is gigabytes, read once per stack).
    void pruneSearchesTheKeyOfEveryStack()
    {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        for (const QString &stack : {QStringLiteral("prod"), QStringLiteral("staging")}) {
            QVERIFY(store.append(stack, base, values(1)).ok());
            QVERIFY(store.append(stack, base + 3 * Rollup::DayMs, values(2)).ok());
        }
        RetentionPolicy policy;
        policy.rawMs = Rollup::DayMs;
        const Result<qint64> deleted = store.prune(base + 3 * Rollup::DayMs, policy);
        QVERIFY(deleted.ok());
        QCOMPARE(deleted.value(), 4); // two stacks x two metrics, raw rows only
        for (const QString &stack : {QStringLiteral("prod"), QStringLiteral("staging")})
            QCOMPARE(
                store.query(stack, QStringLiteral("tps"), 0, base + 4 * Rollup::DayMs, HistoryResolution::Raw)
                    .value()
                    .size(),
                1);

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
        db.setDatabaseName(store.filePath());
        QVERIFY(db.open());
        for (const char *table : {"raw", "rollup_minute", "rollup_hour"}) {
            QSqlQuery plan(db);
            QVERIFY(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") +
                              HistoryStore::pruneStatement(QLatin1String(table))
                                  .replace(QLatin1Char('?'), QStringLiteral("0"))));
            QStringList steps;
            while (plan.next())
                steps << plan.value(3).toString();
            const QString joined = steps.join(QStringLiteral(" | "));
            QVERIFY2(joined.contains(QStringLiteral("SEARCH %1 USING PRIMARY KEY").arg(QLatin1String(table))),
                     qPrintable(joined));
            QVERIFY2(!joined.contains(QStringLiteral("SCAN %1").arg(QLatin1String(table))),
                     qPrintable(joined));
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("plan"));
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        {
            HistoryStore store(dir.path());
            QVERIFY(store.open().ok());
            QVERIFY(store.append(QStringLiteral("prod"), base, values(7)).ok());
        }
        HistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY(store.recoveryMessage().isEmpty());
        const auto raw = store.query(QStringLiteral("prod"), QStringLiteral("tps"), base, base + 1,
                                     HistoryResolution::Raw);
        QCOMPARE(raw.value().size(), 1);
        QCOMPARE(raw.value().at(0).min, 7.0);
    }

    void killedMidWriteLosesNothingCommitted()
    {
        QTemporaryDir dir;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), dir.path()});
        QVERIFY(child.waitForStarted());
        qint64 committed = 0;
        QByteArray pending;
        while (committed < 300 && child.waitForReadyRead(20000)) {
            pending += child.readAllStandardOutput();
            const qsizetype lastNewline = pending.lastIndexOf('\n');
            if (lastNewline < 0)
                continue;
            const QList<QByteArray> lines = pending.left(lastNewline).split('\n');
            pending = pending.mid(lastNewline + 1);
            committed = lines.last().split(' ').last().toLongLong();
        }
        QVERIFY2(committed >= 300, "the writer did not get going");
        child.kill(); // SIGKILL while it writes: no clean-up, no checkpoint
        child.waitForFinished();

        HistoryStore store(dir.path());
        QVERIFY(store.open().ok());
        QVERIFY2(store.recoveryMessage().isEmpty(), qPrintable(store.recoveryMessage()));
        const auto raw = store.query(QStringLiteral("prod"), QStringLiteral("tps"), 0, base + Rollup::DayMs,
                                     HistoryResolution::Raw);
        QVERIFY(raw.ok());
        QVERIFY2(raw.value().size() >= committed,
                 qPrintable(QStringLiteral("%1 rows, %2 committed").arg(raw.value().size()).arg(committed)));
        // Raw rows and roll-ups are written in one transaction: they always agree.
        const auto minutes = store.query(QStringLiteral("prod"), QStringLiteral("tps"), 0,
                                         base + Rollup::DayMs, HistoryResolution::Minute);
        QCOMPARE(total(minutes.value()), raw.value().size());
        const auto other = store.query(QStringLiteral("prod"), QStringLiteral("connections"), 0,
                                       base + Rollup::DayMs, HistoryResolution::Raw);
        QCOMPARE(other.value().size(), raw.value().size());
        QVERIFY(store.append(QStringLiteral("prod"), base - 1000, values(1)).ok());
    }

    void truncatedFileIsSetAside()
    {
        QTemporaryDir dir;
        {
            HistoryStore store(dir.path());
            QVERIFY(store.open().ok());
            for (int i = 0; i < 3000; ++i)
                QVERIFY(store.append(QStringLiteral("prod"), base + i * 1000, values(i)).ok());
        } // closing checkpoints the WAL into the main file
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 100'000);
        QVERIFY(
            QFile::resize(path, size / 2 + 123)); // cut in the middle of a page, as a crash of the disk might

        HistoryStore store(dir.path());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(!store.recoveryMessage().isEmpty());
        QVERIFY(store.recoveryMessage().contains(store.setAsidePath()));
        QCOMPARE(QFileInfo(store.setAsidePath()).size(), size / 2 + 123); // kept for the user, untouched
        QVERIFY(
            store.query(QStringLiteral("prod"), QStringLiteral("tps"), 0, base * 2, HistoryResolution::Raw)
                .value()
                .isEmpty());
        QVERIFY(store.append(QStringLiteral("prod"), base, values(1)).ok());
        store.close();
        HistoryStore again(dir.path());
        QVERIFY(again.open().ok());
        QVERIFY(again.recoveryMessage().isEmpty());
    }

    void garbageFileIsSetAside_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray noise(64 * 1024, '\0');
        QRandomGenerator generator(42);
        for (char &c : noise)
            c = static_cast<char>(generator.bounded(256));
        QTest::newRow("random bytes") << noise;
        QTest::newRow("text") << QByteArray("this is not a database\n").repeated(100);
        // A valid header followed by garbage pages.
        QTest::newRow("header then noise") << QByteArray("SQLite format 3\0", 16) + noise;
    }

    void garbageFileIsSetAside()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(HistoryStore::fileName());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        HistoryStore store(dir.path());
        const Status opened = store.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        QVERIFY(!store.recoveryMessage().isEmpty());
        QFile aside(store.setAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), content);
        QVERIFY(store.append(QStringLiteral("prod"), base, values(3)).ok());
        QCOMPARE(
            store.query(QStringLiteral("prod"), QStringLiteral("tps"), base, base + 1, HistoryResolution::Raw)
                .value()
                .size(),
            1);
    }

    void unwritableDirectoryIsAnError()
    {
        HistoryStore store(QStringLiteral("/proc/supadesk-no-such-dir"));
        const Status opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("history.dir"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--writer")
        return writer(QString::fromLocal8Bit(argv[2]));
    TestHistoryStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historystore.moc"
