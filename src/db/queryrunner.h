// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbendpoint.h"
#include "explainrunner.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QVariant>

#include <atomic>

class QThread;

namespace supadesk {

class QueryWorker;

struct QueryResult
{
    QStringList columns;
    QList<QVariantList> rows; // the first batch; more arrive through QueryRunner::rowsFetched
    bool hasMore = false;
    bool returnsRows = false;
    int affectedRows = -1;
    qint64 elapsedMs = 0;
    QString error; // empty on success
};

struct ExplainResult
{
    QByteArray json;         // EXPLAIN (FORMAT JSON) output, as the server returned it
    bool rolledBack = false; // ANALYZE ran inside a transaction that was rolled back
    qint64 elapsedMs = 0;
    QString error;
};

// Runs the user's SQL on a connection of its own, on a thread of its own, so the window never waits
// for the database. Rows come in batches; a running statement can be cancelled with
// pg_cancel_backend() from a second, short-lived connection.
class QueryRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int BatchSize = 500;

    explicit QueryRunner(QObject *parent = nullptr);
    ~QueryRunner() override;

    void setEndpoint(const DbEndpoint &endpoint);
    DbEndpoint endpoint() const { return m_endpoint; }
    void run(const QString &sql);
    // EXPLAIN (FORMAT JSON) with the options; ANALYZE runs inside a transaction that is rolled back.
    void explain(const QString &sql, const supadesk::ExplainOptions &options);
    void fetchMore();
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started();
    void finished(const supadesk::QueryResult &result);
    void rowsFetched(const QList<QVariantList> &rows, bool hasMore);
    void explained(const supadesk::ExplainResult &result);
    void cancelFailed(const QString &message);

private:
    DbEndpoint m_endpoint;
    QThread *m_thread;
    QueryWorker *m_worker;
    bool m_running = false;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::QueryResult)
Q_DECLARE_METATYPE(supadesk::ExplainResult)
Q_DECLARE_METATYPE(supadesk::ExplainOptions)
