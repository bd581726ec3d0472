// SPDX-License-Identifier: GPL-3.0-or-later
#include "downsampler.h"

#include <cmath>

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

QList<QPointF> Downsampler::lttb(const QList<QPointF> &points, int threshold)
{
    const qsizetype n = points.size();
    if (threshold >= n || threshold < 3)
        return points;
    QList<QPointF> out;
    out.reserve(threshold);
    const double every = static_cast<double>(n - 2) / (threshold - 2);
    qsizetype a = 0;
    out.append(points.first());
    for (int i = 0; i < threshold - 2; ++i) {
        // The average of the next bucket is the third corner of the triangle.
        qsizetype nextStart = static_cast<qsizetype>(std::floor((i + 1) * every)) + 1;
        qsizetype nextEnd = qMin<qsizetype>(static_cast<qsizetype>(std::floor((i + 2) * every)) + 1, n);
        double avgX = 0;
        double avgY = 0;
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += points.at(j).x();
            avgY += points.at(j).y();
        }
        const double count = static_cast<double>(qMax<qsizetype>(1, nextEnd - nextStart));
        avgX /= count;
        avgY /= count;

        const qsizetype start = static_cast<qsizetype>(std::floor(i * every)) + 1;
        const qsizetype end = static_cast<qsizetype>(std::floor((i + 1) * every)) + 1;
        double bestArea = -1;
        qsizetype best = start;
        const QPointF pa = points.at(a);
        for (qsizetype j = start; j < end; ++j) {
            const double area = std::abs((pa.x() - avgX) * (points.at(j).y() - pa.y()) -
                                         (pa.x() - points.at(j).x()) * (avgY - pa.y()));
            if (area > bestArea) {
                bestArea = area;
                best = j;
            }
        }
        out.append(points.at(best));
        a = best;
    }
    out.append(points.last());
    return out;
}

} // namespace supadesk
