// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsamplerworker.h"

#include "core/host/hostrates.h"
#include "core/host/hostsampleparser.h"
#include "db/historystore.h"

namespace supadesk {

namespace {

// A session's own series is enough for a forecast within the hour; past that, the history is.
constexpr int SessionPointsKept = 2000;

} // namespace

HostSamplerWorker::HostSamplerWorker(QObject *parent) : QObject(parent) {}

void HostSamplerWorker::open(const QString &historyDirectory, const QString &historyKey)
{
    close();
    m_key = historyKey;
    for (const QString &notice : m_history.open(historyDirectory, historyKey))
        emit historyNotice(notice);
}

void HostSamplerWorker::setRetention(const RetentionPolicy &policy)
{
    m_history.setRetention(policy);
}

void HostSamplerWorker::close()
{
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
