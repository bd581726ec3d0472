// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include "core/setup/applyplanbuilder.h"
#include "core/setup/restartdecision.h"
#include "diffhighlighter.h"
#include "gui/common/messagewidget.h"
#include "itemroles.h"
#include "services/secretstore.h"
#include "services/setup/bundleexporter.h"
#include "services/setup/setupapplier.h"
#include "services/stackconnection.h"
#include "setupplan.h"
#include "ui_reviewpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>

namespace supadesk {

namespace {

enum Column { NumberColumn, StepColumn, StatusColumn, Columns };

// How the last run ended, as the summary's message type: the worst status among the rows.
MessageWidget::Type outcomeType(const ApplySession::Shown &shown)
{
    QList<ApplyStepStatus> statuses;
    for (const ApplySession::Step &s : shown.steps)
        statuses << s.status;
    for (const ApplySession::ProbeRow &p : shown.probeRows)
        statuses << p.status;
    if (statuses.contains(ApplyStepStatus::Failed) || statuses.contains(ApplyStepStatus::RollbackFailed))
        return MessageWidget::Type::Error;
    if (statuses.contains(ApplyStepStatus::RolledBack))
        return MessageWidget::Type::Warning;
    return MessageWidget::Type::Positive;
}

StatePalette::Role statusRole(ApplyStepStatus status)
{
    switch (status) {
    case ApplyStepStatus::Applied:
    case ApplyStepStatus::Previewed:
        return StatePalette::Role::Ok;
    case ApplyStepStatus::Running:
        return StatePalette::Role::Info;
    case ApplyStepStatus::Failed:
    case ApplyStepStatus::RollbackFailed:
        return StatePalette::Role::Bad;
    case ApplyStepStatus::RolledBack:
        return StatePalette::Role::Warn;
    case ApplyStepStatus::Pending:
    case ApplyStepStatus::NotRun:
        break;
    }
    return StatePalette::Role::Muted;
}

} // namespace

ReviewPage::ReviewPage(SetupPlan *plan, QWidget *parent)
    : SetupPage(plan, parent), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    // partRestartDb starts unticked in the form: a restart drops every connection, so only when asked for.
    for (QCheckBox *box : {m_ui->partEnv, m_ui->partOverride, m_ui->partBackups, m_ui->partTuning,
                           m_ui->partRecreate, m_ui->partRestartDb, m_ui->partUptimeProbe})
        connect(box, &QCheckBox::toggled, this, &ReviewPage::refresh);
    ItemRoles::followPalette(m_ui->applySteps);
    m_ui->reviewSummaryMessage->label()->setObjectName(QStringLiteral("reviewSummary"));
    QHeaderView *header = m_ui->applySteps->horizontalHeader();
    header->setSectionResizeMode(NumberColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StepColumn, QHeaderView::Stretch);
    // Sized in rebuildSteps() from the status texts themselves: the contents' size hint under-measures
    // text drawn with a fallback font (Georgian), which then gets clipped.
    header->setSectionResizeMode(StatusColumn, QHeaderView::Fixed);
    m_ui->stepDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new DiffHighlighter(m_ui->stepDetail->document());
    m_ui->applyLog->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->stepSplitter->setStretchFactor(0, 2);
    m_ui->stepSplitter->setStretchFactor(1, 3);
    m_ui->logSplitter->setStretchFactor(0, 3);
    m_ui->logSplitter->setStretchFactor(1, 1);

    connect(m_ui->applySteps, &QTableWidget::currentCellChanged, this, &ReviewPage::showStep);
    connect(m_ui->previewOnServer, &QPushButton::clicked, this, &ReviewPage::preview);
    connect(m_ui->apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(m_ui->cancelApply, &QPushButton::clicked, this, &ReviewPage::cancel);
    connect(m_ui->exportBundle, &QPushButton::clicked, this, &ReviewPage::chooseExportFolder);
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

ReviewPage::~ReviewPage() = default;

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
    if (!m_ui->partUptimeProbe->isChecked())
        return std::nullopt;
    return ApplySession::ProbeRow{tr("Install the uptime probe (runs every minute, logs on the server)"),
                                  probePreview(),
                                  ApplyStepStatus::Pending,
                                  {}};
}

// The stack's own probe interval (set in the Uptime workspace), so the wizard installs what it shows there.
UptimeProbeSettings ReviewPage::probeSettings() const
{
    UptimeProbeSettings settings =
        plan()->stack() ? UptimeProbeSettings::forStack(*plan()->stack(), plan()->probeIntervalSeconds())
                        : UptimeProbeSettings();
    // With HTTPS set up, the probe also reads the certificate's days left.
    if (plan()->tls().enabled && !plan()->tls().site.apiName.isEmpty()) {
        settings.certificateName = plan()->tls().site.names().first();
        settings.certificatePort = plan()->tls().site.httpsPort;
    }
    return settings;
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
    m_ui->retranslateUi(this);
    m_ui->cancelApply->setShortcut(QKeySequence(Qt::Key_Escape)); // after setText, which resets it
    // The mnemonic of its text (Alt+E) is the shortcut.
    m_ui->exportBundle->setToolTip(
        tr("Write the files and a README of the commands to a local folder (%1)")
            .arg(m_ui->exportBundle->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

void ReviewPage::updateRestartNote()
{
    m_session.setTuningBasis(plan()->host(), plan()->serverSettings());
    const RestartDecision restart = m_session.restartDecision();
    const QStringList &names = restart.settings;
    if (restart.currentKnown)
        m_ui->restartSettings->setText(names.isEmpty()
                                           ? tr("None of the changed settings needs a restart.")
                                           : tr("Need a restart: %1").arg(names.join(QStringLiteral(", "))));
    else
        m_ui->restartSettings->setText(
            tr("Need a restart if they change: %1").arg(names.join(QStringLiteral(", "))));
    m_ui->restartSettings->setEnabled(m_ui->partTuning->isChecked());
}

void ReviewPage::setPartEnabled(Part part, bool enabled)
{
    QCheckBox *boxes[] = {m_ui->partEnv,      m_ui->partOverride,  m_ui->partBackups,    m_ui->partTuning,
                          m_ui->partRecreate, m_ui->partRestartDb, m_ui->partUptimeProbe};
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
    target.editEnv = m_ui->partEnv->isChecked();
    target.writeComposeOverride = m_ui->partOverride->isChecked();
    target.installBackups = m_ui->partBackups->isChecked();
    target.applyTuning = m_ui->partTuning->isChecked();
    target.recreateContainers = m_ui->partRecreate->isChecked();
    // A restart drops every connection: only when asked for, and only for the settings' sake.
    target.restartDatabaseIfNeeded = m_ui->partTuning->isChecked() && m_ui->partRestartDb->isChecked();
    target.tls = plan()->tlsApplyInput();
    m_session.setPlan(plan()->bundle(), target, probeRow());
    rebuildSteps();
    updateButtons();
}

void ReviewPage::rebuildSteps()
{
    const int selected = m_ui->applySteps->currentRow();
    const ApplySession::Shown &shown = m_session.shown();
    const int planRows = int(shown.steps.size());
    m_ui->applySteps->setRowCount(planRows + int(shown.probeRows.size()));
    auto setRow = [this](int i, const QString &description, const QString &id, ApplyStepStatus status,
                         const QString &message) {
        auto *text = new QTableWidgetItem(description);
        text->setToolTip(description);
        text->setData(Qt::UserRole, id);
        auto *state = new QTableWidgetItem(QStringLiteral("● ") + ApplyReport::statusName(status));
        ItemRoles::set(state, statusRole(status));
        state->setData(Qt::UserRole, ApplyReport::statusKey(status));
        state->setToolTip(message);
        m_ui->applySteps->setItem(i, NumberColumn, new QTableWidgetItem(QString::number(i + 1)));
        m_ui->applySteps->setItem(i, StepColumn, text);
        m_ui->applySteps->setItem(i, StatusColumn, state);
    };
    for (int i = 0; i < planRows; ++i) {
        const ApplySession::Step &step = shown.steps.at(i);
        setRow(i, step.step.description, step.step.id, step.status, step.message);
    }
    for (int i = 0; i < shown.probeRows.size(); ++i) {
        const ApplySession::ProbeRow &row = shown.probeRows.at(i);
        setRow(planRows + i, row.description, QStringLiteral("uptime-probe"), row.status, row.message);
    }
    int statusWidth = m_ui->applySteps->fontMetrics().horizontalAdvance(
        m_ui->applySteps->horizontalHeaderItem(StatusColumn)
            ? m_ui->applySteps->horizontalHeaderItem(StatusColumn)->text()
            : QString());
    for (int i = 0; i < m_ui->applySteps->rowCount(); ++i)
        statusWidth = qMax(statusWidth, m_ui->applySteps->fontMetrics().horizontalAdvance(
                                            m_ui->applySteps->item(i, StatusColumn)->text()));
    m_ui->applySteps->setColumnWidth(StatusColumn, statusWidth + 24);
    if (m_ui->applySteps->rowCount() > 0)
        m_ui->applySteps->setCurrentCell(qBound(0, selected, m_ui->applySteps->rowCount() - 1), StepColumn);
    showStep();
}

void ReviewPage::showStep()
{
    const int row = m_ui->applySteps->currentRow();
    const ApplySession::Shown &shown = m_session.shown();
    if (const int probeRow = row - int(shown.steps.size());
        probeRow >= 0 && probeRow < shown.probeRows.size()) {
        const ApplySession::ProbeRow &p = shown.probeRows.at(probeRow);
        QString text = p.description + QStringLiteral("\n\n");
        if (!p.message.isEmpty())
            text += p.message + QStringLiteral("\n\n");
        m_ui->stepDetail->setPlainText(text + p.detail);
        return;
    }
    if (row < 0 || row >= shown.steps.size()) {
        m_ui->stepDetail->clear();
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
    m_ui->stepDetail->setPlainText(text);
}

void ReviewPage::updateButtons()
{
    const bool running = isRunning();
    const ApplySession::Activity activity = m_session.activity();
    const bool ready = m_session.isReady();
    m_ui->previewOnServer->setEnabled(!running && ready && plan()->isConnected());
    m_ui->apply->setEnabled(!running && ready && plan()->isConnected());
    m_ui->cancelApply->setEnabled(running && activity != ApplySession::Activity::Previewing);
    m_ui->exportBundle->setEnabled(!running && m_session.bundle().has_value());
    for (QCheckBox *box : {m_ui->partEnv, m_ui->partOverride, m_ui->partBackups, m_ui->partTuning,
                           m_ui->partRecreate, m_ui->partUptimeProbe})
        box->setEnabled(!running);
    m_ui->partRestartDb->setEnabled(!running && m_ui->partTuning->isChecked());
    updateRestartNote();

    const QString &summary = m_session.shown().summary;
    QString text;
    MessageWidget::Type type = MessageWidget::Type::Plain;
    if (!m_session.planError().isEmpty()) {
        text = tr("The plan is not valid: %1").arg(m_session.planError());
        type = MessageWidget::Type::Error;
    } else if (running)
        text = activity == ApplySession::Activity::Previewing ? tr("Reading the server's files…")
               : activity == ApplySession::Activity::InstallingProbe
                   ? tr("Installing the uptime probe… Cancel stops before the next step.")
                   : tr("Applying… Cancel stops before the next step.");
    else if (!summary.isEmpty()) {
        text = summary;
        type = outcomeType(m_session.shown());
    } else if (!plan()->isConnected())
        text = tr("%n step(s). Not connected: export the bundle, or connect the stack to apply.", nullptr,
                  m_session.plan().size());
    else
        text = tr("%n step(s) will be applied in this order.", nullptr, m_session.plan().size());
    if (m_session.bundle() && summary.isEmpty() && !running)
        text += QLatin1Char(' ') + tr("The firewall is not applied here: apply it on the Firewall page, or "
                                      "run firewall.sh from the exported bundle.");
    m_ui->reviewSummaryMessage->showMessage(text, type);
}

void ReviewPage::appendLog(const QString &line)
{
    m_ui->applyLog->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
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
    if (!dryRun && ok && m_ui->partEnv->isChecked() && m_session.bundle()) {
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
    if (!dryRun && ok && plan()->stack() && plan()->secretStore()) {
        // PostgreSQL's new self-signed certificate: its fingerprint is pinned with the stack.
        for (qsizetype i = 0; i < report.steps.size() && i < report.outcomes.size(); ++i) {
            if (report.steps.at(i).id != QLatin1String("pg-ssl-certificate"))
                continue;
            const QString pin = PgTransitPlanner::fingerprint(report.outcomes.at(i).output);
            if (!pin.isEmpty() && plan()->tls().database.source == PgCertificateSource::SelfSigned)
                plan()->secretStore()->write(
                    plan()->stack()->id, SecretStore::PostgresSslPin, pin, [this, pin](Status stored) {
                        appendLog(stored.ok() ? tr("PostgreSQL's certificate pinned: SHA-256 %1").arg(pin)
                                              : stored.error().message);
                    });
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
    return BundleExporter::write(dir, *m_session.bundle(),
                                 m_ui->partUptimeProbe->isChecked() ? std::optional(probeSettings())
                                                                    : std::nullopt);
}

} // namespace supadesk
