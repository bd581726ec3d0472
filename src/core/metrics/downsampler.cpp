// SPDX-License-Identifier: GPL-3.0-or-later
#include "downsampler.h"

namespace supadesk {

QList<QPointF> Downsampler::minMax(const QList<QPointF> &points, int buckets)
{
    if (buckets <= 0 || points.size() <= 2 * static_cast<qsizetype>(buckets))
        return points;
    return minMax(points.constData(), points.constData() + points.size(), buckets);
}

QList<QPointF> Downsampler::minMax(const QPointF *first, const QPointF *last, int buckets)
{
    const qsizetype n = last - first;
    if (buckets <= 0 || n <= 2 * static_cast<qsizetype>(buckets))
        return QList<QPointF>(first, last);
    const QPointF *p = first;
    const double x0 = p[0].x();
    const double width = p[n - 1].x() - x0;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    out.append(p[0]);
    qsizetype i = 1;
    const qsizetype end = n - 1; // the last point is appended at the end
    for (int b = 0; b < buckets && i < end; ++b) {
        const bool lastBucket = b == buckets - 1;
        const double limit = width > 0 ? x0 + width * (b + 1) / buckets : p[n - 1].x();
        qsizetype lo = i;
        qsizetype hi = i;
        if (!(p[i].x() < limit || lastBucket))
            continue; // an empty bucket (a gap in the samples)
        for (++i; i < end && (p[i].x() < limit || lastBucket); ++i) {
            const double y = p[i].y();
            if (y < p[lo].y())
                lo = i;
            if (y > p[hi].y())
                hi = i;
        }
        if (lo == hi) {
            out.append(p[lo]);
        } else {
            out.append(p[qMin(lo, hi)]);
            out.append(p[qMax(lo, hi)]);
        }
    }
    out.append(p[n - 1]);
    return out;
}

} // namespace supadesk
