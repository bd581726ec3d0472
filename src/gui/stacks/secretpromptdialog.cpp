// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretpromptdialog.h"

#include "ui_secretpromptdialog.h"

#include <QEvent>

namespace supadesk {

SecretPromptDialog::SecretPromptDialog(Kind kind, const QString &target, bool refused, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_target(target), m_refused(refused),
      m_ui(std::make_unique<Ui::SecretPromptDialog>())
{
    m_ui->setupUi(this);
    updateTexts();
}

SecretPromptDialog::~SecretPromptDialog() = default;

void SecretPromptDialog::updateTexts()
{
    const bool password = m_kind == Kind::Password;
    setWindowTitle(password ? tr("SSH password") : tr("Key passphrase"));
    QString text = password ? tr("Enter the SSH password for %1.").arg(m_target)
                            : tr("Enter the passphrase of the key file %1.").arg(m_target);
    if (m_refused)
        text = (password ? tr("The server refused the password.") : tr("The passphrase was not accepted.")) +
               QLatin1Char(' ') + text;
    m_ui->prompt->setText(text);
}

void SecretPromptDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QDialog::changeEvent(event);
}

QString SecretPromptDialog::secret() const
{
    return m_ui->secret->text();
}

bool SecretPromptDialog::remember() const
{
    return m_ui->remember->isChecked();
}

} // namespace supadesk
