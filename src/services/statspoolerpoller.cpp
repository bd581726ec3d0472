// SPDX-License-Identifier: GPL-3.0-or-later
#include "statspoolerpoller.h"

#include "statspoolerworker.h"

#include <QThread>

namespace supadesk {

StatsPoolerPoller::StatsPoolerPoller(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new StatsPoolerWorker)
{
    qRegisterMetaType<PoolerSample>();
    qRegisterMetaType<PoolerProblem>();
    qRegisterMetaType<DbEndpoint>();
    qRegisterMetaType<PoolerMetricsEndpoint>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StatsPoolerWorker::sampled, this, &StatsPoolerPoller::sampled);
    connect(m_worker, &StatsPoolerWorker::failed, this, &StatsPoolerPoller::failed);
    connect(m_worker, &StatsPoolerWorker::historyNotice, this, &StatsPoolerPoller::historyNotice);
    m_thread->setObjectName(QStringLiteral("StatsPoolerPoller"));
    m_thread->start();
}

StatsPoolerPoller::~StatsPoolerPoller()
{
    QMetaObject::invokeMethod(m_worker, &StatsPoolerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void StatsPoolerPoller::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                              const QString &historyKey, const PoolerMetricsEndpoint &metrics)
{
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(supadesk::DbEndpoint, endpoint),
                              Q_ARG(supadesk::PoolerMetricsEndpoint, metrics), Q_ARG(int, intervalMs),
                              Q_ARG(QString, historyDirectory), Q_ARG(QString, historyKey));
}

void StatsPoolerPoller::setInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "setInterval", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void StatsPoolerPoller::setRetention(const RetentionPolicy &policy)
{
    StatsPoolerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

} // namespace supadesk
