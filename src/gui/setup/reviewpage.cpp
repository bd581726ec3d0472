#include "reviewpage.h"

#include "core/setup/applyplanbuilder.h"
#include "core/setup/hostfactsparser.h"
#include "diffhighlighter.h"
#include "services/secretstore.h"
#include "services/setup/setupapplier.h"
#include "setupplan.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
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
    m_steps->horizontalHeader()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
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
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportBundle"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

    // Two rows of three, so that longer translations still fit the window's width.
    auto *parts = new QGridLayout;
    parts->addWidget(m_partsLabel, 0, 0);
    const QList<QCheckBox *> boxes{m_env, m_override, m_backups, m_tuning, m_restart, m_recreate};
    for (int i = 0; i < boxes.size(); ++i)
        parts->addWidget(boxes.at(i), i / 3, 1 + i % 3);
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
            m_stale = true; // refreshed when the run is over
        else
            refresh();
    });
    connect(plan, &SetupPlan::connectionChanged, this, &ReviewPage::updateButtons);
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
              "steps are rolled back. Export bundle writes the same files and a README for a server "
              "Supadesk cannot reach.");
}

void ReviewPage::entered()
{
    refresh();
    if (plan()->isConnected() && !isRunning())
        preview();
}

void ReviewPage::retranslateUi()
{
    m_partsLabel->setText(tr("Apply:"));
    m_env->setText(tr(".env"));
    m_override->setText(tr("Compose override"));
    m_backups->setText(tr("Backups"));
    m_tuning->setText(tr("PostgreSQL settings"));
    m_recreate->setText(tr("Recreate containers"));
    m_restart->setText(tr("Restart db"));
    m_restart->setToolTip(
        tr("Restart the db container after the settings are stored: settings such as "
           "shared_buffers take effect only then. Every connection is dropped for a moment."));
    m_steps->setHorizontalHeaderLabels({tr("#"), tr("Step"), tr("Status")});
    m_logLabel->setText(tr("Log:"));
    m_preview->setText(tr("&Preview on server"));
    m_preview->setToolTip(tr("Read the server's files and show every diff; nothing is changed."));
    m_apply->setText(tr("&Apply…"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop before the next step and roll back what was applied (Esc)"));
    m_export->setText(tr("&Export bundle…"));
    m_export->setToolTip(tr("Write the files and a README of the commands to a local folder (%1)")
                             .arg(m_export->shortcut().toString(QKeySequence::NativeText)));
    refresh();
}

void ReviewPage::setPartEnabled(Part part, bool enabled)
{
    QCheckBox *boxes[] = {m_env, m_override, m_backups, m_tuning, m_recreate, m_restart};
    boxes[int(part)]->setChecked(enabled);
}

bool ReviewPage::isRunning() const
{
    return m_applier && m_applier->isRunning();
}

const ApplyReport *ReviewPage::lastReport() const
{
    return m_applier ? &m_applier->report() : nullptr;
}

void ReviewPage::refresh()
{
    if (isRunning())
        return;
    m_planError.clear();
    m_bundle.reset();
    m_applyPlan = ApplyPlan();
    m_finalSummary.clear();
    const Result<Bundle> bundle = plan()->bundle();
    if (!bundle.ok()) {
        m_planError = bundle.error().message;
    } else {
        m_bundle = bundle.value();
        ApplyTarget target;
        target.installDir = plan()->installDir();
        target.backup = plan()->backup();
        target.editEnv = m_env->isChecked();
        target.writeComposeOverride = m_override->isChecked();
        target.installBackups = m_backups->isChecked();
        target.applyTuning = m_tuning->isChecked();
        target.recreateContainers = m_recreate->isChecked();
        const Result<ApplyPlan> steps = ApplyPlanBuilder::fromBundle(*m_bundle, target);
        if (steps.ok())
            m_applyPlan = steps.value();
        else
            m_planError = steps.error().message;
        if (steps.ok() && m_tuning->isChecked() && m_restart->isChecked())
            m_applyPlan.addCommand(
                QStringLiteral("restart-db"),
                QStringLiteral("cd %1 && %2 restart db")
                    .arg(HostFactsParser::shellQuote(target.installDir), target.composeCommand),
                QString(),
                tr("Restart the db container so that the settings that need a restart take "
                   "effect (connections drop for a moment)."));
    }
    m_status = QList<ApplyStepStatus>(m_applyPlan.size(), ApplyStepStatus::Pending);
    m_diffs = QStringList(m_applyPlan.size(), QString());
    m_messages = QStringList(m_applyPlan.size(), QString());
    m_compared = false;
    rebuildSteps();
    updateButtons();
}

void ReviewPage::rebuildSteps()
{
    const int selected = m_steps->currentRow();
    m_steps->setRowCount(m_applyPlan.size());
    for (int i = 0; i < m_applyPlan.size(); ++i) {
        const ApplyStep &step = m_applyPlan.steps().at(i);
        auto *number = new QTableWidgetItem(QString::number(i + 1));
        auto *text = new QTableWidgetItem(step.description);
        text->setToolTip(step.description);
        text->setData(Qt::UserRole, step.id);
        const ApplyStepStatus status = m_status.value(i, ApplyStepStatus::Pending);
        auto *state = new QTableWidgetItem(QStringLiteral("● ") + ApplyReport::statusName(status));
        state->setForeground(statusColor(status));
        state->setData(Qt::UserRole, ApplyReport::statusKey(status));
        state->setToolTip(m_messages.value(i));
        m_steps->setItem(i, NumberColumn, number);
        m_steps->setItem(i, StepColumn, text);
        m_steps->setItem(i, StatusColumn, state);
    }
    if (m_steps->rowCount() > 0)
        m_steps->setCurrentCell(qBound(0, selected, m_steps->rowCount() - 1), StepColumn);
    showStep();
}

void ReviewPage::showStep()
{
    const int row = m_steps->currentRow();
    if (row < 0 || row >= m_applyPlan.size()) {
        m_detail->clear();
        return;
    }
    const ApplyStep &step = m_applyPlan.steps().at(row);
    QString text = step.description + QStringLiteral("\n\n");
    if (!m_messages.value(row).isEmpty())
        text += m_messages.value(row) + QStringLiteral("\n\n");
    if (step.changesFile()) {
        if (!m_diffs.value(row).isEmpty()) {
            text += m_diffs.value(row);
        } else if (m_compared) {
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
    const bool ready = m_planError.isEmpty() && !m_applyPlan.isEmpty();
    m_preview->setEnabled(!running && ready && plan()->isConnected());
    m_apply->setEnabled(!running && ready && plan()->isConnected());
    m_cancel->setEnabled(running && !m_dryRun);
    m_export->setEnabled(!running && m_bundle.has_value());
    for (QCheckBox *box : {m_env, m_override, m_backups, m_tuning, m_recreate})
        box->setEnabled(!running);
    m_restart->setEnabled(!running && m_tuning->isChecked());

    QString text;
    if (!m_planError.isEmpty())
        text = tr("The plan is not valid: %1").arg(m_planError);
    else if (running)
        text =
            m_dryRun ? tr("Reading the server's files…") : tr("Applying… Cancel stops before the next step.");
    else if (!m_finalSummary.isEmpty())
        text = m_finalSummary;
    else if (!plan()->isConnected())
        text = tr("%n step(s). Not connected: export the bundle, or connect the stack to apply.", nullptr,
                  m_applyPlan.size());
    else
        text = tr("%n step(s) will be applied in this order.", nullptr, m_applyPlan.size());
    if (m_bundle && m_finalSummary.isEmpty() && !running)
        text += QLatin1Char(' ') + tr("The firewall is not applied here: run firewall.sh from the exported "
                                      "bundle and confirm it from a new SSH connection.");
    m_summary->setText(text);
}

void ReviewPage::appendLog(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void ReviewPage::preview()
{
    StackConnection *connection = plan()->connection();
    if (!connection || isRunning() || m_applyPlan.isEmpty())
        return;
    delete m_applier;
    m_applier = new SetupApplier(connection, this);
    m_dryRun = true;
    connect(m_applier, &SetupApplier::finished, this, &ReviewPage::onFinished);
    m_applier->start(m_applyPlan, SetupApplier::Mode::DryRun);
    updateButtons();
}

void ReviewPage::apply(bool confirmed)
{
    StackConnection *connection = plan()->connection();
    if (!connection || isRunning() || m_applyPlan.isEmpty())
        return;
    if (!confirmed) {
        QString question = tr("Apply %n step(s) to “%1”? Every file is backed up before it changes, and a "
                              "failed step rolls back the ones before it.",
                              nullptr, m_applyPlan.size())
                               .arg(plan()->stack()->name);
        for (const ApplyStep &step : m_applyPlan.steps())
            if (step.id == QLatin1String("restart-db"))
                question +=
                    QStringLiteral("\n\n") +
                    tr("The db container is restarted at the end: its connections drop for a moment.");
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
    m_dryRun = false;
    m_finalSummary.clear();
    m_status = QList<ApplyStepStatus>(m_applyPlan.size(), ApplyStepStatus::Pending);
    m_messages = QStringList(m_applyPlan.size(), QString());
    connect(m_applier, &SetupApplier::stepStarted, this, [this](int index) {
        if (index >= 0 && index < m_status.size())
            m_status[index] = ApplyStepStatus::Running;
        rebuildSteps();
    });
    connect(m_applier, &SetupApplier::stepFinished, this,
            [this](int index, ApplyStepStatus status, const QString &message) {
                if (index < 0 || index >= m_status.size())
                    return;
                m_status[index] = status;
                m_messages[index] = message;
                rebuildSteps();
            });
    connect(m_applier, &SetupApplier::logLine, this, &ReviewPage::appendLog);
    connect(m_applier, &SetupApplier::rollbackStarted, this,
            [this] { appendLog(tr("A step failed or was cancelled: rolling back.")); });
    connect(m_applier, &SetupApplier::finished, this, &ReviewPage::onFinished);
    appendLog(tr("Applying %n step(s) to %1.", nullptr, m_applyPlan.size()).arg(plan()->stack()->name));
    m_applier->start(m_applyPlan, SetupApplier::Mode::Apply);
    updateButtons();
}

void ReviewPage::cancel()
{
    if (isRunning() && !m_dryRun) {
        appendLog(tr("Cancelling after the running step…"));
        m_applier->cancel();
    }
}

void ReviewPage::onFinished(bool ok)
{
    const ApplyReport report = m_applier->report();
    const EnvAssignments appliedSecrets = plan()->secrets();
    if (!m_dryRun && ok && m_env->isChecked() && m_bundle) {
        // What the server holds now is what the next plan starts from (this rebuilds the steps).
        const QList<BundleFile> files = m_bundle->files;
        for (const BundleFile &file : files)
            if (file.name == QLatin1String(".env"))
                plan()->setServerEnv(QString::fromUtf8(file.content));
    }
    // The page shows the steps that ran, whatever the plan became since.
    m_applyPlan.steps() = report.steps;
    const int n = int(report.steps.size());
    m_status = QList<ApplyStepStatus>(n, ApplyStepStatus::Pending);
    m_diffs = QStringList(n, QString());
    m_messages = QStringList(n, QString());
    for (int i = 0; i < report.outcomes.size() && i < n; ++i) {
        const ApplyStepOutcome &o = report.outcomes.at(i);
        m_status[i] = o.status;
        m_diffs[i] = o.diff;
        QString message = o.message;
        if (!o.backupPath.isEmpty())
            message = (message.isEmpty() ? QString() : message + QLatin1Char('\n')) +
                      tr("Backup of the previous file: %1").arg(o.backupPath);
        if (!o.output.trimmed().isEmpty() && !m_dryRun)
            message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + o.output.trimmed();
        m_messages[i] = message;
    }
    if (m_dryRun) {
        // A preview: statuses go back to pending, diffs stay.
        m_status.fill(ApplyStepStatus::Pending);
        m_compared = ok;
        m_finalSummary =
            ok ? tr("Compared with the server: select a step to see its diff.") : report.summary();
    } else {
        m_finalSummary = report.summary();
        appendLog(ok ? tr("Done: every step was applied.") : report.summary());
        if (ok && m_env->isChecked() && plan()->secretStore() && plan()->stack()) {
            // The database password the stack now uses, for the tunnel's database connections.
            for (const EnvAssignment &a : appliedSecrets)
                if (a.key == QLatin1String("POSTGRES_PASSWORD"))
                    plan()->secretStore()->write(plan()->stack()->id, SecretStore::DatabasePassword, a.value,
                                                 [](Status) {});
        }
    }
    rebuildSteps();
    updateButtons();
    if (m_dryRun && m_stale)
        refresh(); // the plan changed while the server was read: the preview no longer matches it
    m_stale = false;
    if (!m_dryRun)
        emit applyFinished(ok);
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
    if (!m_bundle)
        return Error{QStringLiteral("setup.export.noplan"), m_planError};
    for (const BundleFile &file : m_bundle->files) {
        QFileDevice::Permissions mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (file.kind == BundleFile::Kind::Script)
            mode |= QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup;
        else if (file.kind == BundleFile::Kind::Text)
            mode |= QFileDevice::ReadGroup | QFileDevice::ReadOther;
        // Created anew with its final permissions: the .env is never readable by others, not even
        // between creating and chmod.
        const QString path = QDir(dir).filePath(file.name);
        if (QFile::exists(path) && !QFile::remove(path))
            return Error{QStringLiteral("setup.export.write"), tr("Cannot replace %1.").arg(path)};
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, mode) ||
            out.write(file.content) != file.content.size() || !out.flush())
            return Error{QStringLiteral("setup.export.write"),
                         tr("Cannot write %1: %2").arg(path, out.errorString())};
    }
    return success();
}

} // namespace supadesk
