// SPDX-License-Identifier: GPL-3.0-or-later
#include "displayformat.h"

#include <QRegularExpression>

#include <cmath>

namespace supadesk {

namespace {

constexpr const char *Context = "supadesk::DisplayFormat";

} // namespace

DisplayFormat::DisplayFormat(const QLocale &locale, Translate translate)
    : m_locale(locale), m_plain(locale), m_translate(std::move(translate))
{
    m_plain.setNumberOptions(m_locale.numberOptions() | QLocale::OmitGroupSeparator);
}

QLocale DisplayFormat::localeFor(const QString &language)
{
    if (language == QLatin1String("ka"))
        return QLocale(QLocale::Georgian, QLocale::Georgia);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString DisplayFormat::grouped(const QString &plain) const
{
    if (m_locale.numberOptions().testFlag(QLocale::OmitGroupSeparator))
        return plain;
    const QString separator = m_locale.groupSeparator();
    // Whether the locale groups a four-digit number decides the minimum; Qt gets the lower group
    // right, only the higher ones wrong.
    const int fewestDigits = m_locale.toString(qint64(1000)).contains(separator) ? 4 : 5;
    qsizetype start = 0;
    while (start < plain.size() && !plain.at(start).isDigit())
        ++start; // a sign
    qsizetype end = start;
    while (end < plain.size() && plain.at(end).isDigit())
        ++end;
    if (end - start < fewestDigits)
        return plain;
    QString out = plain;
    for (qsizetype at = end - 3; at > start; at -= 3)
        out.insert(at, separator);
    return out;
}

QString DisplayFormat::unit(const char *source) const
{
    if (m_translate) {
        const QString out = m_translate(Context, source);
        if (!out.isEmpty())
            return out;
    }
    return QCoreApplication::translate(Context, source);
}

QString DisplayFormat::number(double value, int decimals) const
{
    if (!std::isfinite(value))
        return QStringLiteral("—");
    // -0.0 would print as "-0".
    const double scale = std::pow(10.0, decimals);
    if (std::round(value * scale) == 0)
        value = 0;
    return grouped(m_plain.toString(value, 'f', decimals));
}

QString DisplayFormat::number(qint64 value) const
{
    return grouped(m_plain.toString(value));
}

QString DisplayFormat::exact(double value) const
{
    return grouped(m_plain.toString(value, 'g', 12));
}

QString DisplayFormat::percent(double value, int decimals) const
{
    return number(value, decimals) + m_locale.percent();
}

QString DisplayFormat::bytes(qint64 bytes, int decimals) const
{
    // Below 1 KiB Qt writes whole bytes with the locale's word ("500 bytes", "500 ბაიტი"); above,
    // at most four digits before the decimal point, so its grouping never comes into play.
    return m_locale.formattedDataSize(bytes, decimals);
}

QString DisplayFormat::milliseconds(double ms, int decimals) const
{
    return unit(QT_TRANSLATE_NOOP("supadesk::DisplayFormat", "%1 ms"))
        .arg(number(ms, decimals < 0 ? millisecondDecimals(ms) : decimals));
}

QString DisplayFormat::duration(qint64 ms) const
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return unit(QT_TRANSLATE_NOOP("supadesk::DisplayFormat", "%1 s")).arg(number(seconds));
    const qint64 totalMinutes = (seconds + 30) / 60;
    if (totalMinutes < 60)
        return unit(QT_TRANSLATE_NOOP("supadesk::DisplayFormat", "%1 min")).arg(number(totalMinutes));
    return unit(QT_TRANSLATE_NOOP("supadesk::DisplayFormat", "%1 h %2 min"))
        .arg(number(totalMinutes / 60))
        .arg(totalMinutes % 60, 2, 10, QLatin1Char('0'));
}

QString DisplayFormat::date(const QDate &date) const
{
    // Qt's long format is CLDR's full one: without the weekday (and its separator) and with the day
    // unpadded it is CLDR's long form in both languages ("d MMMM y", "d MMMM, y"; en_US "MMMM d, y").
    static const QRegularExpression weekday(QStringLiteral("dddd[,\\s]*"));
    static const QRegularExpression paddedDay(QStringLiteral("(?<![d])dd(?![d])"));
    QString pattern = m_locale.dateFormat(QLocale::LongFormat);
    pattern.remove(weekday);
    pattern.replace(paddedDay, QStringLiteral("d"));
    return m_locale.toString(date, pattern.trimmed());
}

QString DisplayFormat::shortDatePattern() const
{
    // Qt's short format with the whole year: a report outlives the century's two digits.
    static const QRegularExpression shortYear(QStringLiteral("(?<![y])yy(?![y])"));
    QString pattern = m_locale.dateFormat(QLocale::ShortFormat);
    pattern.replace(shortYear, QStringLiteral("yyyy"));
    return pattern;
}

QString DisplayFormat::dateTimePattern() const
{
    return shortDatePattern() + QLatin1Char(' ') + m_locale.timeFormat(QLocale::ShortFormat);
}

QString DisplayFormat::shortDate(const QDate &date) const
{
    return m_locale.toString(date, shortDatePattern());
}

QString DisplayFormat::dateTime(const QDateTime &dateTime) const
{
    return m_locale.toString(dateTime, dateTimePattern());
}

QString DisplayFormat::monthYear(int year, int month) const
{
    return QStringLiteral("%1 %2").arg(m_locale.standaloneMonthName(month, QLocale::LongFormat)).arg(year);
}

QLocale DisplayFormat::chartLocale() const
{
    return m_plain;
}

} // namespace supadesk
