// SPDX-License-Identifier: GPL-3.0-or-later
#include "queryrunner.h"

#include "queryworker.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace supadesk {

QueryRunner::QueryRunner(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new QueryWorker)
{
    qRegisterMetaType<QueryResult>();
    qRegisterMetaType<DbEndpoint>();
    qRegisterMetaType<ExplainResult>();
    qRegisterMetaType<ExplainOptions>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QueryWorker::finished, this, [this](const QueryResult &result) {
        m_running = false;
        emit finished(result);
    });
    connect(m_worker, &QueryWorker::rowsFetched, this, &QueryRunner::rowsFetched);
    connect(m_worker, &QueryWorker::explained, this, [this](const ExplainResult &result) {
        m_running = false;
        emit explained(result);
    });
    m_thread->setObjectName(QStringLiteral("QueryRunner"));
    m_thread->start();
}

QueryRunner::~QueryRunner()
{
    cancel();
    QMetaObject::invokeMethod(m_worker, &QueryWorker::close, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void QueryRunner::setEndpoint(const DbEndpoint &endpoint)
{
    m_endpoint = endpoint;
}

void QueryRunner::run(const QString &sql)
{
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(supadesk::DbEndpoint, m_endpoint),
                              Q_ARG(QString, sql));
}

void QueryRunner::explain(const QString &sql, const ExplainOptions &options)
{
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, "explain", Qt::QueuedConnection,
                              Q_ARG(supadesk::DbEndpoint, m_endpoint), Q_ARG(QString, sql),
                              Q_ARG(supadesk::ExplainOptions, options));
}

void QueryRunner::fetchMore()
{
    QMetaObject::invokeMethod(m_worker, &QueryWorker::fetchMore, Qt::QueuedConnection);
}

void QueryRunner::cancel()
{
    const int pid = m_worker->backendPid();
    if (!m_running || pid == 0)
        return;
    // The worker thread is busy inside the statement: ask the server from another connection.
    const DbEndpoint endpoint = m_endpoint;
    QPointer<QueryRunner> self(this);
    auto future = QtConcurrent::run([endpoint, pid]() -> QString {
        const QString name = QStringLiteral("cancel-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QString error;
        {
            QSqlDatabase db = endpoint.addConnection(name, QStringLiteral("connect_timeout=10"));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                QSqlQuery q(db);
                if (!q.exec(QStringLiteral("SELECT pg_cancel_backend(%1)").arg(pid)))
                    error = q.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    });
    future.then(this, [self](const QString &error) {
        if (self && !error.isEmpty())
            emit self->cancelFailed(error);
    });
}

} // namespace supadesk
