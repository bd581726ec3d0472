// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dbendpoint.h"
#include "queryrunner.h"

#include <QObject>
#include <QSqlQuery>

#include <atomic>
#include <memory>

namespace supadesk {

// The half of QueryRunner that lives on its thread and owns the QSqlDatabase connection.
class QueryWorker : public QObject
{
    Q_OBJECT
public:
    explicit QueryWorker(QObject *parent = nullptr);
    ~QueryWorker() override;

    // The server process id of the current connection (0 when none), for pg_cancel_backend().
    int backendPid() const { return m_backendPid.load(); }

public slots:
    void run(const supadesk::DbEndpoint &endpoint, const QString &sql);
    void fetchMore();
    void close();
    void explain(const supadesk::DbEndpoint &endpoint, const QString &sql,
                 const supadesk::ExplainOptions &options);

signals:
    void finished(const supadesk::QueryResult &result);
    void rowsFetched(const QList<QVariantList> &rows, bool hasMore);
    void explained(const supadesk::ExplainResult &result);

private:
    QString open(const DbEndpoint &endpoint);
    QList<QVariantList> nextBatch(bool *hasMore);

    QString m_connectionName;
    DbEndpoint m_endpoint;
    std::unique_ptr<QSqlQuery> m_query;
    std::atomic_int m_backendPid{0};
};

} // namespace supadesk
