// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimetext.h"

#include "core/locale/displayformat.h"
#include "core/uptime/probereason.h"

#include "services/translationloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTranslator>

#include <cmath>

namespace supadesk {

UptimeText::UptimeText()
    : m_language(TranslationLoader::instance().current()),
      // Figures and month names follow the interface's language, as the words around them do.
      m_locale(DisplayFormat::localeFor(m_language))
{}

DisplayFormat UptimeText::format() const
{
    // Units (ms, min, h) come from this text's catalogue, which may not be the interface's.
    return DisplayFormat(m_locale, [this](const char *ctx, const char *source) {
        const QString out = textIn(ctx, source);
        return out == QString::fromUtf8(source) ? QString() : out;
    });
}

bool UptimeText::setLanguage(const QString &language)
{
    m_followInterface = false;
    m_catalogue.reset();
    if (language == QLatin1String("ka")) {
        auto catalogue = std::make_shared<QTranslator>();
        if (!catalogue->load(QStringLiteral(":/i18n/supadesk_ka.qm")))
            return false;
        m_catalogue = std::move(catalogue);
    }
    m_locale = DisplayFormat::localeFor(language);
    m_language = language;
    return true;
}

bool UptimeText::addCatalogue(const QString &qmFile)
{
    auto extra = std::make_shared<QTranslator>();
    if (!extra->load(qmFile))
        return false;
    m_extra = std::move(extra);
    return true;
}

QString UptimeText::text(const char *source, int n) const
{
    return textIn(context, source, n);
}

QString UptimeText::reason(const QString &stored) const
{
    // Stored in English; said in this text's language (ProbeReason).
    return ProbeReason::display(
        stored,
        [this](const char *ctx, const char *source) {
            const QString out = textIn(ctx, source);
            return out == QString::fromUtf8(source) ? QString() : out;
        },
        [this](double value) { return m_locale.toString(value, 'g', 6); });
}

QString UptimeText::textIn(const char *ctx, const char *source, int n) const
{
    QString out;
    if (m_extra)
        out = m_extra->translate(ctx, source, nullptr, n);
    if (out.isEmpty() && m_followInterface)
        return QCoreApplication::translate(ctx, source, nullptr, n);
    if (out.isEmpty() && m_catalogue)
        out = m_catalogue->translate(ctx, source, nullptr, n);
    if (out.isEmpty()) {
        out = QString::fromUtf8(source);
        // English is the source language and has no catalogue: pick the plural form here.
        if (n >= 0)
            out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    // QTranslator picks the plural form; filling in %n is left to the caller, as
    // QCoreApplication::translate does it.
    if (n >= 0)
        out.replace(QLatin1String("%n"), format().number(n));
    return out;
}

QString UptimeText::percent(const std::optional<double> &ratio, int decimals) const
{
    if (!ratio)
        return QStringLiteral("—");
    return format().percent(*ratio * 100, decimals);
}

QString UptimeText::number(double value, int decimals) const
{
    return format().number(value, decimals);
}

QString UptimeText::minutes(double minutes) const
{
    return text(QT_TRANSLATE_NOOP("supadesk::UptimeText", "%1 min")).arg(format().number(minutes, 1));
}

QString UptimeText::duration(qint64 ms) const
{
    return format().duration(ms);
}

QString UptimeText::dateTime(qint64 ms, const QTimeZone &zone) const
{
    return format().dateTime(QDateTime::fromMSecsSinceEpoch(ms, zone));
}

QString UptimeText::date(const QDate &date) const
{
    return format().date(date);
}

QString UptimeText::monthTitle(int year, int month) const
{
    return format().monthYear(year, month);
}

} // namespace supadesk
