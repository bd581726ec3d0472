// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/host/diskforecast.h"
#include "core/host/hostsample.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <optional>

namespace supadesk {

class HistoryStore;

// Each mount's days until full for a host sampler: from the mount's kept series in the history (read
// again every five minutes, since the trend of a disk is a matter of days), or without a history from
// the readings of this session. Belongs to its sampler's thread, like the store it reads.
class HostDiskForecaster
{
public:
    static constexpr qint64 ForecastEveryMs = 5 * 60 * 1000;
    static constexpr qint64 ForecastWindowMs = 7LL * 24 * 60 * 60 * 1000;

    // Notes the sample's mounts and returns the forecast of each that has one. `store` may be nullptr.
    QMap<QString, double> forecast(const HostSample &sample, HistoryStore *store, const QString &key);
    void clear();

private:
    std::optional<double> forecastOne(const MountUsage &mount, qint64 nowMs, HistoryStore *store,
                                      const QString &key);

    QHash<QString, QList<DiskForecast::Point>> m_sessionSeries;
    QHash<QString, std::optional<double>> m_lastForecast;
    QHash<QString, qint64> m_lastForecastMs;
};

} // namespace supadesk
