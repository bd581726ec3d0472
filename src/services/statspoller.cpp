// SPDX-License-Identifier: GPL-3.0-or-later
#include "statspoller.h"

#include "statspollworker.h"

#include <QThread>

namespace supadesk {

StatsPoller::StatsPoller(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new StatsPollWorker)
{
    qRegisterMetaType<StatsSample>();
    qRegisterMetaType<StatsRates>();
    qRegisterMetaType<DbEndpoint>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StatsPollWorker::sampled, this, &StatsPoller::sampled);
    connect(m_worker, &StatsPollWorker::failed, this, &StatsPoller::failed);
    connect(m_worker, &StatsPollWorker::historyNotice, this, &StatsPoller::historyNotice);
    m_thread->setObjectName(QStringLiteral("StatsPoller"));
    m_thread->start();
}

StatsPoller::~StatsPoller()
{
    QMetaObject::invokeMethod(m_worker, &StatsPollWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void StatsPoller::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                        const QString &historyKey)
{
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(supadesk::DbEndpoint, endpoint),
                              Q_ARG(int, intervalMs), Q_ARG(QString, historyDirectory),
                              Q_ARG(QString, historyKey));
}

void StatsPoller::setInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "setInterval", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void StatsPoller::setRetention(const RetentionPolicy &policy)
{
    StatsPollWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

void StatsPoller::stop()
{
    m_running = false;
    QMetaObject::invokeMethod(m_worker, &StatsPollWorker::stop, Qt::QueuedConnection);
}

} // namespace supadesk
