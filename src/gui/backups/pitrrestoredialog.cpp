// SPDX-License-Identifier: GPL-3.0-or-later
#include "pitrrestoredialog.h"

#include "core/backup/backupserverscripts.h"
#include "core/locale/displayformat.h"
#include "gui/common/messagewidget.h"
#include "services/backup/serverscriptrun.h"
#include "services/stackconnection.h"
#include "ui_pitrrestoredialog.h"

#include <QEvent>
#include <QPushButton>

namespace supadesk {

namespace {

constexpr int kRestoreSteps = 4; // disk, unpack, replay, inspect
constexpr int kReplaceSteps = 5; // stop, swap, start, verify, rollback

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

PitrRestoreDialog::PitrRestoreDialog(const PitrStatus &status, const QString &stackName,
                                     StackConnection *connection, const PitrServerPaths &paths,
                                     QWidget *parent)
    : QDialog(parent), m_status(status), m_stackName(stackName), m_connection(connection), m_paths(paths),
      m_ui(std::make_unique<Ui::PitrRestoreDialog>())
{
    m_ui->setupUi(this);
    m_ui->message->hide();
    m_ui->progress->hide();
    m_ui->targetEdit->setTimeSpec(Qt::UTC);
    const PitrWindow w = PitrServerRestore::window(status);
    // The newest restorable moment is the usual choice after a bad change: the user goes back from there.
    m_ui->targetEdit->setDateTime(w.latest.isValid() ? w.latest.toUTC() : QDateTime::currentDateTimeUtc());
    connect(m_ui->targetEdit, &QDateTimeEdit::dateTimeChanged, this, &PitrRestoreDialog::checkTarget);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &PitrRestoreDialog::startRestore);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &PitrRestoreDialog::cancelRestore);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &PitrRestoreDialog::replaceLive);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &PitrRestoreDialog::updateActions);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PitrRestoreDialog::reject);
    retranslateUi();
    checkTarget();
}

PitrRestoreDialog::~PitrRestoreDialog()
{
    if (m_run)
        m_run->cancel();
    discardScratch();
}

void PitrRestoreDialog::setTarget(const QDateTime &utc)
{
    m_ui->targetEdit->setDateTime(utc.toUTC());
    checkTarget();
}

QString PitrRestoreDialog::targetProblem() const
{
    const Result<BaseBackupInfo> base =
        PitrServerRestore::checkTarget(m_status, m_ui->targetEdit->dateTime().toUTC());
    return base.ok() ? QString() : base.error().message;
}

void PitrRestoreDialog::checkTarget()
{
    if (isBusy())
        return;
    const QString problem = targetProblem();
    if (problem.isEmpty())
        m_ui->message->hide();
    else
        m_ui->message->showMessage(problem, MessageWidget::Type::Error);
    updateActions();
}

bool PitrRestoreDialog::startRestore()
{
    if (isBusy() || !m_connection || m_replaced)
        return false;
    const QDateTime target = m_ui->targetEdit->dateTime().toUTC();
    const Result<BaseBackupInfo> base = PitrServerRestore::checkTarget(m_status, target);
    if (!base.ok()) {
        m_ui->message->showMessage(base.error().message, MessageWidget::Type::Error);
        return false;
    }
    discardScratch(); // a second restore replaces the first one's instance
    m_base = base.value();
    m_target = target;
    m_scratchDir = PitrServerRestore::scratchDirFor(m_paths, QDateTime::currentDateTimeUtc());
    const Result<QString> script = PitrServerRestore::restoreScript(m_paths, *m_base, target, m_scratchDir);
    if (!script.ok()) {
        m_ui->message->showMessage(script.error().message, MessageWidget::Type::Error);
        return false;
    }
    m_restored.reset();
    m_ui->message->hide();
    m_ui->resultText->clear();
    startJob(Job::Restore, kRestoreSteps, script.value());
    return true;
}

void PitrRestoreDialog::cancelRestore()
{
    // The replacement is not cancelled half-way: its script ignores the signal anyway.
    if (m_run && m_job == Job::Restore)
        m_run->cancel();
}

bool PitrRestoreDialog::replaceLive()
{
    if (isBusy() || !m_connection || !m_restored || m_replaced ||
        !PitrServerRestore::confirmed(m_stackName, m_ui->confirmEdit->text()))
        return false;
    const Result<QString> script = PitrServerRestore::replaceScript(m_paths, m_restored->scratchDir);
    if (!script.ok()) {
        m_ui->message->showMessage(script.error().message, MessageWidget::Type::Error);
        return false;
    }
    m_ui->message->hide();
    startJob(Job::Replace, kReplaceSteps, script.value());
    return true;
}

void PitrRestoreDialog::startJob(Job job, int steps, const QString &script)
{
    m_ui->progress->setRange(0, steps);
    m_ui->progress->setValue(0);
    m_ui->progress->show();
    m_job = job;
    auto *run = new ServerScriptRun(this);
    m_run = run;
    connect(run, &ServerScriptRun::output, this, &PitrRestoreDialog::onOutput);
    connect(run, &ServerScriptRun::finished, this, &PitrRestoreDialog::onFinished);
    run->start(m_connection, BackupServerScripts::asRoot(script, m_paths.pathFirst));
    updateActions();
}

void PitrRestoreDialog::onOutput(const QString &chunk)
{
    for (const QString &line : chunk.split(QLatin1Char('\n')))
        if (const auto step = PitrServerRestore::stepOf(line)) {
            const int first = m_job == Job::Replace ? int(PitrStep::Stop) : 0;
            m_ui->progress->setValue(int(*step) - first + 1);
            m_ui->stepLabel->setText(PitrServerRestore::stepText(*step) + QStringLiteral("…"));
            m_ui->resultText->appendPlainText(PitrServerRestore::stepText(*step) + QStringLiteral("…"));
        }
}

void PitrRestoreDialog::onFinished(const QString &message)
{
    const Job job = m_job;
    const QString output = m_run ? m_run->collected() : QString();
    const bool cancelled = m_run && m_run->wasCancelled();
    if (m_run)
        m_run->deleteLater();
    m_job = Job::None;
    m_ui->progress->hide();
    m_ui->stepLabel->clear();
    if (job == Job::Restore) {
        const Result<PitrScratchRestore> r = PitrServerRestore::parseRestore(output, *m_base, m_target);
        if (!message.isEmpty() && !cancelled)
            m_ui->message->showMessage(message, MessageWidget::Type::Error);
        else if (!r.ok())
            m_ui->message->showMessage(
                cancelled ? tr("The restore was cancelled; its scratch instance was removed.")
                          : r.error().message,
                MessageWidget::Type::Error);
        else
            showRestored(r.value());
        if (!r.ok())
            m_scratchDir.clear(); // the script's trap removed it
    } else if (job == Job::Replace) {
        const Result<PitrReplaceResult> r =
            message.isEmpty() ? PitrServerRestore::parseReplace(output)
                              : Result<PitrReplaceResult>(Error{ErrorCode::PitrRestore, message});
        if (r.ok()) {
            m_replaced = true;
            m_replacedResult = r.value();
            m_scratchDir.clear();
            m_ui->message->showMessage(r.value().evidence.join(QLatin1Char(' ')),
                                       MessageWidget::Type::Positive);
        } else {
            m_ui->message->showMessage(r.error().message, MessageWidget::Type::Error);
        }
    }
    updateActions();
    emit runEnded();
}

void PitrRestoreDialog::showRestored(const PitrScratchRestore &restored)
{
    m_restored = restored;
    m_scratchDir = restored.scratchDir;
    const DisplayFormat format;
    QStringList lines;
    lines << tr("Restored to %1 UTC from base backup %2.").arg(utc(restored.target), restored.base.folder());
    lines << (restored.lastReplayed.isValid()
                  ? tr("Last transaction replayed: %1 UTC.").arg(utc(restored.lastReplayed))
                  : tr("No transaction was replayed after the base backup."));
    lines << tr("The scratch instance is kept, stopped, in %1 on the server.").arg(restored.scratchDir);
    lines << QString() << tr("%n table(s) in the restore:", nullptr, int(restored.tables.size()));
    for (const PitrScratchTable &t : restored.tables)
        lines << tr("  %1 %2: %n row(s)", nullptr, int(std::min<qint64>(t.rows, INT_MAX)))
                     .arg(t.database, t.name);
    m_ui->resultText->setPlainText(lines.join(QLatin1Char('\n')));
    m_ui->message->showMessage(
        tr("The restore succeeded. Check what it holds; the live database was not touched."),
        MessageWidget::Type::Positive);
    updateActions();
}

void PitrRestoreDialog::discardScratch()
{
    if (m_scratchDir.isEmpty() || m_replaced || !m_connection)
        return;
    const Result<QString> script = PitrServerRestore::discardScript(m_paths, m_scratchDir);
    m_scratchDir.clear();
    if (script.ok())
        m_connection->exec(BackupServerScripts::asRoot(script.value(), m_paths.pathFirst), m_connection,
                           [](const Result<ExecResult> &) {});
}

void PitrRestoreDialog::reject()
{
    if (m_job == Job::Replace)
        return; // the live database is being swapped: closing now would hide how it ends
    cancelRestore();
    discardScratch();
    QDialog::reject();
}

void PitrRestoreDialog::updateActions()
{
    const bool busy = isBusy();
    m_ui->restoreButton->setEnabled(!busy && m_connection && !m_replaced && targetProblem().isEmpty());
    m_ui->cancelButton->setEnabled(m_job == Job::Restore);
    m_ui->targetEdit->setEnabled(!busy && !m_replaced);
    m_ui->replaceGroup->setEnabled(m_restored.has_value() && !busy && !m_replaced);
    m_ui->replaceButton->setEnabled(m_restored.has_value() && !busy && !m_replaced && m_connection &&
                                    PitrServerRestore::confirmed(m_stackName, m_ui->confirmEdit->text()));
    m_ui->buttonBox->setEnabled(m_job != Job::Replace);
}

void PitrRestoreDialog::retranslateUi()
{
    const PitrWindow w = PitrServerRestore::window(m_status);
    m_ui->windowLabel->setText(
        w.isValid()
            ? tr("Any moment from %1 to %2 UTC can be restored. The restore goes into a scratch instance "
                 "on the server; the live database is not touched.")
                  .arg(utc(w.earliest), utc(w.latest))
            : tr("Nothing can be restored yet: a base backup and archived WAL are needed."));
    m_ui->replaceExplanation->setText(
        tr("Stops the database service, moves the live data directory aside (it is kept, not deleted), moves "
           "the restored one in and starts the service again; if the database does not answer, the old "
           "directory is moved back. Type the stack's name, %1, to confirm.")
            .arg(m_stackName));
    m_ui->confirmEdit->setPlaceholderText(m_stackName);
    if (m_restored)
        showRestored(*m_restored);
    updateActions();
}

void PitrRestoreDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
        checkTarget();
    }
    QDialog::changeEvent(event);
}

} // namespace supadesk
