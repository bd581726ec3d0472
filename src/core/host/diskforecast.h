// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <optional>

namespace supadesk {

// When a file system will be full if it keeps growing as it has: a least-squares line through the
// kept series of its used bytes, extended to its capacity. No forecast (nullopt) for a series too
// short to tell (fewer than three points or under half an hour), for one that is flat (growing by
// less than a MiB a day) or shrinking, or for a date beyond ten years.
class DiskForecast
{
public:
    struct Point
    {
        qint64 tMs = 0;
        double usedBytes = 0;
    };

    static constexpr qint64 MinimumSpanMs = 30 * 60 * 1000;
    static constexpr double FlatBytesPerDay = 1024.0 * 1024.0;
    static constexpr double HorizonDays = 3650;

    // Days from the last point until `capacityBytes` is reached; 0 when it already is.
    static std::optional<double> daysUntilFull(const QList<Point> &series, double capacityBytes);
    // The fitted growth in bytes per day (nullopt for fewer than two distinct instants).
    static std::optional<double> growthPerDay(const QList<Point> &series);
};

} // namespace supadesk
