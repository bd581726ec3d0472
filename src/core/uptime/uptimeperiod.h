// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proberesult.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace supadesk {

// Calendar periods in a given time zone, as UTC time ranges. A month or a day is what the people
// reading the report call a month or a day where they are: in Europe/Tbilisi November begins at
// 20:00 UTC on 31 October, and a day with a daylight-saving change is 23 or 25 hours long.
class UptimePeriod
{
public:
    static TimeRange month(int year, int month, const QTimeZone &zone);
    static TimeRange day(const QDate &date, const QTimeZone &zone);
    // The days of a month, in order.
    static QList<TimeRange> daysOfMonth(int year, int month, const QTimeZone &zone);
    // "2026-11" -> (2026, 11); false when malformed.
    static bool parseMonth(const QString &text, int *year, int *month);
};

} // namespace supadesk
