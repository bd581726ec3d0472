// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesampler.h"

#include "databasesamplerworker.h"

#include <QThread>

namespace supadesk {

DatabaseSampler::DatabaseSampler(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new DatabaseSamplerWorker)
{
    qRegisterMetaType<StatsSample>();
    qRegisterMetaType<StatsRates>();
    qRegisterMetaType<DbEndpoint>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatabaseSamplerWorker::sampled, this, &DatabaseSampler::sampled);
    connect(m_worker, &DatabaseSamplerWorker::failed, this, &DatabaseSampler::failed);
    connect(m_worker, &DatabaseSamplerWorker::historyNotice, this, &DatabaseSampler::historyNotice);
    m_thread->setObjectName(QStringLiteral("DatabaseSampler"));
    m_thread->start();
}

DatabaseSampler::~DatabaseSampler()
{
    QMetaObject::invokeMethod(m_worker, &DatabaseSamplerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void DatabaseSampler::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                            const QString &historyKey)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(supadesk::DbEndpoint, endpoint),
                              Q_ARG(int, intervalMs), Q_ARG(QString, historyDirectory),
                              Q_ARG(QString, historyKey));
}

void DatabaseSampler::setInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "setInterval", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void DatabaseSampler::setRetention(const RetentionPolicy &policy)
{
    DatabaseSamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

void DatabaseSampler::setActivityWanted(bool wanted)
{
    DatabaseSamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, wanted] { worker->setActivityWanted(wanted); }, Qt::QueuedConnection);
}

void DatabaseSampler::stop()
{
    m_running = false;
    QMetaObject::invokeMethod(m_worker, &DatabaseSamplerWorker::stop, Qt::QueuedConnection);
}

} // namespace supadesk
