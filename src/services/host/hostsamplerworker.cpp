// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsamplerworker.h"

#include "core/host/hostsampleparser.h"
#include "ssh/sshsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace supadesk {

HostSamplerWorker::HostSamplerWorker(QObject *parent) : QObject(parent) {}

void HostSamplerWorker::start(const SshConnectOptions &options, const QString &command, int intervalMs,
                              const QString &historyDirectory, const QString &historyKey)
{
    close();
    m_cancel = false;
    m_options = options;
    m_command = command;
    for (const QString &notice : m_recorder.open(historyDirectory, historyKey))
        emit historyNotice(notice);
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &HostSamplerWorker::sampleOnce);
    }
    m_timer->start(intervalMs);
    sampleOnce();
}

void HostSamplerWorker::setInterval(int intervalMs)
{
    if (m_timer)
        m_timer->setInterval(intervalMs);
}

void HostSamplerWorker::abortNow()
{
    m_cancel = true;
    std::lock_guard lock(m_sessionMutex);
    if (m_session)
        m_session->abort();
}

void HostSamplerWorker::sampleOnce()
{
    if (m_command.isEmpty() || m_cancel)
        return;
    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<SshSession> session;
    {
        std::lock_guard lock(m_sessionMutex);
        session = m_session;
    }
    if (!session) {
        session = std::make_shared<SshSession>();
        session->setCancelFlag(&m_cancel);
        {
            std::lock_guard lock(m_sessionMutex);
            m_session = session;
        }
        const Status opened = session->open(m_options);
        if (!opened.ok()) {
            std::lock_guard lock(m_sessionMutex);
            m_session.reset();
            if (!m_cancel)
                emit failed(opened.error().message);
            return;
        }
        clock.restart(); // the round trip is the command's, not the login's
    }
    const Result<ExecResult> ran = session->exec(m_command);
    if (!ran.ok()) {
        // A dropped session is opened again at the next reading.
        std::lock_guard lock(m_sessionMutex);
        m_session.reset();
        if (!m_cancel)
            emit failed(ran.error().message);
        return;
    }
    ingest(ran.value().standardOutput, QDateTime::currentMSecsSinceEpoch(), clock.nsecsElapsed() / 1000);
}

void HostSamplerWorker::setRetention(const RetentionPolicy &policy)
{
    m_recorder.setRetention(policy);
}

void HostSamplerWorker::close()
{
    if (m_timer)
        m_timer->stop();
    m_command.clear();
    {
        std::lock_guard lock(m_sessionMutex);
        m_session.reset();
    }
    m_recorder.close();
}

void HostSamplerWorker::ingest(const QByteArray &output, qint64 tMs, qint64 roundTripUs)
{
    QString notice;
    const HostReading reading = m_recorder.record(output, tMs, roundTripUs, &notice);
    if (!notice.isEmpty())
        emit historyNotice(notice);
    emit sampled(reading);
}

} // namespace supadesk
