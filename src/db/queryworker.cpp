// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryworker.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlRecord>
#include <QUuid>

namespace supadesk {

QueryWorker::QueryWorker(QObject *parent)
    : QObject(parent),
      m_connectionName(QStringLiteral("query-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

QueryWorker::~QueryWorker()
{
    close();
}

void QueryWorker::close()
{
    m_query.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_backendPid = 0;
}

QString QueryWorker::open(const DbEndpoint &endpoint)
{
    if (QSqlDatabase::contains(m_connectionName) && m_endpoint == endpoint &&
        QSqlDatabase::database(m_connectionName, false).isOpen())
        return QString();
    close();
    QSqlDatabase db = endpoint.addConnection(
        m_connectionName, QStringLiteral("connect_timeout=10;application_name=supadesk-analyzer"));
    if (!db.open())
        return db.lastError().text();
    m_endpoint = endpoint;
    QSqlQuery pid(db);
    if (pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next())
        m_backendPid = pid.value(0).toInt();
    return QString();
}

QList<QVariantList> QueryWorker::nextBatch(bool *hasMore)
{
    QList<QVariantList> rows;
    *hasMore = false;
    if (!m_query)
        return rows;
    const int columns = m_query->record().count();
    while (rows.size() < QueryRunner::BatchSize) {
        if (!m_query->next())
            return rows;
        QVariantList row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row.append(m_query->value(c));
        rows.append(row);
    }
    *hasMore = true; // at least one more row may follow; the next batch will tell
    return rows;
}

void QueryWorker::run(const DbEndpoint &endpoint, const QString &sql)
{
    QueryResult result;
    QElapsedTimer timer;
    timer.start();
    if (const QString error = open(endpoint); !error.isEmpty()) {
        result.error = error;
        emit finished(result);
        return;
    }
    m_query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    m_query->setForwardOnly(true);
    if (!m_query->exec(sql)) {
        result.error = m_query->lastError().databaseText().isEmpty() ? m_query->lastError().text()
                                                                     : m_query->lastError().databaseText();
        result.elapsedMs = timer.elapsed();
        m_query.reset();
        emit finished(result);
        return;
    }
    result.elapsedMs = timer.elapsed();
    result.returnsRows = m_query->isSelect();
    if (result.returnsRows) {
        const QSqlRecord record = m_query->record();
        for (int c = 0; c < record.count(); ++c)
            result.columns.append(record.fieldName(c));
        result.rows = nextBatch(&result.hasMore);
    } else {
        result.affectedRows = m_query->numRowsAffected();
    }
    emit finished(result);
}

void QueryWorker::explain(const DbEndpoint &endpoint, const QString &sql, const ExplainOptions &options)
{
    ExplainResult result;
    QElapsedTimer timer;
    timer.start();
    m_query.reset(); // a new statement ends the previous result
    if (const QString error = open(endpoint); !error.isEmpty()) {
        result.error = error;
        emit explained(result);
        return;
    }
    ExplainRunner runner(QSqlDatabase::database(m_connectionName, false));
    const Result<ExplainOutcome> outcome = runner.run(sql, options);
    result.elapsedMs = timer.elapsed();
    if (!outcome.ok()) {
        result.error = outcome.error().message;
    } else {
        result.json = outcome.value().json;
        result.rolledBack = outcome.value().rolledBack;
    }
    emit explained(result);
}

void QueryWorker::fetchMore()
{
    bool hasMore = false;
    const QList<QVariantList> rows = nextBatch(&hasMore);
    emit rowsFetched(rows, hasMore);
}

} // namespace supadesk
