// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "translationloader.h"

#include <QSettings>

namespace supadesk {

Preferences::Preferences(QString settingsFile) : m_file(std::move(settingsFile)) {}

QString Preferences::language() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/language")).toString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("ui/language"), language);
}

QString Preferences::effectiveLanguage() const
{
    const QString chosen = language();
    return TranslationLoader::availableLanguages().contains(chosen) ? chosen
                                                                    : TranslationLoader::systemLanguage();
}

Preferences::Theme Preferences::theme() const
{
    const QString name = QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/theme")).toString();
    return themeFromName(name).value_or(Theme::System);
}

void Preferences::setTheme(Theme theme)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("ui/theme"), themeName(theme));
}

QString Preferences::themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Preferences::Theme> Preferences::themeFromName(const QString &name)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark})
        if (name == themeName(theme))
            return theme;
    return std::nullopt;
}

QByteArray Preferences::windowGeometry() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/geometry")).toByteArray();
}

QByteArray Preferences::windowState() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/state")).toByteArray();
}

void Preferences::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ui/geometry"), geometry);
    settings.setValue(QStringLiteral("ui/state"), state);
}

QString Preferences::lastStackId() const
{
    return QSettings(m_file, QSettings::IniFormat).value(QStringLiteral("ui/lastStack")).toString();
}

void Preferences::setLastStackId(const QString &id)
{
    QSettings(m_file, QSettings::IniFormat).setValue(QStringLiteral("ui/lastStack"), id);
}

RetentionPolicy Preferences::historyRetention() const
{
    QSettings settings(m_file, QSettings::IniFormat);
    auto days = [&settings](const char *key, int fallback) {
        bool ok = false;
        const int value = settings.value(QLatin1String(key), fallback).toInt(&ok);
        return ok ? value : fallback;
    };
    return RetentionPolicy::fromDays(
        days("dashboard/retentionRawDays", RetentionPolicy::DefaultRawDays),
        days("dashboard/retentionMinuteDays", RetentionPolicy::DefaultMinuteDays),
        days("dashboard/retentionHourDays", RetentionPolicy::DefaultHourDays));
}

void Preferences::setHistoryRetention(const RetentionPolicy &policy)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(QStringLiteral("dashboard/retentionRawDays"), policy.rawDays());
    settings.setValue(QStringLiteral("dashboard/retentionMinuteDays"), policy.minuteDays());
    settings.setValue(QStringLiteral("dashboard/retentionHourDays"), policy.hourDays());
}

} // namespace supadesk
