// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeperiod.h"

#include <QDateTime>
#include <QRegularExpression>

namespace supadesk {

namespace {

qint64 startOfDay(const QDate &date, const QTimeZone &zone)
{
    return date.startOfDay(zone).toMSecsSinceEpoch();
}

} // namespace

TimeRange UptimePeriod::month(int year, int month, const QTimeZone &zone)
{
    const QDate first(year, month, 1);
    return {startOfDay(first, zone), startOfDay(first.addMonths(1), zone)};
}

TimeRange UptimePeriod::day(const QDate &date, const QTimeZone &zone)
{
    return {startOfDay(date, zone), startOfDay(date.addDays(1), zone)};
}

QList<TimeRange> UptimePeriod::daysOfMonth(int year, int month, const QTimeZone &zone)
{
    QList<TimeRange> days;
    for (QDate d(year, month, 1); d.month() == month; d = d.addDays(1))
        days.append(day(d, zone));
    return days;
}

bool UptimePeriod::parseMonth(const QString &text, int *year, int *month)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    if (mo < 1 || mo > 12 || y < 1970)
        return false;
    *year = y;
    *month = mo;
    return true;
}

} // namespace supadesk
