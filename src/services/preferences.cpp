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

} // namespace supadesk
