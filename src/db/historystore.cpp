// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "schemamigrator.h"
#include "sqlconnections.h"
#include "sqlitefilehealth.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace supadesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-history-%1").arg(counter.fetchAndAddRelaxed(1));
}

// `message` is a full sentence with %1 for the database's own words.
Error sqlError(const QString &message, const QSqlError &error)
{
    return Error{QStringLiteral("history.sql"), message.arg(error.text())};
}

const char *const rollupTables[] = {"rollup_minute", "rollup_hour"};

} // namespace

HistoryStore::HistoryStore(QString directory)
    : m_directory(std::move(directory)), m_connectionName(nextConnectionName())
{}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::filePath() const
{
    return QDir(m_directory).filePath(fileName());
}

void HistoryStore::close()
{
    m_seriesIds.clear();
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void HistoryStore::setCacheKiB(int kib)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Status HistoryStore::open()
{
    close();
    m_recoveryMessage.clear();
    m_setAsidePath.clear();
    if (!QDir().mkpath(m_directory))
        return Error{
            QStringLiteral("history.dir"),
            QCoreApplication::translate("HistoryStore", "Cannot create the directory %1.").arg(m_directory)};
    Status opened = openFile();
    if (opened.ok())
        return opened;
    if (opened.error().code != QLatin1String("history.damaged")) {
        close(); // e.g. a file from a newer Supadesk: not a connection to write on
        return opened;
    }
    close();
    const Status moved = setAside(opened.error().message);
    if (!moved.ok())
        return moved;
    opened = openFile();
    if (!opened.ok())
        close();
    return opened;
}

Status HistoryStore::openForReading()
{
    close();
    if (!QFile::exists(filePath()))
        return Error{QStringLiteral("history.missing"),
                     QCoreApplication::translate("HistoryStore", "No history has been recorded yet.")};
    QSqlDatabase db = SqlConnections::addSqlite(m_connectionName, filePath());
    if (!db.open())
        return Error{QStringLiteral("history.open"),
                     QCoreApplication::translate("HistoryStore", "Cannot open the local history %1: %2")
                         .arg(filePath(), db.lastError().text())};
    return success();
}

Status HistoryStore::openFile()
{
    QSqlDatabase db = SqlConnections::addSqlite(m_connectionName, filePath());
    if (!db.open())
        return Error{QStringLiteral("history.open"),
                     QCoreApplication::translate("HistoryStore", "Cannot open the local history %1: %2")
                         .arg(filePath(), db.lastError().text())};
    const SqliteFileHealth::Check health = SqliteFileHealth::check(db, filePath());
    switch (health.verdict) {
    case SqliteFileHealth::Verdict::Healthy:
        return createSchema();
    case SqliteFileHealth::Verdict::Damaged:
        return Error{QStringLiteral("history.damaged"), health.detail};
    case SqliteFileHealth::Verdict::Unreadable:
        break;
    }
    return Error{QStringLiteral("history.open"),
                 QCoreApplication::translate("HistoryStore", "Cannot read the local history %1: %2")
                     .arg(filePath(), health.detail)};
}

Status HistoryStore::setAside(const QString &reason)
{
    const QString target = SqliteFileHealth::setAside(filePath());
    if (target.isEmpty())
        return Error{QStringLiteral("history.setaside"),
                     QCoreApplication::translate(
                         "HistoryStore", "The local history %1 is damaged and could not be moved aside.")
                         .arg(filePath())};
    m_setAsidePath = target;
    m_recoveryMessage =
        QCoreApplication::translate(
            "HistoryStore", "The local history was damaged (%1). It was moved to %2 and a new, empty history "
                            "was started.")
            .arg(reason.trimmed(), target);
    return success();
}

Status HistoryStore::createSchema()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // First the schema, so that a file from a newer Supadesk is refused before anything is set on it.
    // The tables are the history file's, shared with UptimeStore (resources/sql/history).
    const Result<SchemaMigrator> schema = SchemaMigrator::history();
    if (!schema.ok())
        return schema.error();
    if (const Result<SchemaMigrator::Outcome> migrated = schema.value().migrate(db); !migrated.ok())
        return migrated.error();
    // Connection settings, not schema.
    if (const QSqlError failed = SqlConnections::useWriteAheadLog(db); failed.isValid())
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not be prepared: %1"),
            failed);
    return success();
}

Result<qint64> HistoryStore::seriesId(const QString &stack, const QString &metric)
{
    const QString key = stack + QChar(0) + metric;
    const auto known = m_seriesIds.constFind(key);
    if (known != m_seriesIds.constEnd())
        return *known;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO series (stack, metric) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(stack);
    q.addBindValue(metric);
    if (!q.exec())
        return sqlError(QCoreApplication::translate("HistoryStore",
                                                    "The local history could not register a new series: %1"),
                        q.lastError());
    q.prepare(QStringLiteral("SELECT id FROM series WHERE stack = ? AND metric = ?"));
    q.addBindValue(stack);
    q.addBindValue(metric);
    if (!q.exec() || !q.next())
        return sqlError(QCoreApplication::translate("HistoryStore",
                                                    "The local history could not register a new series: %1"),
                        q.lastError());
    const qint64 id = q.value(0).toLongLong();
    m_seriesIds.insert(key, id);
    return id;
}

Status HistoryStore::append(const QString &stack, qint64 tMs, const QList<QPair<QString, double>> &values)
{
    return append(QList<Reading>{{stack, tMs, values}});
}

Status HistoryStore::append(const QList<Reading> &readings)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return Error{QStringLiteral("history.closed"),
                     QCoreApplication::translate("HistoryStore", "The local history is not open.")};
    if (!db.transaction())
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not start writing: %1"),
            db.lastError());
    QSqlQuery raw(db);
    raw.prepare(QStringLiteral("INSERT OR REPLACE INTO raw (series, t, value) VALUES (?, ?, ?)"));
    QSqlQuery rollups[2] = {QSqlQuery(db), QSqlQuery(db)};
    for (int i = 0; i < 2; ++i)
        rollups[i].prepare(
            QStringLiteral("INSERT INTO %1 (series, t, min, max, sum, count) VALUES (?, ?, ?, ?, ?, 1) "
                           "ON CONFLICT (series, t) DO UPDATE SET min = min(min, excluded.min), "
                           "max = max(max, excluded.max), sum = sum + excluded.sum, count = count + 1")
                .arg(QLatin1String(rollupTables[i])));
    for (const Reading &reading : readings) {
        const qint64 buckets[2] = {Rollup::bucketStart(reading.tMs, Rollup::MinuteMs),
                                   Rollup::bucketStart(reading.tMs, Rollup::HourMs)};
        for (const auto &[metric, value] : reading.values) {
            const Result<qint64> id = seriesId(reading.stack, metric);
            if (!id.ok()) {
                db.rollback();
                m_seriesIds.clear(); // ids created in the rolled-back transaction are gone
                return id.error();
            }
            raw.bindValue(0, id.value());
            raw.bindValue(1, reading.tMs);
            raw.bindValue(2, value);
            bool ok = raw.exec();
            for (int i = 0; ok && i < 2; ++i) {
                rollups[i].bindValue(0, id.value());
                rollups[i].bindValue(1, buckets[i]);
                rollups[i].bindValue(2, value);
                rollups[i].bindValue(3, value);
                rollups[i].bindValue(4, value);
                ok = rollups[i].exec();
            }
            if (!ok) {
                const QSqlError error = raw.lastError().isValid()          ? raw.lastError()
                                        : rollups[0].lastError().isValid() ? rollups[0].lastError()
                                                                           : rollups[1].lastError();
                db.rollback();
                m_seriesIds.clear();
                return sqlError(QCoreApplication::translate("HistoryStore",
                                                            "The local history could not store a sample: %1"),
                                error);
            }
        }
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        m_seriesIds.clear();
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not store a sample: %1"),
            error);
    }
    return success();
}

Result<QList<RollupBucket>> HistoryStore::query(const QString &stack, const QString &metric, qint64 fromMs,
                                                qint64 toMs, HistoryResolution resolution)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (resolution == HistoryResolution::Raw)
        q.prepare(QStringLiteral(
            "SELECT r.t, r.value, r.value, r.value, 1 FROM raw r JOIN series s ON s.id = r.series "
            "WHERE s.stack = ? AND s.metric = ? AND r.t >= ? AND r.t < ? ORDER BY r.t"));
    else
        q.prepare(QStringLiteral(
                      "SELECT r.t, r.min, r.max, r.sum, r.count FROM %1 r JOIN series s ON s.id = r.series "
                      "WHERE s.stack = ? AND s.metric = ? AND r.t >= ? AND r.t < ? ORDER BY r.t")
                      .arg(QLatin1String(rollupTables[resolution == HistoryResolution::Minute ? 0 : 1])));
    q.addBindValue(stack);
    q.addBindValue(metric);
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    if (!q.exec())
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not be read: %1"),
            q.lastError());
    QList<RollupBucket> result;
    while (q.next()) {
        RollupBucket b;
        b.startMs = q.value(0).toLongLong();
        b.min = q.value(1).toDouble();
        b.max = q.value(2).toDouble();
        b.sum = q.value(3).toDouble();
        b.count = q.value(4).toLongLong();
        result.append(b);
    }
    return result;
}

QString HistoryStore::pruneStatement(QLatin1String table)
{
    // Every table's key is (series, t): one short range per series. "WHERE t < ?" alone reads the
    // whole file, gigabytes with fifty stacks, and each stack's writer prunes once at its first
    // sample, so a fleet read the file once per stack with the write lock held.
    return QStringLiteral("DELETE FROM %1 WHERE series IN (SELECT id FROM series) AND t < ?").arg(table);
}

Result<qint64> HistoryStore::prune(qint64 nowMs, const RetentionPolicy &policy)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not start pruning: %1"),
            db.lastError());
    QSqlQuery q(db);
    qint64 deleted = 0;
    const QPair<const char *, qint64> cuts[] = {{"raw", policy.rawCutoff(nowMs)},
                                                {"rollup_minute", policy.minuteCutoff(nowMs)},
                                                {"rollup_hour", policy.hourCutoff(nowMs)}};
    for (const auto &[table, cutoff] : cuts) {
        q.prepare(pruneStatement(QLatin1String(table)));
        q.addBindValue(cutoff);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            db.rollback();
            return sqlError(
                QCoreApplication::translate("HistoryStore", "The local history could not be pruned: %1"),
                error);
        }
        deleted += q.numRowsAffected();
    }
    if (!db.commit())
        return sqlError(
            QCoreApplication::translate("HistoryStore", "The local history could not be pruned: %1"),
            db.lastError());
    return deleted;
}

} // namespace supadesk
