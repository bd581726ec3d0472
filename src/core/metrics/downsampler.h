// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>

namespace supadesk {

// Reduces a series to about as many points as there are pixels before it reaches a chart: drawing
// 600,000 points into 1,000 pixels costs much and shows nothing more. Input is sorted by x.
class Downsampler
{
public:
    // For each of `buckets` equal x ranges, the minimum and the maximum in their original order:
    // at most 2 * buckets points, every spike kept. The first and last points are always kept.
    static QList<QPointF> minMax(const QList<QPointF> &points, int buckets);
    // The same over [first, last) of a sorted array, without copying it first: a chart cuts its view
    // out of a week of samples and reduces it in one pass.
    static QList<QPointF> minMax(const QPointF *first, const QPointF *last, int buckets);
};

} // namespace supadesk
