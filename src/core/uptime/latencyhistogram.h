// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>

#include <optional>

namespace supadesk {

// Response times folded into logarithmic buckets, so that percentiles over a month of minute probes
// come from a few hundred counters instead of every sample. Each bucket spans about 4% of its
// value, so a percentile read back is within about 2% of the exact nearest-rank value (and exact
// below 25 ms, where every millisecond has its own bucket). Histograms add: the one of a month is
// the sum of those of its days.
class LatencyHistogram
{
public:
    void add(int latencyMs, quint32 count = 1);
    void merge(const LatencyHistogram &other);
    quint64 count() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }

    // Nearest-rank percentile (p in (0, 1]), as the representative value of its bucket; empty when
    // the histogram is.
    std::optional<int> percentile(double p) const;

    // Compact, stable byte form for storage (little-endian bucket/count pairs).
    QByteArray toBytes() const;
    static LatencyHistogram fromBytes(const QByteArray &bytes);

    static int bucketOf(int latencyMs);
    static int representative(int bucket);

    bool operator==(const LatencyHistogram &) const = default;

private:
    QMap<quint16, quint32> m_counts;
    quint64 m_total = 0;
};

} // namespace supadesk
