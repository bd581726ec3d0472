// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasestatsreader.h"

#include "pgconninfo.h"
#include "statsquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace supadesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("supadesk-stats-%1").arg(counter.fetchAndAddRelaxed(1));
}

qint64 toInt(const QSqlRecord &r, const char *name)
{
    return r.value(QLatin1String(name)).toLongLong();
}

double toDouble(const QSqlRecord &r, const char *name)
{
    return r.value(QLatin1String(name)).toDouble();
}

bool toBool(const QSqlRecord &r, const char *name)
{
    const QVariant v = r.value(QLatin1String(name));
    // QPSQL returns booleans as bool; be tolerant of "t"/"f" text.
    if (v.typeId() == QMetaType::QString)
        return v.toString() == QLatin1String("t") || v.toString() == QLatin1String("true");
    return v.toBool();
}

} // namespace

DatabaseStatsReader::DatabaseStatsReader(PostgresDsn dsn)
    : m_dsn(std::move(dsn)), m_connectionName(nextConnectionName())
{}

DatabaseStatsReader::~DatabaseStatsReader()
{
    close();
}

Status DatabaseStatsReader::open()
{
    close();
    {
        QSqlDatabase db =
            PgConnInfo::addConnection(m_dsn, m_connectionName, QStringLiteral("connect_timeout=10"));
        if (!db.open())
            return Error{ErrorCode::StatsConnect,
                         QCoreApplication::translate("DatabaseStatsReader", "Cannot connect to %1: %2")
                             .arg(m_dsn.redacted(), db.lastError().text())};
        QSqlQuery q(db);
        // A sample must never hang the sampler's thread, nor hold locks.
        if (!q.exec(QStringLiteral("SET application_name = 'supadesk-stats'; SET statement_timeout = '10s'; "
                                   "SET lock_timeout = '1s'")) ||
            !q.exec(QStringLiteral("SELECT current_setting('server_version_num')::int")) || !q.next())
            return Error{
                ErrorCode::StatsVersion,
                QCoreApplication::translate("DatabaseStatsReader", "Cannot read the server version: %1")
                    .arg(q.lastError().text())};
        m_serverVersion = q.value(0).toInt();
    }
    if (m_serverVersion < StatsQuery::MinimumServerVersion) {
        const int version = m_serverVersion;
        close();
        return Error{
            ErrorCode::StatsVersion,
            QCoreApplication::translate("DatabaseStatsReader",
                                        "PostgreSQL %1 is too old for the dashboard: version 10 or newer "
                                        "is needed.")
                .arg(version)};
    }
    for (const bool size : {false, true})
        for (const bool activity : {false, true})
            m_sql[size][activity] = StatsQuery::sql(m_serverVersion, size, activity);
    // A new connection may be to a restarted or restored server: read the size again right away.
    m_databaseSizeAge.invalidate();
    return success();
}

bool DatabaseStatsReader::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void DatabaseStatsReader::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<StatsSample> DatabaseStatsReader::sample()
{
    if (!isOpen()) {
        const Status opened = open();
        if (!opened.ok())
            return opened.error();
    }
    Result<StatsSample> first = runOnce();
    if (first.ok() || isOpen())
        return first;
    // The server closed the connection (restart, idle timeout): one fresh attempt.
    const Status reopened = open();
    if (!reopened.ok())
        return reopened.error();
    return runOnce();
}

bool DatabaseStatsReader::databaseSizeDue() const
{
    return !m_databaseSize || !m_databaseSizeAge.isValid() ||
           m_databaseSizeAge.elapsed() >= DatabaseSizeIntervalMs;
}

Result<StatsSample> DatabaseStatsReader::runOnce()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool withSize = databaseSizeDue();
    QElapsedTimer timer;
    timer.start();
    const bool ran = q.exec(m_sql[withSize][m_withActivity]) && q.next();
    const qint64 elapsedUs = timer.nsecsElapsed() / 1000;
    if (!ran) {
        const QString message =
            q.lastError().isValid()
                ? q.lastError().text()
                : QCoreApplication::translate("DatabaseStatsReader",
                                              "The database %1 is missing from pg_stat_database.")
                      .arg(m_dsn.database);
        // A broken connection shows up as a failed query on a closed handle; let sample() retry.
        if (q.lastError().type() == QSqlError::ConnectionError || !db.isOpen())
            db.close();
        return Error{ErrorCode::StatsSample,
                     QCoreApplication::translate("DatabaseStatsReader", "The statistics sample failed: %1")
                         .arg(message)};
    }
    const QSqlRecord record = q.record();
    StatsSample s = fromRecord(record);
    s.roundTripUs = elapsedUs;
    if (withSize && !record.isNull(QLatin1String("database_size"))) {
        m_databaseSize = s.databaseSize;
        m_databaseSizeTime = s.databaseSizeTime;
        m_databaseSizeAge.start();
    } else if (m_databaseSize) {
        s.databaseSize = *m_databaseSize;
        s.databaseSizeTime = m_databaseSizeTime;
    }
    return s;
}

StatsSample DatabaseStatsReader::fromRecord(const QSqlRecord &r)
{
    StatsSample s;
    s.serverVersion = static_cast<int>(toInt(r, "server_version"));
    s.serverTime = toDouble(r, "server_time");
    s.postmasterStart = toDouble(r, "postmaster_start");

    DatabaseCounters &d = s.database;
    d.xactCommit = toInt(r, "xact_commit");
    d.xactRollback = toInt(r, "xact_rollback");
    d.blksHit = toInt(r, "blks_hit");
    d.blksRead = toInt(r, "blks_read");
    d.tupReturned = toInt(r, "tup_returned");
    d.tupFetched = toInt(r, "tup_fetched");
    d.tupInserted = toInt(r, "tup_inserted");
    d.tupUpdated = toInt(r, "tup_updated");
    d.tupDeleted = toInt(r, "tup_deleted");
    d.tempFiles = toInt(r, "temp_files");
    d.tempBytes = toInt(r, "temp_bytes");
    d.deadlocks = toInt(r, "deadlocks");
    d.statsReset = toDouble(r, "db_stats_reset");

    ConnectionCounts &c = s.connections;
    c.active = static_cast<int>(toInt(r, "active"));
    c.idle = static_cast<int>(toInt(r, "idle"));
    c.idleInTransaction = static_cast<int>(toInt(r, "idle_in_xact"));
    c.idleInTransactionAborted = static_cast<int>(toInt(r, "idle_in_xact_aborted"));
    c.waiting = static_cast<int>(toInt(r, "waiting"));
    c.hidden = static_cast<int>(toInt(r, "hidden"));
    c.total = static_cast<int>(toInt(r, "total"));
    c.maxConnections = static_cast<int>(toInt(r, "max_connections"));
    c.reservedConnections = static_cast<int>(toInt(r, "reserved_connections"));

    s.longestTransactionSeconds = toDouble(r, "longest_xact");
    s.oldestIdleInTransactionSeconds = toDouble(r, "oldest_idle_xact");
    // NULL when this sample did not read the size: DatabaseStatsReader fills in the size it read last.
    if (!r.isNull(QLatin1String("database_size"))) {
        s.databaseSize = toInt(r, "database_size");
        s.databaseSizeTime = s.serverTime;
    }
    s.walLsn = toInt(r, "wal_lsn");
    s.inRecovery = toBool(r, "in_recovery");

    CheckpointCounters &k = s.checkpoints;
    k.timed = toInt(r, "checkpoints_timed");
    k.requested = toInt(r, "checkpoints_requested");
    k.writeTimeMs = toDouble(r, "checkpoint_write_ms");
    k.syncTimeMs = toDouble(r, "checkpoint_sync_ms");
    k.buffersWritten = toInt(r, "checkpoint_buffers");
    k.statsReset = toDouble(r, "checkpoint_stats_reset");

    s.standbys = StatsSample::standbysFromJson(r.value(QLatin1String("standbys")).toString().toUtf8());
    s.replicationSlots = StatsSample::slotsFromJson(r.value(QLatin1String("slots")).toString().toUtf8());
    s.fullVisibility = toBool(r, "full_visibility");
    if (!r.isNull(QLatin1String("replay_age")))
        s.secondsSinceReplay = toDouble(r, "replay_age");
    s.setReceiverFromJson(r.value(QLatin1String("receiver")).toString().toUtf8());
    s.activity = ActivitySnapshot::sessionsFromJson(r.value(QLatin1String("activity")).toString().toUtf8());
    return s;
}

} // namespace supadesk
