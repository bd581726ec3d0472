// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsampler.h"

#include "core/host/hostsampleparser.h"
#include "hostsamplerworker.h"
#include "services/stackconnection.h"

#include <QThread>

namespace supadesk {

HostSampler::HostSampler(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new HostSamplerWorker)
{
    qRegisterMetaType<HostReading>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HostSamplerWorker::sampled, this, [this](const HostReading &reading) {
        if (m_running)
            emit sampled(reading);
    });
    connect(m_worker, &HostSamplerWorker::failed, this, [this](const QString &message) {
        if (m_running)
            emit failed(message);
    });
    connect(m_worker, &HostSamplerWorker::historyNotice, this, &HostSampler::historyNotice);
    m_thread->setObjectName(QStringLiteral("HostSampler"));
    m_thread->start();
}

HostSampler::~HostSampler()
{
    m_worker->abortNow();
    QMetaObject::invokeMethod(m_worker, &HostSamplerWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void HostSampler::start(StackConnection *connection, const QString &installDir, int intervalMs,
                        const QString &historyDirectory, const QString &historyKey)
{
    stop();
    m_running = true;
    HostSamplerWorker *worker = m_worker;
    const SshConnectOptions options = connection->settings().ssh;
    const QString command = HostSampleParser::command(installDir, m_pathFirst);
    QMetaObject::invokeMethod(
        m_worker,
        [worker, options, command, intervalMs, historyDirectory, historyKey] {
            worker->start(options, command, intervalMs, historyDirectory, historyKey);
        },
        Qt::QueuedConnection);
}

void HostSampler::setInterval(int intervalMs)
{
    QMetaObject::invokeMethod(m_worker, "setInterval", Qt::QueuedConnection, Q_ARG(int, intervalMs));
}

void HostSampler::setRetention(const RetentionPolicy &policy)
{
    HostSamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

void HostSampler::stop()
{
    m_running = false;
    m_worker->abortNow();
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection);
}

void HostSampler::sampleNow()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, "sampleOnce", Qt::QueuedConnection);
}

} // namespace supadesk
