// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace supadesk {

namespace Ui {
class SecretPromptDialog;
}

// Asks for an SSH password or key passphrase that the keychain did not have (or that was refused),
// with the choice to keep it in the keychain.
class SecretPromptDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { Password, Passphrase };
    SecretPromptDialog(Kind kind, const QString &target, bool refused, QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    QString secret() const;
    bool remember() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();

    Kind m_kind;
    QString m_target;
    bool m_refused;
    std::unique_ptr<Ui::SecretPromptDialog> m_ui;
};

} // namespace supadesk
