// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsamplerworker.h"

#include "core/host/hostrates.h"
#include "core/host/hostsampleparser.h"
#include "db/historystore.h"
#include "ssh/sshsession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace supadesk {

namespace {

// A session's own series is enough for a forecast within the hour; past that, the history is.
constexpr int SessionPointsKept = 2000;

} // namespace

HostSamplerWorker::HostSamplerWorker(QObject *parent) : QObject(parent) {}

void HostSamplerWorker::start(const SshConnectOptions &options, const QString &command, int intervalMs,
                              const QString &historyDirectory, const QString &historyKey)
{
    close();
    m_cancel = false;
    m_options = options;
    m_command = command;
    m_key = historyKey;
    for (const QString &notice : m_history.open(historyDirectory, historyKey))
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
    m_history.setRetention(policy);
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
    m_history.close();
    m_previous.reset();
    m_sessionSeries.clear();
    m_lastForecast.clear();
    m_lastForecastMs.clear();
}

void HostSamplerWorker::ingest(const QByteArray &output, qint64 tMs, qint64 roundTripUs)
{
    HostReading reading;
    reading.sample = HostSampleParser::parse(output);
    reading.sample.tMs = tMs;
    reading.roundTripUs = roundTripUs;
    if (m_previous)
        reading.rates = HostRatesCalculator::rates(*m_previous, reading.sample);
    m_previous = reading.sample;
    const QString notice = m_history.append(tMs, HostSeries::values(reading.sample, reading.rates));
    if (!notice.isEmpty())
        emit historyNotice(notice);
    for (const MountUsage &m : reading.sample.mounts) {
        QList<DiskForecast::Point> &series = m_sessionSeries[m.mountPoint];
        series.append({tMs, double(m.usedBytes)});
        if (series.size() > SessionPointsKept)
            series.removeFirst();
        if (const std::optional<double> days = forecast(m, tMs))
            reading.daysUntilFull.insert(m.mountPoint, *days);
    }
    emit sampled(reading);
}

std::optional<double> HostSamplerWorker::forecast(const MountUsage &mount, qint64 nowMs)
{
    const double capacity = double(mount.usedBytes + mount.availableBytes);
    HistoryStore *store = m_history.store();
    if (!store)
        return DiskForecast::daysUntilFull(m_sessionSeries.value(mount.mountPoint), capacity);
    if (m_lastForecastMs.contains(mount.mountPoint) &&
        nowMs - m_lastForecastMs.value(mount.mountPoint) < ForecastEveryMs)
        return m_lastForecast.value(mount.mountPoint);
    const Result<QList<RollupBucket>> buckets =
        store->query(m_key, HostSeries::diskUsedMetric(mount.mountPoint), nowMs - ForecastWindowMs, nowMs + 1,
                     HistoryResolution::Minute);
    QList<DiskForecast::Point> series;
    if (buckets.ok()) {
        for (const RollupBucket &b : buckets.value())
            series.append({b.startMs, b.mean()});
    }
    // The minute roll-up of the current minute may not be complete yet: the latest reading ends the series.
    series.append({nowMs, double(mount.usedBytes)});
    const std::optional<double> days = DiskForecast::daysUntilFull(series, capacity);
    m_lastForecast.insert(mount.mountPoint, days);
    m_lastForecastMs.insert(mount.mountPoint, nowMs);
    return days;
}

} // namespace supadesk
