// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "core/setup/applyplanbuilder.h"
#include "core/setup/exportfilemode.h"
#include "core/setup/probeexport.h"
#include "core/setup/restartdecision.h"
#include "diffhighlighter.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"
#include "setupplan.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace supadesk {

namespace {

enum Column { NumberColumn, StepColumn, StatusColumn, Columns };

QColor statusColor(ApplyStepStatus status)
{
    switch (status) {
    case ApplyStepStatus::Applied:
    case ApplyStepStatus::Previewed:
        return QColor(0x2e, 0xa0, 0x43);
    case ApplyStepStatus::Running:
        return QColor(0x1f, 0x6f, 0xeb);
    case ApplyStepStatus::Failed:
    case ApplyStepStatus::RollbackFailed:
        return QColor(0xcf, 0x22, 0x2e);
    case ApplyStepStatus::RolledBack:
        return QColor(0xd2, 0x99, 0x22);
    case ApplyStepStatus::Pending:
    case ApplyStepStatus::NotRun:
        break;
    }
    return QColor(0x8c, 0x95, 0x9f);
}

} // namespace

ReviewPage::ReviewPage(SetupPlan *plan, QWidget *parent) : SetupPage(plan, parent)
{
    setObjectName(QStringLiteral("ReviewPage"));
    m_partsLabel = new QLabel(this);
    auto check = [this](const char *name, bool checked = true) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QString::fromLatin1(name));
        box->setChecked(checked);
        connect(box, &QCheckBox::toggled, this, &ReviewPage::refresh);
        return box;
    };
    m_env = check("partEnv");
    m_override = check("partOverride");
    m_backups = check("partBackups");
    m_tuning = check("partTuning");
    m_recreate = check("partRecreate");
    m_restart = check("partRestartDb", false); // a restart drops every connection: only when asked for
    m_probe = check("partUptimeProbe");
    m_restartNote = new QLabel(this);
    m_restartNote->setObjectName(QStringLiteral("restartSettings"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setIndent(20);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_steps = new QTableWidget(0, Columns, this);
    m_steps->setObjectName(QStringLiteral("applySteps"));
    m_steps->verticalHeader()->hide();
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setWordWrap(false);
    m_steps->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    m_steps->horizontalHeader()->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // Sized in rebuildSteps() from the status texts themselves: the contents' size hint under-measures
    // text drawn with a fallback font (Georgian), which then gets clipped.
    m_steps->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::Fixed);
    m_detail = new QPlainTextEdit(this);
    m_detail->setObjectName(QStringLiteral("stepDetail"));
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_detail->document());
    m_logLabel = new QLabel(this);
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("applyLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setMaximumBlockCount(5000);
    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("previewOnServer"));
    m_apply = new QPushButton(this);
    m_apply->setObjectName(QStringLiteral("apply"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelApply"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    // The mnemonic of its text (Alt+E) is the shortcut.

    // Two rows of three, so that longer translations still fit the window's width.
    auto *parts = new QGridLayout;
    parts->addWidget(m_partsLabel, 0, 0);
    const QList<QCheckBox *> boxes{m_env, m_override, m_backups, m_tuning, m_recreate};
    for (int i = 0; i < boxes.size(); ++i)
        parts->addWidget(boxes.at(i), i / 3, 1 + i % 3);
    parts->addWidget(m_restart, 2, 1, 1, 4);
    parts->addWidget(m_restartNote, 3, 1, 1, 4);
    parts->addWidget(m_probe, 4, 1, 1, 4);
    parts->setColumnStretch(4, 1);
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->addWidget(m_steps);
    top->addWidget(m_detail);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addWidget(m_logLabel);
    logLayout->addWidget(m_log);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(top);
    vertical->addWidget(logBox);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_export);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(parts);
    layout->addWidget(m_summary);
    layout->addWidget(vertical, 1);
    layout->addLayout(buttons);

    connect(m_steps, &QTableWidget::currentCellChanged, this, &ReviewPage::showStep);
    connect(m_preview, &QPushButton::clicked, this, &ReviewPage::preview);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_cancel, &QPushButton::clicked, this, &ReviewPage::cancel);
    connect(m_export, &QPushButton::clicked, this, &ReviewPage::chooseExportFolder);
    connect(plan, &SetupPlan::changed, this, [this] {
        if (isRunning())
            m_session.markStale(); // refreshed when the run is over
        else
            refresh();
    });
    connect(plan, &SetupPlan::connectionChanged, this, &ReviewPage::updateButtons);
    connect(plan, &SetupPlan::stackChanged, this, [this] { m_session.forgetKeptRun(); });
    connect(plan, &SetupPlan::serverSettingsChanged, this, &ReviewPage::updateRestartNote);
    retranslateUi();
}

QString ReviewPage::title() const
{
    return tr("Review & apply");
}

QString ReviewPage::explanation() const
{
    return tr("Every change in the order it is made: each file as a diff against what the server holds now, "
              "each command. Before a file changes its backup is written; if a step fails, the earlier "
              "steps are rolled back. Of the .env, whose backups hold the replaced secrets, only the "
              "newest %n backup(s) are kept. Export bundle writes the same files and a README for a "
              "server Supadesk cannot reach.",
              nullptr, ApplyPlan::SecretBackupsKept);
}

void ReviewPage::entered()
{
    refresh();
    // After an apply its result stays on show; a preview would turn it back into "pending".
    if (plan()->isConnected() && !isRunning() && !m_session.showingKeptRun())
        preview();
}

std::optional<ApplySession::ProbeRow> ReviewPage::probeRow() const
{
    if (!m_probe->isChecked())
        return std::nullopt;
    return ApplySession::ProbeRow{tr("Install the uptime probe (runs every minute, logs on the server)"),
                                  probePreview(),
                                  ApplyStepStatus::Pending,
                                  {}};
}

// The stack's own probe interval (set in the Uptime workspace), so the wizard installs what it shows there.
UptimeProbeSettings ReviewPage::probeSettings() const
{
    return plan()->stack() ? UptimeProbeSettings::forStack(*plan()->stack(), plan()->probeIntervalSeconds())
                           : UptimeProbeSettings();
}

QString ReviewPage::probePreview() const
{
    // What a root login on a systemd host gets; the installer asks the server before it starts.
    const Result<UptimeProbeTemplates> templates = UptimeProbeInstaller::shippedTemplates();
    if (!templates.ok())
        return templates.error().message;
    UptimeProbeSettings settings = probeSettings();
    UptimeProbeHost host;
    host.root = true;
    host.systemd = m_probeScheduler != UptimeProbeInstaller::Scheduler::Cron;
    const UptimeProbeInstallPlan probe =
        UptimeProbeInstallPlan::install(settings, host, templates.value(), m_probeLayout);
    QString text = probe.summary().join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    text += tr("Runs after every step above has been applied. On a server without systemd a cron entry "
               "takes the place of the timer; a login that is not root uses sudo. If the installation "
               "fails, the steps above stay applied.");
    return text;
}

void ReviewPage::retranslateUi()
{
    m_partsLabel->setText(tr("Apply:"));
    m_env->setText(tr(".env"));
    m_override->setText(tr("Compose override"));
    m_backups->setText(tr("Backups"));
    m_tuning->setText(tr("PostgreSQL settings"));
    m_recreate->setText(tr("Recreate containers"));
    m_restart->setText(tr("Restart the database container if a changed setting needs it"));
    m_probe->setText(
        tr("Install the uptime probe (checks the stack every minute and keeps a log on the server)"));
    m_probe->setToolTip(tr("A small script run by a systemd timer or cron on the server appends one line per "
                           "check to a monthly log, which the Uptime tab collects."));
    m_restart->setToolTip(
        tr("After the settings are stored, restart the db container only when one of them waits for a "
           "restart, and wait until PostgreSQL accepts connections again. Every connection is dropped "
           "for a moment."));
    m_steps->setHorizontalHeaderLabels({tr("#"), tr("Step"), tr("Status")});
    m_logLabel->setText(tr("Log:"));
    m_preview->setText(tr("&Preview on server"));
    m_preview->setToolTip(tr("Read the server's files and show every diff; nothing is changed."));
    m_apply->setText(tr("&Apply…"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
    m_cancel->setToolTip(tr("Stop before the next step and roll back what was applied (Esc)"));
    m_export->setText(tr("&Export bundle…"));
    m_export->setToolTip(tr("Write the files and a README of the commands to a local folder (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

void ReviewPage::updateRestartNote()
{
    m_session.setTuningBasis(plan()->host(), plan()->serverSettings());
    const RestartDecision restart = m_session.restartDecision();
    const QStringList &names = restart.settings;
    if (restart.currentKnown)
        m_restartNote->setText(names.isEmpty()
                                   ? tr("None of the changed settings needs a restart.")
                                   : tr("Need a restart: %1").arg(names.join(QStringLiteral(", "))));
    else
        m_restartNote->setText(tr("Need a restart if they change: %1").arg(names.join(QStringLiteral(", "))));
    m_restartNote->setEnabled(m_tuning->isChecked());
}

void ReviewPage::setPartEnabled(Part part, bool enabled)
{
    QCheckBox *boxes[] = {m_env, m_override, m_backups, m_tuning, m_recreate, m_restart, m_probe};
    boxes[int(part)]->setChecked(enabled);
}

bool ReviewPage::isRunning() const
{
    return m_session.isRunning();
}

const ApplyReport *ReviewPage::lastReport() const
{
    return m_applier ? &m_applier->report() : nullptr;
}

void ReviewPage::refresh()
{
    if (isRunning())
        return;
    ApplyTarget target;
    target.installDir = plan()->installDir();
    target.backup = plan()->backup();
    target.editEnv = m_env->isChecked();
    target.writeComposeOverride = m_override->isChecked();
    target.installBackups = m_backups->isChecked();
    target.applyTuning = m_tuning->isChecked();
    target.recreateContainers = m_recreate->isChecked();
    // A restart drops every connection: only when asked for, and only for the settings' sake.
    target.restartDatabaseIfNeeded = m_tuning->isChecked() && m_restart->isChecked();
    m_session.setPlan(plan()->bundle(), target, probeRow());
    rebuildSteps();
    updateButtons();
}

void ReviewPage::rebuildSteps()
{
    const int selected = m_steps->currentRow();
    const ApplySession::Shown &shown = m_session.shown();
    const int planRows = int(shown.steps.size());
    m_steps->setRowCount(planRows + int(shown.probeRows.size()));
    auto setRow = [this](int i, const QString &description, const QString &id, ApplyStepStatus status,
                         const QString &message) {
        auto *text = new QTableWidgetItem(description);
        text->setToolTip(description);
        text->setData(Qt::UserRole, id);
        auto *state = new QTableWidgetItem(QStringLiteral("● ") + ApplyReport::statusName(status));
        state->setForeground(statusColor(status));
        state->setData(Qt::UserRole, ApplyReport::statusKey(status));
        state->setToolTip(message);
        m_steps->setItem(i, NumberColumn, new QTableWidgetItem(QString::number(i + 1)));
        m_steps->setItem(i, StepColumn, text);
        m_steps->setItem(i, StatusColumn, state);
    };
    for (int i = 0; i < planRows; ++i) {
        const ApplySession::Step &step = shown.steps.at(i);
        setRow(i, step.step.description, step.step.id, step.status, step.message);
    }
    for (int i = 0; i < shown.probeRows.size(); ++i) {
        const ApplySession::ProbeRow &row = shown.probeRows.at(i);
        setRow(planRows + i, row.description, QStringLiteral("uptime-probe"), row.status, row.message);
    }
    int statusWidth = m_steps->fontMetrics().horizontalAdvance(
        m_steps->horizontalHeaderItem(StatusColumn) ? m_steps->horizontalHeaderItem(StatusColumn)->text()
                                                    : QString());
    for (int i = 0; i < m_steps->rowCount(); ++i)
        statusWidth = qMax(statusWidth,
                           m_steps->fontMetrics().horizontalAdvance(m_steps->item(i, StatusColumn)->text()));
    m_steps->setColumnWidth(StatusColumn, statusWidth + 24);
    if (m_steps->rowCount() > 0)
        m_steps->setCurrentCell(qBound(0, selected, m_steps->rowCount() - 1), StepColumn);
    showStep();
}

void ReviewPage::showStep()
{
    const int row = m_steps->currentRow();
    const ApplySession::Shown &shown = m_session.shown();
    if (const int probeRow = row - int(shown.steps.size());
        probeRow >= 0 && probeRow < shown.probeRows.size()) {
        const ApplySession::ProbeRow &p = shown.probeRows.at(probeRow);
        QString text = p.description + QStringLiteral("\n\n");
        if (!p.message.isEmpty())
            text += p.message + QStringLiteral("\n\n");
        m_detail->setPlainText(text + p.detail);
        return;
    }
    if (row < 0 || row >= shown.steps.size()) {
        m_detail->clear();
        return;
    }
    const ApplySession::Step &shownStep = shown.steps.at(row);
    const ApplyStep &step = shownStep.step;
    QString text = step.description + QStringLiteral("\n\n");
    if (!shownStep.message.isEmpty())
        text += shownStep.message + QStringLiteral("\n\n");
    if (step.changesFile()) {
        if (!shownStep.diff.isEmpty()) {
            text += shownStep.diff;
        } else if (shown.compared) {
            text += tr("No change: the file on the server already holds this.");
        } else if (step.kind == ApplyStep::Kind::WriteFile) {
            // Not compared with the server yet: the whole file as it will be.
            const Result<QString> diff = ApplyPlan::diff(step, std::nullopt);
            text += diff.ok() ? diff.value() : diff.error().message;
        } else {
            text += tr("Keys set in place (comments, order and other keys stay):") + QLatin1Char('\n');
            for (const EnvAssignment &a : step.assignments)
                text += a.key + QLatin1Char('=') + (step.secret ? QString(8, QChar(0x2022)) : a.value) +
                        QLatin1Char('\n');
        }
    } else {
        text += QStringLiteral("$ ") + step.command + QLatin1Char('\n');
        if (step.kind == ApplyStep::Kind::RunSql)
            text += QLatin1Char('\n') + step.sql;
        if (!step.undoCommand.isEmpty() || !step.undoSql.isEmpty())
            text += QLatin1Char('\n') + tr("Undo on rollback:") + QLatin1Char('\n') +
                    (step.undoCommand.isEmpty() ? step.undoSql : step.undoCommand) + QLatin1Char('\n');
    }
    m_detail->setPlainText(text);
}

void ReviewPage::updateButtons()
{
    const bool running = isRunning();
    const ApplySession::Activity activity = m_session.activity();
    const bool ready = m_session.isReady();
    m_preview->setEnabled(!running && ready && plan()->isConnected());
    m_apply->setEnabled(!running && ready && plan()->isConnected());
    m_cancel->setEnabled(running && activity != ApplySession::Activity::Previewing);
    m_export->setEnabled(!running && m_session.bundle().has_value());
    for (QCheckBox *box : {m_env, m_override, m_backups, m_tuning, m_recreate, m_probe})
        box->setEnabled(!running);
    m_restart->setEnabled(!running && m_tuning->isChecked());
    updateRestartNote();

    const QString &summary = m_session.shown().summary;
    QString text;
    if (!m_session.planError().isEmpty())
        text = tr("The plan is not valid: %1").arg(m_session.planError());
    else if (running)
        text = activity == ApplySession::Activity::Previewing ? tr("Reading the server's files…")
               : activity == ApplySession::Activity::InstallingProbe
                   ? tr("Installing the uptime probe… Cancel stops before the next step.")
                   : tr("Applying… Cancel stops before the next step.");
    else if (!summary.isEmpty())
        text = summary;
    else if (!plan()->isConnected())
        text = tr("%n step(s). Not connected: export the bundle, or connect the stack to apply.", nullptr,
                  m_session.plan().size());
    else
        text = tr("%n step(s) will be applied in this order.", nullptr, m_session.plan().size());
    if (m_session.bundle() && summary.isEmpty() && !running)
        text += QLatin1Char(' ') + tr("The firewall is not applied here: apply it on the Firewall page, or "
                                      "run firewall.sh from the exported bundle.");
    m_summary->setText(text);
}

void ReviewPage::appendLog(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void ReviewPage::preview()
{
    StackConnection *connection = plan()->connection();
    if (!connection || isRunning() || m_session.plan().isEmpty())
        return;
    if (m_session.hasKeptRun()) {
        // Asked for again: the server is read anew, and the last apply's result makes way.
        m_session.forgetKeptRun();
        refresh();
    }
    delete m_applier;
    m_applier = new SetupApplier(connection, this);
    m_session.previewStarted();
    connect(m_applier, &SetupApplier::finished, this, &ReviewPage::onFinished);
    m_applier->start(m_session.plan(), SetupApplier::Mode::DryRun);
    updateButtons();
}

void ReviewPage::apply(bool confirmed)
{
    StackConnection *connection = plan()->connection();
    if (!connection || isRunning() || m_session.plan().isEmpty())
        return;
    if (!confirmed) {
        QString question = tr("Apply %n step(s) to “%1”? Every file is backed up before it changes, and a "
                              "failed step rolls back the ones before it.",
                              nullptr, m_session.plan().size())
                               .arg(plan()->stack()->name);
        if (m_session.restartsDatabase()) {
            m_session.setTuningBasis(plan()->host(), plan()->serverSettings());
            const QStringList settings = m_session.restartDecision().settings;
            question += QStringLiteral("\n\n") +
                        (settings.isEmpty()
                             ? tr("The db container is restarted at the end only if a changed setting "
                                  "needs it: every connection to the database drops for a moment.")
                             : tr("The db container is restarted at the end if a changed setting needs "
                                  "it (%1): every connection to the database drops for a moment.")
                                   .arg(settings.join(QStringLiteral(", "))));
        }
        if (m_session.probeWanted())
            question += QStringLiteral("\n\n") +
                        tr("Then the uptime probe is installed on the server. If that fails, the applied "
                           "steps stay as they are.");
        QMessageBox ask(QMessageBox::Question, tr("Apply to the server"), question, QMessageBox::Cancel,
                        this);
        ask.setObjectName(QStringLiteral("ConfirmApply"));
        QPushButton *go = ask.addButton(tr("Apply"), QMessageBox::AcceptRole);
        go->setObjectName(QStringLiteral("confirmApply"));
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != go)
            return;
    }
    delete m_applier;
    m_applier = new SetupApplier(connection, this);
    m_session.applyStarted();
    connect(m_applier, &SetupApplier::stepStarted, this, [this](int index) {
        m_session.stepStarted(index);
        rebuildSteps();
    });
    connect(m_applier, &SetupApplier::stepFinished, this,
            [this](int index, ApplyStepStatus status, const QString &message) {
                m_session.stepFinished(index, status, message);
                rebuildSteps();
            });
    connect(m_applier, &SetupApplier::logLine, this, &ReviewPage::appendLog);
    connect(m_applier, &SetupApplier::rollbackStarted, this,
            [this] { appendLog(tr("A step failed or was cancelled: rolling back.")); });
    connect(m_applier, &SetupApplier::finished, this, &ReviewPage::onFinished);
    appendLog(tr("Applying %n step(s) to %1.", nullptr, m_session.plan().size()).arg(plan()->stack()->name));
    m_applier->start(m_session.plan(), SetupApplier::Mode::Apply);
    updateButtons();
}

void ReviewPage::cancel()
{
    const ApplySession::Activity activity = m_session.activity();
    if (activity == ApplySession::Activity::InstallingProbe && m_probeInstaller) {
        appendLog(tr("Cancelling the probe's installation after the running step…"));
        m_probeInstaller->cancel();
        return;
    }
    if (activity == ApplySession::Activity::Applying) {
        appendLog(tr("Cancelling after the running step…"));
        m_applier->cancel();
    }
}

void ReviewPage::onFinished(bool ok)
{
    const ApplyReport report = m_applier->report();
    const bool dryRun = m_session.activity() == ApplySession::Activity::Previewing;
    m_session.runStopped();
    if (!dryRun && ok && m_env->isChecked() && m_session.bundle()) {
        // What the server holds now is what the next plan starts from (this rebuilds the steps).
        const QList<BundleFile> files = m_session.bundle()->files;
        for (const BundleFile &file : files)
            if (file.name == QLatin1String(".env")) {
                plan()->setServerEnv(QString::fromUtf8(file.content));
                // Every secret the stack now runs with, generated or kept, goes to the keychain, so
                // that the wizard opened again uses them instead of drawing new ones.
                plan()->storeSecrets(plan()->serverValues());
            }
    }
    if (!dryRun) {
        // The plan as it stands after this run: its result is shown until the plan changes.
        m_session.forgetKeptRun();
        refresh();
    }
    // The page shows the steps that ran, whatever the plan became since.
    m_session.runFinished(report, ok);
    if (!dryRun)
        appendLog(ok ? tr("Done: every step was applied.") : report.summary());
    rebuildSteps();
    updateButtons();
    const bool stale = m_session.takeStale();
    if (dryRun) {
        if (stale)
            refresh(); // the plan changed while the server was read: the preview no longer matches it
        return;
    }
    if (ok && m_session.probeWanted() && startProbe())
        return; // applyFinished() follows the probe's installation
    emit applyFinished(ok);
}

bool ReviewPage::startProbe()
{
    StackConnection *connection = plan()->connection();
    auto failed = [this](const QString &message) {
        m_session.probeNotStarted(message);
        appendLog(
            tr("The uptime probe was not installed: %1 The applied steps stay as they are.").arg(message));
        rebuildSteps();
        return false;
    };
    if (!connection || !plan()->stack())
        return failed(tr("The stack is not connected."));
    delete m_probeInstaller;
    m_probeInstaller = new UptimeProbeInstaller(connection, this);
    m_probeInstaller->setLayout(m_probeLayout);
    m_probeInstaller->setScheduler(m_probeScheduler);
    connect(m_probeInstaller, &UptimeProbeInstaller::prepared, this,
            [this](const UptimeProbeInstallPlan &probe) {
                // The server said how: one row per step the installer runs.
                m_session.probePrepared(probe);
                rebuildSteps();
            });
    connect(m_probeInstaller, &UptimeProbeInstaller::stepStarted, this,
            [this](int index, int count, const QString &description) {
                m_session.probeStepStarted(index);
                appendLog(tr("Uptime probe, step %1 of %2: %3").arg(index + 1).arg(count).arg(description));
                rebuildSteps();
            });
    connect(m_probeInstaller, &UptimeProbeInstaller::stepFinished, this,
            [this](int index, const UptimeProbeStepOutcome &outcome) {
                if (index < 0 || index >= m_session.shown().probeRows.size())
                    return;
                m_session.probeStepFinished(index, outcome);
                const QString &message = m_session.shown().probeRows.at(index).message;
                if (!outcome.ok)
                    appendLog(tr("Failed: %1").arg(outcome.description) +
                              (message.isEmpty() ? QString() : QStringLiteral("\n") + message));
                rebuildSteps();
            });
    connect(m_probeInstaller, &UptimeProbeInstaller::finished, this, &ReviewPage::onProbeFinished);
    appendLog(tr("Installing the uptime probe on %1.").arg(plan()->stack()->name));
    m_session.probeStarted();
    if (const Status started = m_probeInstaller->install(probeSettings()); !started.ok())
        return failed(started.error().message);
    updateButtons();
    return true;
}

void ReviewPage::onProbeFinished(const UptimeProbeInstallReport &report)
{
    appendLog(m_session.probeFinished(report));
    rebuildSteps();
    updateButtons();
    if (m_session.takeStale())
        refresh();
    emit probeFinished(report.ok);
    emit applyFinished(true);
}

void ReviewPage::chooseExportFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export bundle to folder"));
    if (dir.isEmpty())
        return;
    QDir target(dir);
    if (!target.entryList(QDir::Files | QDir::Hidden).isEmpty()) {
        QMessageBox ask(QMessageBox::Warning, tr("Export bundle"),
                        tr("%1 is not empty. Files of the same name are replaced.").arg(dir),
                        QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("ConfirmExport"));
        QPushButton *go = ask.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(QMessageBox::Cancel);
        ask.exec();
        if (ask.clickedButton() != go)
            return;
    }
    const Status written = exportBundle(dir);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export failed"), written.error().message);
    else
        appendLog(tr("Bundle written to %1.").arg(dir));
}

Status ReviewPage::exportBundle(const QString &dir)
{
    if (!m_session.bundle())
        return Error{QStringLiteral("setup.export.noplan"), m_session.planError()};
    for (const BundleFile &file : m_session.bundle()->files) {
        const QFileDevice::Permissions mode = ExportFileMode::forBundleFile(file.kind);
        // Created anew with its final permissions: the .env is never readable by others, not even
        // between creating and chmod.
        const QString path = QDir(dir).filePath(file.name);
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{QStringLiteral("setup.export.write"), tr("Cannot replace %1.").arg(path)};
        QByteArray content = file.content;
        if (file.name == QLatin1String("README.md") && m_probe->isChecked())
            content += ProbeExport::readme(exportedProbePlans());
        if (const Status written = writeExported(path, content, mode); !written.ok())
            return written;
    }
    if (m_probe->isChecked())
        return exportProbe(QDir(dir).filePath(ProbeExport::folder()));
    return success();
}

Status ReviewPage::writeExported(const QString &path, const QByteArray &content,
                                 QFileDevice::Permissions mode)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode) || out.write(content) != content.size() ||
        !out.flush())
        return Error{QStringLiteral("setup.export.write"),
                     tr("Cannot write %1: %2").arg(path, out.errorString())};
    return success();
}

QList<UptimeProbeInstallPlan> ReviewPage::exportedProbePlans() const
{
    const Result<UptimeProbeTemplates> templates = UptimeProbeInstaller::shippedTemplates();
    if (!templates.ok())
        return {};
    return ProbeExport::plans(probeSettings(), templates.value());
}

Status ReviewPage::exportProbe(const QString &dir)
{
    const QList<UptimeProbeInstallPlan> plans = exportedProbePlans();
    if (plans.isEmpty())
        return Error{QStringLiteral("setup.export.probe"),
                     tr("The probe's files are missing from this build.")};
    if (!QDir().mkpath(dir))
        return Error{QStringLiteral("setup.export.write"), tr("Cannot create %1.").arg(dir)};
    for (const UptimeProbeInstallPlan &probe : plans)
        for (const UptimeProbeStep &step : probe.steps) {
            if (step.kind != UptimeProbeStep::Kind::InstallFile)
                continue;
            const QString path = QDir(dir).filePath(QFileInfo(step.path).fileName());
            if (QFile::exists(path) && !QFile::remove(path))
                return Error{QStringLiteral("setup.export.write"), tr("Cannot replace %1.").arg(path)};
            if (const Status written =
                    writeExported(path, step.content, ExportFileMode::forProbeFile(step.mode));
                !written.ok())
                return written;
        }
    return success();
}

} // namespace supadesk
