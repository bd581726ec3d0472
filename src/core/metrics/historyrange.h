// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rollup.h"

#include <QList>

namespace supadesk {

// The time ranges a dashboard chart can show, and which resolution of the history serves each: a
// chart never needs more rows than it has pixels (live: raw samples, 1 h and 24 h: 1-minute
// roll-ups, 7 and 30 days: 1-hour roll-ups).
class HistoryRange
{
public:
    enum class Range { Live, Hour, Day, Week, Month };
    enum class Resolution { Raw, Minute, Hour };

    static QList<Range> all() { return {Range::Live, Range::Hour, Range::Day, Range::Week, Range::Month}; }
    static qint64 spanMs(Range range);
    static Resolution resolution(Range range);
    static qint64 bucketMs(Resolution resolution); // 0 for raw samples
};

} // namespace supadesk
