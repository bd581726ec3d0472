// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyfiller.h"

#include "core/metrics/rollup.h"
#include "core/metrics/statsseries.h"
#include "db/historystore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace supadesk::bench {

QStringList HistoryFiller::metrics()
{
    // Every series a sample with rates and a standby contributes.
    StatsSample sample;
    sample.standbys.append(StandbyLag{});
    sample.standbys.first().lagBytes = 1;
    sample.standbys.first().replayLagSeconds = 1;
    sample.replicationSlots.append(SlotRetention{});
    sample.replicationSlots.first().retainedBytes = 1;
    StatsRates rates;
    for (std::optional<double> *r :
         {&rates.commitsPerSecond, &rates.rollbacksPerSecond, &rates.transactionsPerSecond,
          &rates.cacheHitRatio, &rates.tuplesReturnedPerSecond, &rates.tuplesFetchedPerSecond,
          &rates.tuplesInsertedPerSecond, &rates.tuplesUpdatedPerSecond, &rates.tuplesDeletedPerSecond,
          &rates.tempBytesPerSecond, &rates.deadlocksPerSecond, &rates.walBytesPerSecond,
          &rates.checkpointsTimed, &rates.checkpointsRequested})
        *r = 1;
    QStringList names;
    for (const auto &[name, value] : StatsSeries::values(sample, rates))
        names.append(name);
    return names;
}

Status HistoryFiller::fill(const QString &directory, const QString &stack, qint64 nowMs, int rawDays,
                           int rollupDays, qint64 stepMs)
{
    {
        HistoryStore store(directory); // creates the file and its schema
        if (const Status opened = store.open(); !opened.ok())
            return opened;
    }
    const QString name = QStringLiteral("history-filler");
    Status result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(directory + QStringLiteral("/") + HistoryStore::fileName());
        if (!db.open())
            return Error{QStringLiteral("bench.open"), db.lastError().text()};
        QSqlQuery q(db);
        auto run = [&q](const QString &sql, const QVariantList &values = {}) {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            return q.exec();
        };
        bool ok = run(QStringLiteral("PRAGMA synchronous=OFF")) && db.transaction();
        for (const QString &metric : metrics())
            ok =
                ok &&
                run(QStringLiteral("INSERT INTO series (stack, metric) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                    {stack, metric});
        // Values vary by series and time so that min, max and mean differ; the pattern is irrelevant.
        const qint64 rawCount = rawDays * Rollup::DayMs / stepMs;
        const qint64 rawStart = nowMs - rawCount * stepMs;
        ok = ok &&
             run(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                                "INSERT OR REPLACE INTO raw (series, t, value) SELECT s.id, ? + n.i * ?, "
                                "((n.i * 7919 + s.id * 104729) % 1000) / 10.0 FROM series s CROSS JOIN n "
                                "WHERE s.stack = ?"),
                 {rawCount - 1, rawStart, stepMs, stack});
        const QPair<const char *, qint64> rollups[] = {{"rollup_minute", Rollup::MinuteMs},
                                                       {"rollup_hour", Rollup::HourMs}};
        for (const auto &[table, bucket] : rollups) {
            const qint64 count = rollupDays * Rollup::DayMs / bucket;
            const qint64 start = Rollup::bucketStart(nowMs, bucket) - (count - 1) * bucket;
            ok =
                ok &&
                run(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < "
                                   "?) INSERT OR REPLACE INTO %1 (series, t, min, max, sum, count) SELECT "
                                   "s.id, ? + n.i * ?, 0, ((n.i * 7919 + s.id) % 1000) / 10.0, "
                                   "(((n.i * 7919 + s.id) % 1000) / 20.0) * (? / ?), ? / ? FROM series s "
                                   "CROSS JOIN n WHERE s.stack = ?")
                        .arg(QLatin1String(table)),
                    {count - 1, start, bucket, bucket, stepMs, bucket, stepMs, stack});
        }
        ok = ok && db.commit();
        if (!ok)
            result = Error{QStringLiteral("bench.fill"), q.lastError().text() + db.lastError().text()};
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace supadesk::bench
