#include "downsampler.h"

#include <cmath>

namespace supadesk {

QList<QPointF> Downsampler::minMax(const QList<QPointF> &points, int buckets)
{
    const qsizetype n = points.size();
    if (buckets <= 0 || n <= 2 * static_cast<qsizetype>(buckets))
        return points;
    const double x0 = points.first().x();
    const double width = points.last().x() - x0;
    QList<QPointF> out;
    out.reserve(2 * buckets + 2);
    out.append(points.first());
    qsizetype i = 1;
    const qsizetype end = n - 1; // the last point is appended at the end
    for (int b = 0; b < buckets && i < end; ++b) {
        const double limit = width > 0 ? x0 + width * (b + 1) / buckets : points.last().x();
        qsizetype lo = -1;
        qsizetype hi = -1;
        for (; i < end && (points.at(i).x() < limit || b == buckets - 1); ++i) {
            if (lo < 0 || points.at(i).y() < points.at(lo).y())
                lo = i;
            if (hi < 0 || points.at(i).y() > points.at(hi).y())
                hi = i;
        }
        if (lo < 0)
            continue;
        if (lo == hi) {
            out.append(points.at(lo));
        } else {
            out.append(points.at(qMin(lo, hi)));
            out.append(points.at(qMax(lo, hi)));
        }
    }
    out.append(points.last());
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
