// SPDX-License-Identifier: GPL-3.0-or-later
#include "latencyhistogram.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace supadesk {

namespace {

// Below this every millisecond is its own bucket; above, buckets grow by Growth each.
constexpr int LinearLimit = 25;
constexpr double Growth = 1.04;
const double LogGrowth = std::log(Growth);

} // namespace

int LatencyHistogram::bucketOf(int latencyMs)
{
    const int v = std::max(0, latencyMs);
    if (v < LinearLimit)
        return v;
    const double steps = std::log(double(v) / LinearLimit) / LogGrowth;
    return LinearLimit + int(std::floor(steps));
}

int LatencyHistogram::representative(int bucket)
{
    if (bucket < LinearLimit)
        return bucket;
    // The geometric middle of [LinearLimit * g^k, LinearLimit * g^(k+1)).
    const double low = LinearLimit * std::pow(Growth, bucket - LinearLimit);
    return int(std::lround(low * std::sqrt(Growth)));
}

void LatencyHistogram::add(int latencyMs, quint32 count)
{
    if (count == 0)
        return;
    m_counts[quint16(std::min(bucketOf(latencyMs), 65535))] += count;
    m_total += count;
}

void LatencyHistogram::merge(const LatencyHistogram &other)
{
    for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
        m_counts[it.key()] += it.value();
    m_total += other.m_total;
}

std::optional<int> LatencyHistogram::percentile(double p) const
{
    if (m_total == 0)
        return std::nullopt;
    const auto rank = std::clamp<quint64>(quint64(std::ceil(p * double(m_total))), 1, m_total);
    quint64 seen = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        seen += it.value();
        if (seen >= rank)
            return representative(it.key());
    }
    return representative(m_counts.lastKey());
}

QByteArray LatencyHistogram::toBytes() const
{
    QByteArray out(m_counts.size() * 6, Qt::Uninitialized);
    char *p = out.data();
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        qToLittleEndian<quint16>(it.key(), p);
        qToLittleEndian<quint32>(it.value(), p + 2);
        p += 6;
    }
    return out;
}

LatencyHistogram LatencyHistogram::fromBytes(const QByteArray &bytes)
{
    LatencyHistogram h;
    const char *p = bytes.constData();
    for (qsizetype i = 0; i + 6 <= bytes.size(); i += 6) {
        const quint16 bucket = qFromLittleEndian<quint16>(p + i);
        const quint32 count = qFromLittleEndian<quint32>(p + i + 2);
        h.m_counts[bucket] += count;
        h.m_total += count;
    }
    return h;
}

} // namespace supadesk
