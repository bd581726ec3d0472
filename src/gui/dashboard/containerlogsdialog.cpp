// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlogsdialog.h"

#include "services/host/containerlogfollower.h"
#include "ui_containerlogsdialog.h"

#include <QEvent>
#include <QScrollBar>

namespace supadesk {

ContainerLogsDialog::ContainerLogsDialog(const QString &container, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ContainerLogsDialog>()),
      m_follower(new ContainerLogFollower(this)), m_container(container)
{
    m_ui->setupUi(this);
    m_ui->log->setMaximumBlockCount(MaxLines);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->log->setFont(mono);
    connect(m_follower, &ContainerLogFollower::output, this, &ContainerLogsDialog::append);
    connect(m_follower, &ContainerLogFollower::finished, this, [this](const QString &message) {
        m_ended = message.isEmpty() ? tr("The log ended.") : tr("The log stopped: %1").arg(message);
        retranslateUi();
    });
    connect(m_ui->filter, &QLineEdit::textChanged, this, &ContainerLogsDialog::refilter);
    connect(m_ui->pauseButton, &QPushButton::toggled, this, [this](bool paused) {
        if (!paused)
            refilter();
        retranslateUi();
    });
    retranslateUi();
}

ContainerLogsDialog::~ContainerLogsDialog() = default;

void ContainerLogsDialog::follow(const SshConnectOptions &options, const QString &command)
{
    m_ended.clear();
    if (command.isEmpty())
        m_follower->start(options, m_container);
    else
        m_follower->startCommand(options, command);
    retranslateUi();
}

QString ContainerLogsDialog::shownText() const
{
    return m_ui->log->toPlainText();
}

void ContainerLogsDialog::done(int result)
{
    m_follower->stop();
    QDialog::done(result);
}

void ContainerLogsDialog::append(const QByteArray &chunk)
{
    m_partial += QString::fromUtf8(chunk);
    const int end = int(m_partial.lastIndexOf(QLatin1Char('\n')));
    if (end < 0)
        return;
    const QStringList fresh = m_partial.left(end).split(QLatin1Char('\n'));
    m_partial = m_partial.mid(end + 1);
    m_lines += fresh;
    if (m_lines.size() > MaxLines) {
        const int drop = int(m_lines.size()) - MaxLines;
        m_lines.remove(0, drop);
        m_shown = qMax(0, m_shown - drop);
    }
    if (m_ui->pauseButton->isChecked())
        return;
    const QString filter = m_ui->filter->text();
    QScrollBar *bar = m_ui->log->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    for (int i = m_shown; i < m_lines.size(); ++i) {
        if (filter.isEmpty() || m_lines.at(i).contains(filter, Qt::CaseInsensitive))
            m_ui->log->appendPlainText(m_lines.at(i));
    }
    m_shown = int(m_lines.size());
    if (atEnd)
        bar->setValue(bar->maximum());
    retranslateUi();
}

void ContainerLogsDialog::refilter()
{
    if (m_ui->pauseButton->isChecked())
        return;
    const QString filter = m_ui->filter->text();
    QStringList shown;
    for (const QString &line : std::as_const(m_lines)) {
        if (filter.isEmpty() || line.contains(filter, Qt::CaseInsensitive))
            shown.append(line);
    }
    m_ui->log->setPlainText(shown.join(QLatin1Char('\n')));
    m_shown = int(m_lines.size());
    m_ui->log->verticalScrollBar()->setValue(m_ui->log->verticalScrollBar()->maximum());
}

void ContainerLogsDialog::retranslateUi()
{
    setWindowTitle(tr("Log of %1").arg(m_container));
    m_ui->pauseButton->setText(m_ui->pauseButton->isChecked() ? tr("Resume") : tr("Pause"));
    QString status;
    if (!m_ended.isEmpty())
        status = m_ended;
    else if (m_ui->pauseButton->isChecked())
        status = tr("Paused: %n new line(s) waiting.", nullptr, int(m_lines.size()) - m_shown);
    else
        status = tr("Following: %n line(s).", nullptr, int(m_lines.size()));
    m_ui->status->setText(status);
}

void ContainerLogsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
