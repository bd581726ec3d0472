// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostdiskforecaster.h"

#include "core/host/hostrates.h"
#include "db/historystore.h"

namespace supadesk {

namespace {

// A session's own series is enough for a forecast within the hour; past that, the history is.
constexpr int SessionPointsKept = 2000;

} // namespace

QMap<QString, double> HostDiskForecaster::forecast(const HostSample &sample, HistoryStore *store,
                                                   const QString &key)
{
    QMap<QString, double> days;
    for (const MountUsage &m : sample.mounts) {
        QList<DiskForecast::Point> &series = m_sessionSeries[m.mountPoint];
        series.append({sample.tMs, double(m.usedBytes)});
        if (series.size() > SessionPointsKept)
            series.removeFirst();
        if (const std::optional<double> d = forecastOne(m, sample.tMs, store, key))
            days.insert(m.mountPoint, *d);
    }
    return days;
}

void HostDiskForecaster::clear()
{
    m_sessionSeries.clear();
    m_lastForecast.clear();
    m_lastForecastMs.clear();
}

std::optional<double> HostDiskForecaster::forecastOne(const MountUsage &mount, qint64 nowMs,
                                                      HistoryStore *store, const QString &key)
{
    const double capacity = double(mount.usedBytes + mount.availableBytes);
    if (!store)
        return DiskForecast::daysUntilFull(m_sessionSeries.value(mount.mountPoint), capacity);
    if (m_lastForecastMs.contains(mount.mountPoint) &&
        nowMs - m_lastForecastMs.value(mount.mountPoint) < ForecastEveryMs)
        return m_lastForecast.value(mount.mountPoint);
    const Result<QList<RollupBucket>> buckets =
        store->query(key, HostSeries::diskUsedMetric(mount.mountPoint), nowMs - ForecastWindowMs, nowMs + 1,
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
