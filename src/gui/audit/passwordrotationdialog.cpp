// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordrotationdialog.h"

#include "ui_passwordrotationdialog.h"

#include <QEvent>
#include <QPushButton>

namespace supadesk {

PasswordRotationDialog::PasswordRotationDialog(const QString &stackName, PasswordRotationTarget target,
                                               SecretStore *secrets, QWidget *parent)
    : QDialog(parent), m_stackName(stackName), m_target(std::move(target)), m_rotator(secrets),
      m_ui(std::make_unique<Ui::PasswordRotationDialog>())
{
    m_ui->setupUi(this);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_ui->log->setFont(mono);
    // Cancel is the safe default: nothing changes until Rotate is pressed.
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    connect(m_ui->buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, [this] {
        if (m_done)
            accept();
        else
            rotate();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &PasswordRotationDialog::reject);
    connect(&m_rotator, &PasswordRotator::progress, this, &PasswordRotationDialog::onProgress);
    updateTexts();
}

PasswordRotationDialog::~PasswordRotationDialog() = default;

bool PasswordRotationDialog::event(QEvent *event)
{
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    return handled;
}

void PasswordRotationDialog::updateTexts()
{
    setWindowTitle(tr("Rotate the database password of %1").arg(m_stackName));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(m_done ? tr("Close") : tr("&Rotate"));
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setVisible(!m_done);
}

void PasswordRotationDialog::reject()
{
    if (m_running) {
        // Before the roles change this stops the rotation; after, it runs to its end or rollback.
        m_rotator.cancel();
        m_ui->stepLabel->setText(tr("Cancelling: the rotation stops if the roles have not changed yet."));
        return;
    }
    QDialog::reject();
}

void PasswordRotationDialog::onProgress(PasswordRotation::Step step, const QString &message)
{
    m_ui->stepLabel->setText(PasswordRotation::stepTitle(step));
    if (!message.isEmpty())
        m_ui->log->appendPlainText(message);
}

void PasswordRotationDialog::rotate()
{
    if (m_running || m_done)
        return;
    m_running = true;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_ui->log->clear();
    m_report = m_rotator.runAndWait(m_target);
    m_running = false;
    m_done = true;
    for (const QString &line : m_report.log)
        if (!m_ui->log->toPlainText().contains(line))
            m_ui->log->appendPlainText(line);
    if (m_report.succeeded()) {
        m_ui->stepLabel->setText(
            tr("Done: every role has the new password, the services are healthy and the keychain holds it."));
    } else {
        m_ui->stepLabel->setText(m_report.error->message);
        if (!m_report.serverState.isEmpty()) {
            m_ui->log->appendPlainText(QString());
            m_ui->log->appendPlainText(tr("What the server has now:"));
            for (const QString &line : m_report.serverState)
                m_ui->log->appendPlainText(line);
        }
    }
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    updateTexts();
    emit rotated(m_target.stackId, m_report.succeeded());
}

} // namespace supadesk
