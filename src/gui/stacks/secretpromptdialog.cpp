// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretpromptdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace supadesk {

SecretPromptDialog::SecretPromptDialog(Kind kind, const QString &target, bool refused, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SecretPromptDialog"));
    const bool password = kind == Kind::Password;
    setWindowTitle(password ? tr("SSH password") : tr("Key passphrase"));
    QString text = password ? tr("Enter the SSH password for %1.").arg(target)
                            : tr("Enter the passphrase of the key file %1.").arg(target);
    if (refused)
        text = (password ? tr("The server refused the password.") : tr("The passphrase was not accepted.")) +
               QLatin1Char(' ') + text;
    auto *label = new QLabel(text, this);
    label->setWordWrap(true);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_remember->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_secret);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString SecretPromptDialog::secret() const
{
    return m_secret->text();
}

bool SecretPromptDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace supadesk
