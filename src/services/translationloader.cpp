// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include "core/locale/displayformat.h"

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
    const auto catalogue = [](const QString &name) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(QStringLiteral(":/i18n/supadesk_%1.qm").arg(name)))
            translator.reset();
        return translator;
    };
    std::unique_ptr<QTranslator> app =
        availableLanguages().contains(language) ? catalogue(language) : nullptr;
    const QString chosen = app ? language : QStringLiteral("en");
    // English is the source language; its catalogue only turns "%n day(s)" into "1 day" and "3 days".
    if (!app)
        app = catalogue(QStringLiteral("en"));
    std::unique_ptr<QTranslator> qt;
    if (chosen != QLatin1String("en")) {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_%1").arg(chosen),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    // Numbers and dates follow the chosen language, not the operating system's locale: every
    // QLocale() and DisplayFormat() from here on writes them as the words around them are written.
    // Set before the catalogues change, as that sends LanguageChange and widgets retranslate then.
    QLocale::setDefault(DisplayFormat::localeFor(chosen));
    // Widgets keep the locale they were made with (spin boxes and date edits format with it); a
    // LocaleChange to the application gives every widget without a locale of its own the new one.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        QEvent changed(QEvent::LocaleChange);
        QCoreApplication::sendEvent(app, &changed);
    }
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    if (m_qt)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_app)
        QCoreApplication::installTranslator(m_app.get());
    m_current = chosen;
    return chosen == language;
}

} // namespace supadesk
