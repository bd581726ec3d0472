// SPDX-License-Identifier: GPL-3.0-or-later
#include "statstatementsreader.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>
#include <optional>
#include <utility>

namespace supadesk {

namespace {

QString detail(const QSqlError &error)
{
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

// Runs `work` on a connection that exists only for this call, so any thread may call it.
template <typename T>
Result<T> withConnection(const DbEndpoint &endpoint, const std::function<Result<T>(QSqlDatabase)> &work)
{
    const QString name = QStringLiteral("statements-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Result<T>> result;
    {
        QSqlDatabase db = endpoint.addConnection(
            name, QStringLiteral("connect_timeout=10;application_name=supadesk-analyzer"));
        if (!db.open())
            result = Result<T>(Error{
                ErrorCode::StatementsConnect,
                QCoreApplication::translate("StatStatementsReader", "Cannot connect to the database: %1")
                    .arg(detail(db.lastError()))});
        else
            result = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return std::move(*result);
}

} // namespace

double StatementStats::cacheHitPercent() const
{
    const qint64 blocks = sharedHit + sharedRead;
    return blocks > 0 ? 100.0 * double(sharedHit) / double(blocks) : -1;
}

StatStatementsReader::StatStatementsReader(QSqlDatabase db) : m_db(std::move(db)) {}

Status StatStatementsReader::checkInstalled()
{
    QSqlQuery query(m_db);
    if (!query.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'), "
                           "current_setting('shared_preload_libraries'), current_database()")) ||
        !query.next())
        return Error{ErrorCode::StatementsQuery,
                     QCoreApplication::translate("StatStatementsReader", "Cannot read the statistics: %1")
                         .arg(detail(query.lastError()))};
    if (query.value(0).toBool())
        return success();
    if (query.value(1).toString().contains(QLatin1String("pg_stat_statements")))
        return Error{
            ErrorCode::StatementsNotCreated,
            QCoreApplication::translate(
                "StatStatementsReader",
                "pg_stat_statements is loaded by the server but not created in the database “%1”. "
                "Run CREATE EXTENSION pg_stat_statements; in that database (as a superuser), then refresh.")
                .arg(query.value(2).toString())};
    return Error{ErrorCode::StatementsNotLoaded,
                 QCoreApplication::translate(
                     "StatStatementsReader",
                     "pg_stat_statements is not enabled on this server. Add it to postgresql.conf:\n"
                     "shared_preload_libraries = 'pg_stat_statements'\n"
                     "restart PostgreSQL, run CREATE EXTENSION pg_stat_statements; in the database “%1”, "
                     "then refresh.")
                     .arg(query.value(2).toString())};
}

Result<StatStatementsSnapshot> StatStatementsReader::read(int limit)
{
    if (const Status installed = checkInstalled(); !installed.ok())
        return installed.error();
    StatStatementsSnapshot snapshot;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT current_setting('server_version_num')::int")) && query.next())
        snapshot.serverVersion = query.value(0).toInt();
    // PostgreSQL 13 renamed the time columns when it started counting planning time apart.
    const bool execColumns = snapshot.serverVersion >= 130000;
    const QString total = execColumns ? QStringLiteral("total_exec_time") : QStringLiteral("total_time");
    const QString mean = execColumns ? QStringLiteral("mean_exec_time") : QStringLiteral("mean_time");
    const QString max = execColumns ? QStringLiteral("max_exec_time") : QStringLiteral("max_time");
    const QString sql =
        QStringLiteral("SELECT s.queryid::text, s.query, r.rolname, s.calls, s.%1, s.%2, s.%3, s.rows, "
                       "s.shared_blks_hit, s.shared_blks_read "
                       "FROM pg_stat_statements s LEFT JOIN pg_roles r ON r.oid = s.userid "
                       "WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                       "ORDER BY s.%1 DESC LIMIT %4")
            .arg(total, mean, max)
            .arg(limit);
    if (!query.exec(sql))
        return Error{ErrorCode::StatementsQuery,
                     QCoreApplication::translate("StatStatementsReader", "Cannot read the statistics: %1")
                         .arg(detail(query.lastError()))};
    while (query.next()) {
        StatementStats s;
        s.queryId = query.value(0).toString();
        s.query = query.value(1).toString();
        s.user = query.value(2).toString();
        s.calls = query.value(3).toLongLong();
        s.totalMs = query.value(4).toDouble();
        s.meanMs = query.value(5).toDouble();
        s.maxMs = query.value(6).toDouble();
        s.rows = query.value(7).toLongLong();
        s.sharedHit = query.value(8).toLongLong();
        s.sharedRead = query.value(9).toLongLong();
        snapshot.statements.append(s);
    }
    return snapshot;
}

Status StatStatementsReader::reset()
{
    if (const Status installed = checkInstalled(); !installed.ok())
        return installed;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT pg_stat_statements_reset()")))
        return Error{ErrorCode::StatementsReset,
                     QCoreApplication::translate("StatStatementsReader", "Cannot reset the statistics: %1")
                         .arg(detail(query.lastError()))};
    return success();
}

Result<StatStatementsSnapshot> StatStatementsReader::read(const DbEndpoint &endpoint, int limit)
{
    return withConnection<StatStatementsSnapshot>(
        endpoint, [limit](QSqlDatabase db) { return StatStatementsReader(db).read(limit); });
}

Status StatStatementsReader::reset(const DbEndpoint &endpoint)
{
    return withConnection<Done>(endpoint, [](QSqlDatabase db) { return StatStatementsReader(db).reset(); });
}

Status StatStatementsReader::createExtension(const DbEndpoint &endpoint)
{
    return withConnection<Done>(endpoint, [](QSqlDatabase db) -> Status {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")))
            return Error{
                ErrorCode::StatementsCreate,
                QCoreApplication::translate("StatStatementsReader", "Cannot create pg_stat_statements: %1")
                    .arg(detail(query.lastError()))};
        return success();
    });
}

} // namespace supadesk
