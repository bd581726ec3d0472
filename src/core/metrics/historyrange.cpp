// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrange.h"

namespace supadesk {

qint64 HistoryRange::spanMs(Range range)
{
    switch (range) {
    case Range::Live:
        return 5 * Rollup::MinuteMs;
    case Range::Hour:
        return Rollup::HourMs;
    case Range::Day:
        return Rollup::DayMs;
    case Range::Week:
        return 7 * Rollup::DayMs;
    case Range::Month:
        return 30 * Rollup::DayMs;
    }
    return 5 * Rollup::MinuteMs;
}

HistoryRange::Resolution HistoryRange::resolution(Range range)
{
    switch (range) {
    case Range::Live:
        return Resolution::Raw;
    case Range::Hour:
    case Range::Day:
        return Resolution::Minute;
    case Range::Week:
    case Range::Month:
        return Resolution::Hour;
    }
    return Resolution::Raw;
}

qint64 HistoryRange::bucketMs(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return 0;
    case Resolution::Minute:
        return Rollup::MinuteMs;
    case Resolution::Hour:
        return Rollup::HourMs;
    }
    return 0;
}

} // namespace supadesk
