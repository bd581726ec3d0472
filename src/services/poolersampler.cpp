// SPDX-License-Identifier: GPL-3.0-or-later
#include "poolersampler.h"

#include "poolersamplerworker.h"

#include <QThread>

namespace supadesk {

PoolerSampler::PoolerSampler(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new PoolerSamplerWorker)
{
    qRegisterMetaType<PoolerSample>();
    qRegisterMetaType<PoolerProblem>();
    qRegisterMetaType<DbEndpoint>();
    qRegisterMetaType<PoolerMetricsEndpoint>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PoolerSamplerWorker::sampled, this, &PoolerSampler::sampled);
    connect(m_worker, &PoolerSamplerWorker::failed, this, &PoolerSampler::failed);
    connect(m_worker, &PoolerSamplerWorker::historyNotice, this, &PoolerSampler::historyNotice);
    m_thread->setObjectName(QStringLiteral("PoolerSampler"));
    m_thread->start();
}

PoolerSampler::~PoolerSampler()
{
    QMetaObject::invokeMethod(m_worker, &PoolerSamplerWorker::stop, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PoolerSampler::start(const DbEndpoint &endpoint, int intervalMs, const QString &historyDirectory,
                          const QString &historyKey, const PoolerMetricsEndpoint &metrics)
{
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(supadesk::DbEndpoint, endpoint),
                              Q_ARG(supadesk::PoolerMetricsEndpoint, metrics), Q_ARG(int, intervalMs),
                              Q_ARG(QString, historyDirectory), Q_ARG(QString, historyKey));
}

void PoolerSampler::setInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "setInterval", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void PoolerSampler::setRetention(const RetentionPolicy &policy)
{
    PoolerSamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

} // namespace supadesk
