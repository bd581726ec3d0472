// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsampler.h"

#include "core/host/hostsampleparser.h"
#include "hostsamplerworker.h"
#include "services/stackconnection.h"

#include <QDateTime>
#include <QThread>
#include <QTimer>

namespace supadesk {

HostSampler::HostSampler(QObject *parent)
    : QObject(parent), m_timer(new QTimer(this)), m_thread(new QThread(this)), m_worker(new HostSamplerWorker)
{
    qRegisterMetaType<HostReading>();
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &HostSamplerWorker::sampled, this, &HostSampler::sampled);
    connect(m_worker, &HostSamplerWorker::historyNotice, this, &HostSampler::historyNotice);
    connect(m_timer, &QTimer::timeout, this, &HostSampler::sampleNow);
    m_thread->setObjectName(QStringLiteral("HostSampler"));
    m_thread->start();
}

HostSampler::~HostSampler()
{
    QMetaObject::invokeMethod(m_worker, &HostSamplerWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void HostSampler::start(StackConnection *connection, const QString &installDir, int intervalMs,
                        const QString &historyDirectory, const QString &historyKey)
{
    stop();
    m_connection = connection;
    m_command = HostSampleParser::command(installDir, m_pathFirst);
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(QString, historyDirectory),
                              Q_ARG(QString, historyKey));
    m_timer->start(intervalMs);
    sampleNow();
}

void HostSampler::setInterval(int intervalMs)
{
    m_timer->setInterval(intervalMs);
}

void HostSampler::setRetention(const RetentionPolicy &policy)
{
    HostSamplerWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, policy] { worker->setRetention(policy); }, Qt::QueuedConnection);
}

void HostSampler::stop()
{
    m_timer->stop();
    m_connection = nullptr;
    m_inFlight = false;
    ++m_generation;
    QMetaObject::invokeMethod(m_worker, "close", Qt::QueuedConnection);
}

void HostSampler::sampleNow()
{
    if (!m_connection || m_inFlight)
        return;
    m_inFlight = true;
    m_clock.start();
    const quint64 generation = m_generation;
    m_connection->exec(m_command, this, [this, generation](Result<ExecResult> result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        if (!result.ok()) {
            emit failed(result.error().message);
            return;
        }
        QMetaObject::invokeMethod(
            m_worker, "ingest", Qt::QueuedConnection, Q_ARG(QByteArray, result.value().standardOutput),
            Q_ARG(qint64, QDateTime::currentMSecsSinceEpoch()), Q_ARG(qint64, m_clock.nsecsElapsed() / 1000));
    });
}

} // namespace supadesk
