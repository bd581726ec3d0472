// SPDX-License-Identifier: GPL-3.0-or-later
#include "rollup.h"

#include <algorithm>

namespace supadesk {

void RollupBucket::add(double value)
{
    min = std::min(min, value);
    max = std::max(max, value);
    sum += value;
    ++count;
}

void RollupBucket::merge(const RollupBucket &other)
{
    if (other.count == 0)
        return;
    min = std::min(min, other.min);
    max = std::max(max, other.max);
    sum += other.sum;
    count += other.count;
}

RetentionPolicy RetentionPolicy::fromDays(int rawDays, int minuteDays, int hourDays)
{
    const int raw = std::clamp(rawDays, MinRawDays, MaxRawDays);
    const int minute = std::max(std::clamp(minuteDays, MinMinuteDays, MaxMinuteDays), raw);
    const int hour = std::max(std::clamp(hourDays, MinHourDays, MaxHourDays), minute);
    RetentionPolicy p;
    p.rawMs = raw * Rollup::DayMs;
    p.minuteMs = minute * Rollup::DayMs;
    p.hourMs = hour * Rollup::DayMs;
    return p;
}

qint64 Rollup::bucketStart(qint64 tMs, qint64 bucketMs)
{
    const qint64 r = tMs % bucketMs;
    return r < 0 ? tMs - r - bucketMs : tMs - r;
}

} // namespace supadesk
