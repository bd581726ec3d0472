// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace supadesk {

// Installs Supadesk's and Qt's own translations for a language and swaps them at run time.
// Installing a translator sends QEvent::LanguageChange to every widget, which retranslates itself.
class TranslationLoader
{
public:
    static TranslationLoader &instance();

    // "en" or "ka"; the language Supadesk follows when the user chose none.
    static QString systemLanguage();
    static QStringList availableLanguages();

    bool apply(const QString &language);
    QString current() const { return m_current; }

private:
    TranslationLoader();
    ~TranslationLoader();
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace supadesk
