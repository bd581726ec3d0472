// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <functional>

namespace supadesk {

// How every number, percentage, size, duration and date a person reads is written: the GUI, the PDF
// report and the CLI's text output go through here; JSON stays in the C locale with ISO dates. It
// follows a QLocale, by default the application's, which TranslationLoader sets with the language
// (localeFor()), so the figures on a screen are written like the words around them.
//
// It also evens out what Qt 6.4 leaves to each caller:
// - Grouping: CLDR gives Georgian a minimum of two grouping digits (2499, but 24 999), and Qt 6.4
//   applies that minimum to every group, writing 2499999 as "2499 999". The integer part is grouped
//   here instead: every three digits, from five digits on where the locale leaves four ungrouped.
// - Percent: CLDR writes it without a space in both languages ("99.9%", "99,9%"); a literal "%1%"
//   in a translatable string would leave that to each translator.
// - Dates: Qt's long format is CLDR's full one (with the weekday) and its short one has a two-digit
//   year; date() drops the weekday (CLDR's long form: "3 November 2026", "3 ნოემბერი, 2026") and
//   shortDate() writes the whole year (03/11/2026, 03.11.2026).
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::DisplayFormat)
public:
    // Looks up the translation of a unit (context, source text); the default asks the installed
    // catalogues. A report written in another language than the interface passes its own.
    using Translate = std::function<QString(const char *context, const char *source)>;

    explicit DisplayFormat(const QLocale &locale = QLocale(), Translate translate = {});

    // The locale Supadesk writes a language in: "ka" is Georgian (Georgia); English is British
    // English, whose 24-hour clock and day-month order match the rest of the product's times and
    // Georgian conventions (an English interface in Tbilisi), rather than US month/day dates.
    static QLocale localeFor(const QString &language);

    const QLocale &locale() const { return m_locale; }

    QString number(double value, int decimals = 0) const;
    QString number(qint64 value) const;
    QString number(int value) const { return number(qint64(value)); }
    // As many digits as the value has (up to 12 significant ones), e.g. a plan's property values.
    QString exact(double value) const;
    // A value in percent: 99.94 → "99.9%" (en), "99,9%" (ka).
    QString percent(double value, int decimals = 1) const;
    // 1536000 → "1.46 MiB" (en), "1,46 MiB" (ka); under 1 KiB in bytes.
    QString bytes(qint64 bytes, int decimals = 2) const;
    // 21.84 → "21.8 ms" (en), "21,8 მწმ" (ka). -1 decimals: three below 10 ms, one from there.
    QString milliseconds(double ms, int decimals = -1) const;
    static int millisecondDecimals(double ms) { return ms < 10 ? 3 : 1; }
    // A span of time to the nearest second or minute: "45 s", "12 min", "1 h 05 min".
    QString duration(qint64 ms) const;
    // "3 November 2026" (en), "3 ნოემბერი, 2026" (ka).
    QString date(const QDate &date) const;
    // "03/11/2026" (en), "03.11.2026" (ka).
    QString shortDate(const QDate &date) const;
    // The short date and the time of day: "03/11/2026 14:05", "03.11.2026 14:05".
    QString dateTime(const QDateTime &dateTime) const;
    // "November 2026" (en), "ნოემბერი 2026" (ka).
    QString monthYear(int year, int month) const;

    // Patterns for widgets that format by themselves (QDateTimeEdit).
    QString shortDatePattern() const;
    QString dateTimePattern() const;
    // The locale for Qt Charts labels (QChart::setLocale): Qt's own grouping is left out there, as
    // a chart cannot take number() (see the grouping note above).
    QLocale chartLocale() const;

private:
    QString grouped(const QString &plain) const;
    QString unit(const char *source) const;

    QLocale m_locale;
    QLocale m_plain; // m_locale without group separators
    Translate m_translate;
};

} // namespace supadesk
