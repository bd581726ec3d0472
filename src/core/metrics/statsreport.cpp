// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsreport.h"

#include "core/locale/displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <cmath>

namespace supadesk {

namespace {

QJsonValue json(const std::optional<double> &v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(*v * scale) / scale;
}

QJsonValue jsonInt(const std::optional<qint64> &v)
{
    return v ? QJsonValue(static_cast<double>(*v)) : QJsonValue::Null;
}

std::optional<double> rate(const std::optional<StatsRates> &rates, std::optional<double> StatsRates::*field)
{
    if (!rates)
        return std::nullopt;
    return (*rates).*field;
}

QString text(const std::optional<double> &v, int decimals = 1)
{
    return v ? DisplayFormat().number(*v, decimals) : QStringLiteral("-");
}

// The line's columns: a title, translated on its own, and the width its figures need. A column is
// as wide as the wider of the two, so a translated title longer than the English one moves the
// figures below it along instead of pushing the header out of line.
struct Column
{
    const char *title;
    int width;
};

constexpr Column columns[] = {
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "time"), 8},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "TPS"), 7},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "commit/s"), 9},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "rollback/s"), 11},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "hit%"), 5},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "active"), 6},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "idle"), 4},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "idle-tx"), 7},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "waiting"), 7},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "total/max"), 10},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "lag"), 4},
    {QT_TRANSLATE_NOOP("supadesk::StatsReport", "rtt-ms"), 7},
};

QString title(const Column &column)
{
    return QCoreApplication::translate("supadesk::StatsReport", column.title);
}

// The time is left-aligned, figures right-aligned, one space between columns.
QString row(const QStringList &cells)
{
    QStringList out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int width = int(qMax(qsizetype(columns[i].width), title(columns[i]).size()));
        out.append(i == 0 ? cells.at(i).leftJustified(width) : cells.at(i).rightJustified(width));
    }
    return out.join(QLatin1Char(' '));
}

} // namespace

QJsonObject StatsReport::toJson(const StatsSample &s, const std::optional<StatsRates> &rates)
{
    QJsonObject o;
    o.insert(QLatin1String("time"),
             QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(s.serverTime * 1000), QTimeZone::utc())
                 .toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("round_trip_ms"),
             json(std::optional<double>(static_cast<double>(s.roundTripUs) / 1000.0), 3));
    o.insert(QLatin1String("tps"), json(rate(rates, &StatsRates::transactionsPerSecond)));
    o.insert(QLatin1String("commits_per_s"), json(rate(rates, &StatsRates::commitsPerSecond)));
    o.insert(QLatin1String("rollbacks_per_s"), json(rate(rates, &StatsRates::rollbacksPerSecond)));
    const std::optional<double> hit = rate(rates, &StatsRates::cacheHitRatio);
    o.insert(QLatin1String("cache_hit_pct"), json(hit ? std::optional<double>(*hit * 100) : std::nullopt));
    const std::optional<double> cumulative = s.cumulativeCacheHitRatio();
    o.insert(QLatin1String("cache_hit_pct_since_reset"),
             json(cumulative ? std::optional<double>(*cumulative * 100) : std::nullopt));
    o.insert(QLatin1String("tuples_returned_per_s"), json(rate(rates, &StatsRates::tuplesReturnedPerSecond)));
    o.insert(QLatin1String("tuples_inserted_per_s"), json(rate(rates, &StatsRates::tuplesInsertedPerSecond)));
    o.insert(QLatin1String("tuples_updated_per_s"), json(rate(rates, &StatsRates::tuplesUpdatedPerSecond)));
    o.insert(QLatin1String("tuples_deleted_per_s"), json(rate(rates, &StatsRates::tuplesDeletedPerSecond)));
    o.insert(QLatin1String("temp_bytes_per_s"), json(rate(rates, &StatsRates::tempBytesPerSecond)));
    o.insert(QLatin1String("wal_bytes_per_s"), json(rate(rates, &StatsRates::walBytesPerSecond)));
    o.insert(QLatin1String("deadlocks"), static_cast<double>(s.database.deadlocks));
    o.insert(QLatin1String("stats_reset_in_interval"), rates ? rates->databaseCountersReset : false);

    QJsonObject c;
    c.insert(QLatin1String("active"), s.connections.active);
    c.insert(QLatin1String("idle"), s.connections.idle);
    c.insert(QLatin1String("idle_in_transaction"), s.connections.idleInTransaction);
    c.insert(QLatin1String("idle_in_transaction_aborted"), s.connections.idleInTransactionAborted);
    c.insert(QLatin1String("waiting"), s.connections.waiting);
    c.insert(QLatin1String("hidden"), s.connections.hidden);
    c.insert(QLatin1String("total"), s.connections.total);
    c.insert(QLatin1String("max"), s.connections.maxConnections);
    o.insert(QLatin1String("connections"), c);

    o.insert(QLatin1String("longest_transaction_s"),
             json(std::optional<double>(s.longestTransactionSeconds)));
    o.insert(QLatin1String("oldest_idle_in_transaction_s"),
             json(std::optional<double>(s.oldestIdleInTransactionSeconds)));
    o.insert(QLatin1String("database_size_bytes"), static_cast<double>(s.databaseSize));
    o.insert(QLatin1String("in_recovery"), s.inRecovery);
    o.insert(QLatin1String("replication_lag_bytes"), jsonInt(s.maxReplicationLagBytes()));
    o.insert(QLatin1String("replication_lag_s"), json(s.maxReplicationLagSeconds(), 3));
    QJsonArray standbys;
    for (const StandbyLag &l : s.standbys) {
        QJsonObject so;
        so.insert(QLatin1String("name"), l.name);
        so.insert(QLatin1String("address"), l.address);
        so.insert(QLatin1String("state"), l.state);
        so.insert(QLatin1String("lag_bytes"), jsonInt(l.lagBytes));
        so.insert(QLatin1String("replay_lag_s"), json(l.replayLagSeconds, 3));
        standbys.append(so);
    }
    o.insert(QLatin1String("standbys"), standbys);
    o.insert(QLatin1String("full_visibility"), s.fullVisibility);
    return o;
}

QString StatsReport::header()
{
    QStringList titles;
    for (const Column &column : columns)
        titles.append(title(column));
    return row(titles);
}

QString StatsReport::toLine(const StatsSample &s, const std::optional<StatsRates> &rates)
{
    const DisplayFormat format;
    const QString time = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(s.serverTime * 1000))
                             .toString(QStringLiteral("HH:mm:ss"));
    const std::optional<double> hit = rate(rates, &StatsRates::cacheHitRatio);
    const std::optional<qint64> lagBytes = s.maxReplicationLagBytes();
    return row({time, text(rate(rates, &StatsRates::transactionsPerSecond)),
                text(rate(rates, &StatsRates::commitsPerSecond)),
                text(rate(rates, &StatsRates::rollbacksPerSecond)),
                text(hit ? std::optional<double>(*hit * 100) : std::nullopt),
                format.number(s.connections.active), format.number(s.connections.idle),
                format.number(s.connections.idleInTransaction + s.connections.idleInTransactionAborted),
                format.number(s.connections.waiting),
                QStringLiteral("%1/%2").arg(format.number(s.connections.total),
                                            format.number(s.connections.maxConnections)),
                lagBytes ? format.number(*lagBytes) : QStringLiteral("-"),
                format.number(static_cast<double>(s.roundTripUs) / 1000.0, 2)});
}

} // namespace supadesk
