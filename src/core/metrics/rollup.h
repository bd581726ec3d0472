#pragma once

#include <QtGlobal>

#include <limits>

namespace supadesk {

// Aggregates of one series over one time bucket: what a chart needs for a range too long to show
// raw samples (min and max keep spikes visible, sum/count give the mean).
struct RollupBucket
{
    qint64 startMs = 0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    double sum = 0;
    qint64 count = 0;

    void add(double value);
    void merge(const RollupBucket &other);
    double mean() const { return count > 0 ? sum / static_cast<double>(count) : 0; }
};

// Bucket and retention arithmetic for the history store. Times are milliseconds since the epoch in
// UTC: buckets are aligned to UTC minutes and hours, so they never depend on the viewer's time zone.
class Rollup
{
public:
    static constexpr qint64 MinuteMs = 60'000;
    static constexpr qint64 HourMs = 3'600'000;
    static constexpr qint64 DayMs = 86'400'000;

    // Start of the bucket containing t (also for times before 1970).
    static qint64 bucketStart(qint64 tMs, qint64 bucketMs);
};

// How long each resolution is kept. Rows older than now - keep are pruned.
struct RetentionPolicy
{
    qint64 rawMs = 2 * Rollup::DayMs;
    qint64 minuteMs = 30 * Rollup::DayMs;
    qint64 hourMs = 400 * Rollup::DayMs;

    // Oldest time kept, per resolution. A bucket is kept while any part of it is inside the window,
    // so a chart's left edge does not lose its first bucket.
    qint64 rawCutoff(qint64 nowMs) const { return nowMs - rawMs; }
    qint64 minuteCutoff(qint64 nowMs) const
    {
        return Rollup::bucketStart(nowMs - minuteMs, Rollup::MinuteMs);
    }
    qint64 hourCutoff(qint64 nowMs) const { return Rollup::bucketStart(nowMs - hourMs, Rollup::HourMs); }
};

} // namespace supadesk
