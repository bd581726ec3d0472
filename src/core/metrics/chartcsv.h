// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

namespace supadesk {

// A chart's data as CSV (RFC 4180): one row per instant, the time in UTC (ISO 8601) and one column per
// series; a series without a value at that instant leaves its cell empty. x is milliseconds since the
// epoch, as the charts keep it.
class ChartCsv
{
public:
    static QString format(const QStringList &names, const QList<QList<QPointF>> &series);
    static QString quoted(const QString &field);
};

} // namespace supadesk
