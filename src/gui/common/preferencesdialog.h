// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace supadesk {

// Preferences: the interface language (follow the system, English or Georgian), applied at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const QString &language, QWidget *parent = nullptr);
    // "" for the system language, else "en" or "ka".
    QString language() const;

signals:
    void languageChosen(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace supadesk
