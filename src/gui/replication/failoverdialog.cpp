// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverdialog.h"

#include "services/replication/failoverhistory.h"
#include "services/replication/replicastackfailover.h"
#include "ui_failoverdialog.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDateTime>
#include <QPushButton>
#include <QThread>

namespace supadesk {

FailoverDialog::FailoverDialog(const Stack &primary, const StackList &stacks, SettingsProvider settings,
                               QString databasePassword, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FailoverDialog>()), m_primary(primary),
      m_settings(std::move(settings)), m_databasePassword(std::move(databasePassword)),
      m_historyFile(FailoverHistory::defaultFile())
{
    m_ui->setupUi(this);
    m_ui->primaryName->setText(primary.name);
    for (const Stack &s : stacks)
        if (s.id != primary.id) {
            m_candidates.append(s);
            m_ui->standbyStack->addItem(s.name, s.id);
        }
    m_ui->progress->setRange(0, 1);
    m_ui->progress->setValue(0);
    m_ui->confirmation->setPlaceholderText(primary.name);
    connect(m_ui->standbyStack, &QComboBox::currentIndexChanged, this, &FailoverDialog::choicesChanged);
    connect(m_ui->confirmation, &QLineEdit::textChanged, this, [this] {
        if (m_check)
            setStatus([this] {
                const QString why = blocker();
                return why.isEmpty() ? tr("Ready: these steps run when you press Promote.") : why;
            });
        updateButtons();
    });
    connect(m_ui->repointServices, &QCheckBox::toggled, this, &FailoverDialog::showSteps);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &FailoverDialog::check);
    connect(m_ui->promoteButton, &QPushButton::clicked, this, &FailoverDialog::promote);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    if (m_candidates.isEmpty())
        setStatus([] {
            return tr("Add the standby's server as a stack first: it is promoted over its own SSH "
                      "endpoint.");
        });
    showSteps();
    showHistory();
    updateButtons();
}

void FailoverDialog::setHistoryFile(const QString &file)
{
    m_historyFile = file;
    showHistory();
}

QStringList FailoverDialog::historyLines() const
{
    QStringList lines;
    const Result<FailoverRecords> records = FailoverHistory(m_historyFile).list(m_primary.name);
    if (!records.ok())
        return {records.error().message};
    for (const FailoverRecord &r : records.value())
        lines.prepend(r.summary());
    return lines;
}

void FailoverDialog::showHistory()
{
    const QStringList lines = historyLines();
    // The last few are enough here; `supadesk-cli replica history` lists them all.
    m_ui->history->setText(lines.isEmpty() ? tr("None recorded.") : lines.mid(0, 3).join(QLatin1Char('\n')));
}

FailoverDialog::~FailoverDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString FailoverDialog::statusText() const
{
    return m_ui->status->text();
}

QString FailoverDialog::logText() const
{
    return m_ui->log->toPlainText();
}

Stack FailoverDialog::standby() const
{
    const int i = m_ui->standbyStack->currentIndex();
    return i >= 0 && i < m_candidates.size() ? m_candidates.at(i) : Stack();
}

QString FailoverDialog::blocker() const
{
    if (!m_check)
        return tr("Check first.");
    return FailoverPlan::blocker(*m_check, m_ui->confirmation->text(), m_primary.name);
}

void FailoverDialog::choicesChanged()
{
    // A check is only good for the standby it was made with.
    m_check.reset();
    m_ui->confirmation->clear();
    showSteps();
    updateButtons();
}

void FailoverDialog::showSteps()
{
    QStringList lines;
    const QStringList steps = FailoverPlan::steps(m_check.value_or(FailoverCheck{}), m_primary.name,
                                                  standby().name, m_ui->repointServices->isChecked());
    for (int i = 0; i < steps.size(); ++i)
        lines << tr("%1. %2").arg(i + 1).arg(steps.at(i));
    m_steps = lines;
    m_ui->steps->setText(lines.join(QLatin1Char('\n')));
    const bool ask = m_check && m_check->primaryAnswers();
    m_ui->confirmationLabel->setVisible(ask);
    m_ui->confirmation->setVisible(ask);
}

void FailoverDialog::updateButtons()
{
    const bool running = isRunning();
    m_ui->checkButton->setEnabled(!running && !m_candidates.isEmpty());
    m_ui->promoteButton->setEnabled(!running && !m_candidates.isEmpty() && blocker().isEmpty());
    m_ui->closeButton->setEnabled(!running);
    m_ui->standbyStack->setEnabled(!running);
    m_ui->confirmation->setEnabled(!running);
    m_ui->repointServices->setEnabled(!running);
}

void FailoverDialog::setStatus(std::function<QString()> text)
{
    m_status = std::move(text);
    m_ui->status->setText(m_status ? m_status() : QString());
}

void FailoverDialog::appendLog(const QString &line)
{
    // The dialog's log is the failover's record: each line with its time (UTC).
    m_ui->log->appendPlainText(QStringLiteral("%1  %2").arg(
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), line));
}

void FailoverDialog::check()
{
    start(false);
}

void FailoverDialog::promote()
{
    if (const QString why = blocker(); !why.isEmpty()) {
        setStatus([why] { return tr("Refused: %1").arg(why); });
        appendLog(tr("Promotion refused: %1").arg(why));
        return;
    }
    start(true);
}

void FailoverDialog::start(bool promoting)
{
    if (isRunning() || m_candidates.isEmpty())
        return;
    ReplicaStackFailoverRequest r;
    r.primary = m_primary;
    r.standby = standby();
    r.primarySettings = m_settings(r.primary);
    r.standbySettings = m_settings(r.standby);
    r.databasePassword = m_databasePassword;
    r.confirmation = m_ui->confirmation->text();
    r.repoint = m_ui->repointServices->isChecked();
    r.historyFile = m_historyFile;
    r.composeCommand = m_composeCommand;
    m_ui->progress->setRange(0, 0); // busy
    const QString primaryName = r.primary.name;
    const QString standbyName = r.standby.name;
    if (promoting) {
        appendLog(tr("Failover of %1 to %2 started.").arg(primaryName, standbyName));
        setStatus([] { return tr("Promoting the standby…"); });
    } else {
        appendLog(tr("Checking whether %1 answers.").arg(primaryName));
        setStatus([] { return tr("Checking both servers…"); });
    }
    const auto log = [this](const QString &line) {
        QMetaObject::invokeMethod(
            this, [this, line] { appendLog(line); }, Qt::QueuedConnection);
    };
    m_thread = QThread::create([this, r, promoting, log, primaryName, standbyName] {
        std::optional<FailoverCheck> found;
        Status outcome = success();
        std::optional<Stack> repointed;
        QString repoint;
        if (promoting) {
            const ReplicaStackFailoverOutcome done = ReplicaStackFailover::promote(r, log);
            outcome = done.status;
            repointed = done.repointedPrimary;
            repoint = done.record.repoint;
        } else {
            const Result<FailoverCheck> checked = ReplicaStackFailover::check(r, log);
            if (checked.ok())
                found = checked.value();
            else
                outcome = checked.error();
        }
        QMetaObject::invokeMethod(
            this,
            [this, promoting, found, outcome, primaryName, standbyName, repointed, repoint] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                m_ui->progress->setRange(0, 1);
                m_ui->progress->setValue(outcome.ok() ? 1 : 0);
                const QString why = outcome.ok() ? QString() : outcome.error().message;
                if (promoting) {
                    m_check.reset();
                    if (outcome.ok()) {
                        appendLog(tr("Failover finished: %1 is the primary now.").arg(standbyName));
                        if (repointed) {
                            m_primary = *repointed;
                            emit stackRepointed(*repointed);
                            setStatus([standbyName] {
                                return tr("%1 is the primary now and the stack's services use it.")
                                    .arg(standbyName);
                            });
                        } else {
                            setStatus([standbyName, repoint] {
                                return tr("%1 is the primary now (%2). Point the stack's services at it "
                                          "(POSTGRES_HOST in .env, or the pooler's upstream).")
                                    .arg(standbyName, FailoverRecordText::repoint(repoint));
                            });
                        }
                    } else {
                        appendLog(tr("Failover failed: %1").arg(why));
                        setStatus([why] { return tr("The standby was not promoted: %1").arg(why); });
                    }
                } else if (found) {
                    m_check = found;
                    appendLog(found->primaryFromDesktop
                                  ? tr("%1 answers from this computer.").arg(primaryName)
                                  : tr("%1 does not answer from this computer.").arg(primaryName));
                    appendLog(found->primaryFromStandby
                                  ? tr("%1 answers from the standby's host.").arg(primaryName)
                                  : tr("%1 does not answer from the standby's host.").arg(primaryName));
                    setStatus([this] {
                        const QString b = blocker();
                        return b.isEmpty() ? tr("Ready: these steps run when you press Promote.") : b;
                    });
                } else {
                    appendLog(tr("Check failed: %1").arg(why));
                    setStatus([why] { return tr("Refused before any change: %1").arg(why); });
                }
                showSteps();
                if (promoting)
                    showHistory();
                updateButtons();
                if (promoting)
                    emit promoteFinished(outcome.ok());
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    updateButtons();
}

void FailoverDialog::closeEvent(QCloseEvent *event)
{
    // A promotion is not left behind a closed window: it cannot be undone halfway.
    if (isRunning()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void FailoverDialog::reject()
{
    if (!isRunning())
        QDialog::reject();
}

void FailoverDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->primaryName->setText(m_primary.name);
        if (m_status)
            m_ui->status->setText(m_status());
        showSteps();
        showHistory();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
