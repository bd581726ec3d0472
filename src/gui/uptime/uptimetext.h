// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/locale/displayformat.h"
#include "core/uptime/proberesult.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <memory>
#include <optional>

class QTranslator;

namespace supadesk {

// The words and number formats the Uptime charts and the report are written in. By default it follows
// the interface's language; for a report it can load another catalogue, so a manager gets a Georgian
// report from an English interface (or the other way round) without the interface switching.
// Strings are marked with QT_TRANSLATE_NOOP("supadesk::UptimeText", ...) so lupdate finds them.
class UptimeText
{
public:
    static inline const char *context = "supadesk::UptimeText";

    UptimeText(); // the interface's language
    // "en" or "ka" from the compiled catalogue; false when it cannot be loaded.
    bool setLanguage(const QString &language);
    // An extra catalogue consulted first (tests use it for strings not compiled in yet).
    bool addCatalogue(const QString &qmFile);
    QString language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    // Figures and dates in this text's language (see DisplayFormat).
    DisplayFormat format() const;

    // The translation of a string marked under `context`; `n` fills %n in plural forms.
    QString text(const char *source, int n = -1) const;
    // The same for a string marked under another context.
    QString textIn(const char *context, const char *source, int n = -1) const;
    // A probe's failure reason as stored (English, see ProbeReason) in this language.
    QString reason(const QString &stored) const;

    QString percent(const std::optional<double> &ratio, int decimals = 3) const;
    QString number(double value, int decimals) const;
    QString minutes(double minutes) const;
    QString duration(qint64 ms) const;
    QString dateTime(qint64 ms, const QTimeZone &zone) const;
    QString date(const QDate &date) const;
    QString monthTitle(int year, int month) const;

private:
    QString m_language;
    QLocale m_locale;
    bool m_followInterface = true;
    std::shared_ptr<QTranslator> m_catalogue;
    std::shared_ptr<QTranslator> m_extra;
};

} // namespace supadesk
