// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/preferences.h"

#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class PreferencesDialog;
}

// Preferences: the interface language (follow the system, English or Georgian) and the colour theme
// (follow the system, light or dark), each applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const QString &language, QWidget *parent = nullptr,
                               Preferences::Theme theme = Preferences::Theme::System);
    ~PreferencesDialog() override;
    // "" for the system language, else "en" or "ka".
    QString language() const;
    Preferences::Theme theme() const;

signals:
    void languageChosen(const QString &language);
    void themeChosen(supadesk::Preferences::Theme theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace supadesk
