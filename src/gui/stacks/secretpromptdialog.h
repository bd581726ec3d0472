// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace supadesk {

// Asks for an SSH password or key passphrase that the keychain did not have (or that was refused),
// with the choice to keep it in the keychain.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Password, Passphrase };
    SecretPromptDialog(Kind kind, const QString &target, bool refused, QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};

} // namespace supadesk
