// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeprobewriter.h"

#include <QDateTime>

namespace supadesk {

UptimeProbeWriter::UptimeProbeWriter(QString directory, UptimeSettings settings, QObject *parent)
    : QObject(parent), m_worker(new UptimeProbeWriterWorker(std::move(directory), settings))
{
    qRegisterMetaType<ProbeResults>("supadesk::ProbeResults");
    m_thread.setObjectName(QStringLiteral("uptime-writer"));
    m_worker->moveToThread(&m_thread);
    // The worker, and its store with it, is destroyed on its own thread: a QSqlDatabase connection
    // must be closed by the thread that opened it.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &UptimeProbeWriterWorker::written, this, [this](const QString &id, int count) {
        --m_pending;
        emit written(id, count);
    });
    connect(m_worker, &UptimeProbeWriterWorker::failed, this,
            [this](const QString &id, const QString &message) {
                --m_pending;
                emit failed(id, message);
            });
    connect(m_worker, &UptimeProbeWriterWorker::pruneFailed, this,
            [this](const QString &message) { emit failed(QString(), message); });
    m_thread.start();
}

UptimeProbeWriter::~UptimeProbeWriter()
{
    // Queued behind the rounds already handed in, so they are stored before the thread ends.
    QMetaObject::invokeMethod(
        m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void UptimeProbeWriter::write(const QString &stackId, const ProbeResults &probes)
{
    ++m_pending;
    QMetaObject::invokeMethod(m_worker, "write", Qt::QueuedConnection, Q_ARG(QString, stackId),
                              Q_ARG(supadesk::ProbeResults, probes));
}

void UptimeProbeWriter::setRawRetentionDays(int days)
{
    QMetaObject::invokeMethod(m_worker, "setRetentionDays", Qt::QueuedConnection, Q_ARG(int, days));
}

UptimeProbeWriterWorker::UptimeProbeWriterWorker(QString directory, UptimeSettings settings)
    : m_directory(std::move(directory)), m_settings(settings)
{}

UptimeProbeWriterWorker::~UptimeProbeWriterWorker() = default;

Status UptimeProbeWriterWorker::ensureOpen()
{
    if (m_store && m_store->isOpen())
        return success();
    m_store = std::make_unique<UptimeStore>(m_directory, m_settings);
    return m_store->open();
}

void UptimeProbeWriterWorker::write(const QString &stackId, const ProbeResults &probes)
{
    if (const Status open = ensureOpen(); !open)
        return emit failed(stackId, open.error().message);
    const Result<int> stored = m_store->addProbes(stackId, probes);
    if (!stored)
        return emit failed(stackId, stored.error().message);
    constexpr qint64 DayMs = 86'400'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_retentionDays > 0 && now - m_lastPruneMs >= DayMs) {
        m_lastPruneMs = now;
        if (const Result<qint64> pruned = m_store->pruneRawProbes(now - m_retentionDays * DayMs); !pruned)
            emit pruneFailed(pruned.error().message);
    }
    emit written(stackId, stored.value());
}

} // namespace supadesk
