// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace supadesk {

TranslationLoader::TranslationLoader() = default;
TranslationLoader::~TranslationLoader() = default;

TranslationLoader &TranslationLoader::instance()
{
    static TranslationLoader loader;
    return loader;
}

QString TranslationLoader::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &tag : preferred) {
        if (tag.startsWith(QLatin1String("ka")))
            return QStringLiteral("ka");
        if (tag.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QStringList TranslationLoader::availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ka")};
}

bool TranslationLoader::apply(const QString &language)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    m_current = QStringLiteral("en");
    if (language == QLatin1String("en"))
        return true; // English is the source language
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/supadesk_%1.qm").arg(language)))
        return false;
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get()), m_qt = std::move(qt);
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    m_current = language;
    return true;
}

} // namespace supadesk
