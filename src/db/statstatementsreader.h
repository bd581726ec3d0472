// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "dbendpoint.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace supadesk {

// One normalised statement as pg_stat_statements counts it (constants replaced by $1, $2, ...).
struct StatementStats
{
    QString queryId;
    QString query;
    QString user;
    qint64 calls = 0;
    double totalMs = 0;
    double meanMs = 0;
    double maxMs = 0;
    qint64 rows = 0;
    qint64 sharedHit = 0;
    qint64 sharedRead = 0;

    // Share of the shared blocks found in PostgreSQL's cache, 0..100; -1 when no block was touched.
    double cacheHitPercent() const;
};

struct StatStatementsSnapshot
{
    int serverVersion = 0;            // server_version_num, e.g. 150004
    QList<StatementStats> statements; // by total time, largest first
};

// Reads pg_stat_statements for the connected database. When the extension is missing, the error says
// how to enable it: preload the library and restart, or only CREATE EXTENSION when it is preloaded.
class StatStatementsReader
{
public:
    static constexpr int DefaultLimit = 500;

    explicit StatStatementsReader(QSqlDatabase db);

    Result<StatStatementsSnapshot> read(int limit = DefaultLimit);
    // Forgets the statistics of every statement (pg_stat_statements_reset()).
    Status reset();

    // The same on a short-lived connection of their own, for a worker thread.
    static Result<StatStatementsSnapshot> read(const DbEndpoint &endpoint, int limit = DefaultLimit);
    static Status reset(const DbEndpoint &endpoint);
    // CREATE EXTENSION pg_stat_statements, for a server that preloads the library already.
    static Status createExtension(const DbEndpoint &endpoint);

private:
    Status checkInstalled();

    QSqlDatabase m_db;
};

} // namespace supadesk
