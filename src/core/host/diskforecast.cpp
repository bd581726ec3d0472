// SPDX-License-Identifier: GPL-3.0-or-later
#include "diskforecast.h"

#include <algorithm>

namespace supadesk {

namespace {

constexpr double MsPerDay = 24.0 * 60 * 60 * 1000;

} // namespace

std::optional<double> DiskForecast::growthPerDay(const QList<Point> &series)
{
    if (series.size() < 2)
        return std::nullopt;
    // Centred on the first instant so that epoch milliseconds squared do not eat the precision.
    const qint64 origin = series.first().tMs;
    double n = 0, sx = 0, sy = 0;
    for (const Point &p : series) {
        n += 1;
        sx += double(p.tMs - origin) / MsPerDay;
        sy += p.usedBytes;
    }
    const double mx = sx / n;
    const double my = sy / n;
    double sxx = 0, sxy = 0;
    for (const Point &p : series) {
        const double dx = double(p.tMs - origin) / MsPerDay - mx;
        sxx += dx * dx;
        sxy += dx * (p.usedBytes - my);
    }
    if (sxx <= 0)
        return std::nullopt;
    return sxy / sxx;
}

std::optional<double> DiskForecast::daysUntilFull(const QList<Point> &series, double capacityBytes)
{
    if (series.size() < 3 || capacityBytes <= 0)
        return std::nullopt;
    const auto [first, last] = std::minmax_element(
        series.cbegin(), series.cend(), [](const Point &a, const Point &b) { return a.tMs < b.tMs; });
    if (last->tMs - first->tMs < MinimumSpanMs)
        return std::nullopt;
    if (last->usedBytes >= capacityBytes)
        return 0.0;
    const std::optional<double> growth = growthPerDay(series);
    if (!growth || *growth < FlatBytesPerDay)
        return std::nullopt;
    const double days = (capacityBytes - last->usedBytes) / *growth;
    if (days > HorizonDays)
        return std::nullopt;
    return days;
}

} // namespace supadesk
