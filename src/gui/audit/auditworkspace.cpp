// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditworkspace.h"

#include "auditchecksmodel.h"
#include "auditexportdialog.h"
#include "auditmatrixmodel.h"
#include "auditreportcsv.h"
#include "auditreportpdf.h"
#include "auditstatustext.h"
#include "scoresparkline.h"
#include "ui_auditworkspace.h"

#include "core/audit/auditregression.h"
#include "core/locale/displayformat.h"
#include "db/audithistorystore.h"
#include "db/drillhistorystore.h"
#include "gui/common/messagewidget.h"
#include "services/audit/auditrunner.h"
#include "services/connectionmanager.h"
#include "services/stackconnection.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace supadesk {

AuditWorkspace::AuditWorkspace(StackSource stacks, ConnectionManager *connections, AuditHistoryStore *history,
                               QWidget *parent)
    : Workspace(parent), m_stacks(std::move(stacks)), m_connections(connections), m_history(history),
      m_matrix(new AuditMatrixModel(this)), m_checks(new AuditChecksModel(this)),
      m_ui(std::make_unique<Ui::AuditWorkspace>())
{
    m_ui->setupUi(this);
    m_trend = new ScoreSparkline(this);
    m_trend->setObjectName(QStringLiteral("scoreTrend"));
    m_ui->trendHolder->addWidget(m_trend);
    m_ui->statusMessage->label()->setObjectName(QStringLiteral("auditStatus"));
    m_ui->statusMessage->setVisible(false);
    m_ui->statusMessage->setCloseButtonVisible(true);
    QFont heading = m_ui->stackHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->stackHeading->setFont(heading);
    QFont checkTitle = m_ui->checkTitle->font();
    checkTitle.setBold(true);
    m_ui->checkTitle->setFont(checkTitle);

    const auto makeAction = [this](const char *name, const QKeySequence &shortcut, QToolButton *button) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never clipped by a long status
        return action;
    };
    m_run = makeAction("runAudit", QKeySequence(Qt::Key_F5), m_ui->runButton);
    m_fleet = makeAction("runFleetAudit", QKeySequence(Qt::SHIFT | Qt::Key_F5), m_ui->fleetButton);
    m_cancel = makeAction("cancelAudit", QKeySequence(Qt::Key_Escape), m_ui->cancelButton);
    m_export =
        makeAction("exportAuditReport", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), m_ui->exportButton);
    connect(m_run, &QAction::triggered, this, &AuditWorkspace::runAudit);
    connect(m_fleet, &QAction::triggered, this, &AuditWorkspace::runFleet);
    connect(m_cancel, &QAction::triggered, this, &AuditWorkspace::cancel);
    connect(m_export, &QAction::triggered, this, &AuditWorkspace::showExportDialog);
    m_ui->progress->setVisible(false);

    m_ui->matrix->setModel(m_matrix);
    m_ui->matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->matrix->horizontalHeader()->setMinimumSectionSize(90);
    m_ui->matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(m_ui->matrix, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QString stackId = index.data(AuditMatrixModel::StackIdRole).toString();
        if (stackId.isEmpty())
            return;
        emit stackActivated(stackId);
        showStackPage(stackId, index.data(AuditMatrixModel::CheckIdRole).toString());
    });

    m_ui->checks->setModel(m_checks);
    m_ui->checks->verticalHeader()->setVisible(false);
    m_ui->checks->horizontalHeader()->setSectionResizeMode(AuditChecksModel::StatusColumn,
                                                           QHeaderView::ResizeToContents);
    m_ui->checks->horizontalHeader()->setSectionResizeMode(AuditChecksModel::CheckColumn,
                                                           QHeaderView::ResizeToContents);
    m_ui->checks->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->checks->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const AuditCheckResult *check = m_checks->check(current.row()))
                    showCheck(check->id);
            });
    m_ui->stackSplitter->setStretchFactor(0, 3);
    m_ui->stackSplitter->setStretchFactor(1, 2);
    connect(m_ui->fixButton, &QPushButton::clicked, this, &AuditWorkspace::applyFix);

    loadHistory();
    retranslateUi();
    updateActions();
}

AuditWorkspace::~AuditWorkspace()
{
    if (m_runner)
        m_runner->cancel();
}

QString AuditWorkspace::title() const
{
    return tr("Audit");
}

void AuditWorkspace::setStack(const std::optional<Stack> &stack)
{
    m_stack = stack;
    if (stack)
        m_pageStackId = stack->id;
    refreshMatrix(); // a renamed stack shows its new name
    refreshStackPage();
    updateActions();
}

void AuditWorkspace::connectionChanged()
{
    updateActions();
}

bool AuditWorkspace::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

bool AuditWorkspace::runAudit()
{
    if (!m_stack)
        return false;
    m_ui->auditViews->setCurrentWidget(m_ui->stackTab);
    return start({*m_stack});
}

bool AuditWorkspace::runFleet()
{
    m_ui->auditViews->setCurrentWidget(m_ui->fleetTab);
    return start(m_stacks ? m_stacks() : StackList());
}

void AuditWorkspace::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_ui->progressLabel->setText(tr("Cancelling after the check that runs…"));
}

AuditTarget AuditWorkspace::targetFor(const Stack &stack) const
{
    AuditTarget target;
    target.stack = stack;
    // A stack that is not connected is audited too: the runner says why every check could not run.
    if (m_connections) {
        if (m_connections->state(stack.id) == StackConnection::State::Connected)
            target.connection = m_connections->connection(stack.id);
        if (const std::optional<DbEndpoint> endpoint = m_connections->databaseEndpoint(stack))
            target.databasePassword = endpoint->password;
    }
    return target;
}

bool AuditWorkspace::start(const StackList &stacks, const AuditOptions &options)
{
    if (isRunning() || stacks.isEmpty())
        return false;
    QList<AuditTarget> targets;
    AuditOptions withDrills = options;
    for (const Stack &stack : stacks) {
        targets.append(targetFor(stack));
        if (m_drills)
            if (const auto drill = m_drills->last(stack.id); drill.ok() && drill.value())
                withDrills.lastDrills.insert(stack.id, *drill.value());
    }
    auto *runner = new AuditRunner(this);
    connect(runner, &AuditRunner::progress, this, &AuditWorkspace::onProgress);
    connect(runner, &AuditRunner::stackFinished, this, &AuditWorkspace::addReport);
    connect(runner, &AuditRunner::finished, this, &AuditWorkspace::onFinished);
    if (!runner->start(targets, withDrills)) {
        delete runner;
        return false;
    }
    m_runner = runner;
    m_runStacks = int(stacks.size());
    m_ui->statusMessage->setVisible(false);
    m_ui->progress->setRange(0, 0);
    m_ui->progress->setVisible(true);
    m_ui->progressLabel->setText(tr("Starting the audit…"));
    updateActions();
    return true;
}

void AuditWorkspace::onProgress(int done, int total, const QString &stackName, const QString &checkId)
{
    m_ui->progress->setRange(0, std::max(1, total));
    m_ui->progress->setValue(done);
    m_ui->progressLabel->setText(checkId.isEmpty() ? tr("Auditing %1…").arg(stackName)
                                                   : tr("Auditing %1: %2").arg(stackName, checkId));
}

void AuditWorkspace::onFinished(bool cancelled)
{
    m_rechecks.clear();
    if (m_runner)
        m_runner->deleteLater();
    m_runner.clear();
    m_ui->progress->setVisible(false);
    m_ui->progressLabel->clear();
    m_ui->statusMessage->showMessage(
        cancelled ? tr("The audit was cancelled; the checks done so far are shown.")
                  : tr("Audit finished: %n stack(s) checked.", nullptr, m_runStacks),
        cancelled ? MessageWidget::Type::Warning : MessageWidget::Type::Positive);
    m_ui->statusMessage->setVisible(true);
    updateActions();
}

void AuditWorkspace::fixFinished(const QString &stackId, const QString &checkId, bool applied,
                                 const QString &message)
{
    if (!applied) {
        m_ui->statusMessage->showMessage(tr("The fix was not applied: %1").arg(message),
                                         MessageWidget::Type::Error);
        m_ui->statusMessage->setVisible(true);
        return;
    }
    m_ui->statusMessage->showMessage(tr("The fix was applied; checking %1 again.").arg(checkId),
                                     MessageWidget::Type::Positive);
    m_ui->statusMessage->setVisible(true);
    const StackList stacks = m_stacks ? m_stacks() : StackList();
    for (const Stack &stack : stacks) {
        if (stack.id != stackId)
            continue;
        AuditOptions options;
        options.checks = {checkId};
        if (start({stack}, options))
            m_rechecks.insert(stackId);
    }
}

void AuditWorkspace::addReport(const AuditReport &fresh)
{
    AuditReport report = fresh;
    // A re-check after a fix answers one check: the stack's report is its last one with that check replaced.
    if (m_rechecks.remove(fresh.stackId) && m_reports.contains(fresh.stackId)) {
        report = m_reports.value(fresh.stackId);
        report.startedAt = fresh.startedAt;
        report.finishedAt = fresh.finishedAt;
        for (const AuditCheckResult &check : fresh.checks) {
            bool replaced = false;
            for (AuditCheckResult &old : report.checks) {
                if (old.id == check.id) {
                    old = check;
                    replaced = true;
                }
            }
            if (!replaced)
                report.checks.append(check);
        }
    }
    std::optional<AuditReport> previous;
    if (m_history) {
        if (const auto last = m_history->lastRun(report.stackId, report.startedAt); last.ok())
            previous = last.value();
        if (const Status stored = m_history->addRun(report); !stored.ok()) {
            m_ui->statusMessage->showMessage(stored.error().message, MessageWidget::Type::Error);
            m_ui->statusMessage->setVisible(true);
        }
    } else if (m_reports.contains(report.stackId)) {
        previous = m_reports.value(report.stackId);
    }
    m_newFailures.insert(report.stackId, auditNewFailures(report, previous));
    m_reports.insert(report.stackId, report);
    if (m_pageStackId.isEmpty())
        m_pageStackId = report.stackId;
    refreshMatrix();
    if (m_pageStackId == report.stackId)
        refreshStackPage();
    updateActions();
}

void AuditWorkspace::loadHistory()
{
    if (!m_history)
        return;
    const Result<QList<AuditReport>> latest = m_history->latestRuns();
    if (!latest.ok())
        return;
    for (const AuditReport &report : latest.value()) {
        const auto previous = m_history->lastRun(report.stackId, report.startedAt);
        m_newFailures.insert(report.stackId,
                             auditNewFailures(report, previous.ok() ? previous.value() : std::nullopt));
        m_reports.insert(report.stackId, report);
    }
    refreshMatrix();
}

QList<AuditReport> AuditWorkspace::reports() const
{
    // Only stacks that are still in the list, under the name they have now.
    QList<AuditReport> out;
    const StackList stacks = m_stacks ? m_stacks() : StackList();
    for (const Stack &stack : stacks) {
        if (!m_reports.contains(stack.id))
            continue;
        AuditReport report = m_reports.value(stack.id);
        report.stackName = stack.name;
        out.append(report);
    }
    AuditMatrixModel::sortWorstFirst(out);
    return out;
}

void AuditWorkspace::refreshMatrix()
{
    const QList<AuditReport> shown = reports();
    m_matrix->setReports(shown, m_newFailures);
    m_ui->matrix->clearSpans();
    if (m_matrix->columnCount() > 1)
        for (int row : m_matrix->groupRows())
            m_ui->matrix->setSpan(row, 0, 1, m_matrix->columnCount());
    m_ui->fleetStack->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget *>(m_ui->fleetEmpty)
                                                       : static_cast<QWidget *>(m_ui->matrix));
}

void AuditWorkspace::showFleet()
{
    m_ui->auditViews->setCurrentWidget(m_ui->fleetTab);
}

void AuditWorkspace::showStackPage(const QString &stackId, const QString &checkId)
{
    m_pageStackId = stackId;
    refreshStackPage();
    m_ui->auditViews->setCurrentWidget(m_ui->stackTab);
    if (!checkId.isEmpty()) {
        const int row = m_checks->rowOf(checkId);
        if (row >= 0)
            m_ui->checks->setCurrentIndex(m_checks->index(row, AuditChecksModel::CheckColumn));
    }
}

void AuditWorkspace::refreshStackPage()
{
    const auto it = m_reports.constFind(m_pageStackId);
    QString name;
    const StackList stacks = m_stacks ? m_stacks() : StackList();
    for (const Stack &stack : stacks)
        if (stack.id == m_pageStackId)
            name = stack.name;
    if (it == m_reports.constEnd() || name.isEmpty()) {
        m_checks->clear();
        m_ui->stackEmpty->setText(name.isEmpty() ? tr("Select a stack to see its checks.")
                                                 : tr("No audit of %1 yet — press Run audit.").arg(name));
        m_ui->stackPages->setCurrentWidget(m_ui->stackEmpty);
        return;
    }
    const AuditReport &report = *it;
    const DisplayFormat format;
    const int score = report.score();
    const QString when = format.dateTime(report.startedAt.toLocalTime());
    m_ui->stackHeading->setText(score < 0 ? tr("%1 · nothing could be checked · %2").arg(name, when)
                                          : tr("%1 · score %2 · %3 failed, %4 warnings · %5")
                                                .arg(name, format.number(score),
                                                     format.number(report.count(AuditStatus::Fail)),
                                                     format.number(report.count(AuditStatus::Warn)), when));
    m_ui->stackHeading->setToolTip(m_ui->stackHeading->text());
    QList<AuditHistoryStore::ScorePoint> points;
    if (m_history)
        if (const auto scores = m_history->scores(report.stackId); scores.ok())
            points = scores.value();
    m_trend->setPoints(points);
    m_trend->setVisible(points.size() >= 2);
    m_ui->trendLabel->setVisible(points.size() >= 2);

    const QString selected = m_checks->check(m_ui->checks->currentIndex().row())
                                 ? m_checks->check(m_ui->checks->currentIndex().row())->id
                                 : QString();
    m_checks->setReport(report, m_newFailures.value(report.stackId));
    m_ui->stackPages->setCurrentWidget(m_ui->stackContent);
    const int row = std::max(0, m_checks->rowOf(selected));
    if (m_checks->rowCount() > 0)
        m_ui->checks->setCurrentIndex(m_checks->index(row, AuditChecksModel::CheckColumn));
    else
        showCheck(QString());
}

void AuditWorkspace::showCheck(const QString &checkId)
{
    const auto it = m_reports.constFind(m_pageStackId);
    const AuditCheckResult *check = it == m_reports.constEnd() ? nullptr : it->find(checkId);
    m_ui->details->setVisible(check != nullptr);
    if (!check)
        return;
    const bool isNew = m_newFailures.value(m_pageStackId).contains(check->id);
    const QString status = isNew ? AuditStatusText::newFailure() : AuditStatusText::word(check->status);
    m_ui->checkTitle->setText(tr("%1 — %2").arg(check->title.isEmpty() ? check->id : check->title, status));
    m_ui->checkTitle->setToolTip(check->id);
    QString evidence = check->evidence;
    if (!check->objects.isEmpty())
        evidence += (evidence.isEmpty() ? QString() : QStringLiteral("\n")) +
                    check->objects.join(QStringLiteral(", "));
    m_ui->evidence->setText(evidence.isEmpty() ? tr("Nothing to show.") : evidence);
    m_ui->why->setText(check->why);
    m_ui->fixText->setText(check->fixText.isEmpty() ? tr("Nothing to do.") : check->fixText);
    QString button;
    switch (check->fix.kind) {
    case AuditFix::Kind::SetupPage:
        button = tr("Open in Setup");
        break;
    case AuditFix::Kind::Sql:
        button = tr("Review the SQL…");
        break;
    case AuditFix::Kind::Command:
        button = tr("Review the command…");
        break;
    case AuditFix::Kind::PasswordRotation:
        button = tr("Rotate the password…");
        break;
    case AuditFix::Kind::None:
        break;
    }
    // A check that passes has nothing to fix, whatever fix it names.
    const bool offer = !button.isEmpty() && check->status != AuditStatus::Pass;
    m_ui->fixButton->setText(button);
    m_ui->fixButton->setVisible(offer);
    m_ui->fixButton->setProperty("checkId", check->id);
}

void AuditWorkspace::applyFix()
{
    const auto it = m_reports.constFind(m_pageStackId);
    if (it == m_reports.constEnd())
        return;
    const AuditCheckResult *found = it->find(m_ui->fixButton->property("checkId").toString());
    if (!found)
        return;
    const AuditCheckResult check = *found;
    const QString stackId = m_pageStackId;
    switch (check.fix.kind) {
    case AuditFix::Kind::SetupPage:
        emit setupPageRequested(stackId, check.fix.setupPage);
        break;
    case AuditFix::Kind::Sql:
    case AuditFix::Kind::Command:
        if (confirmFix(check))
            emit fixConfirmed(stackId, check);
        break;
    case AuditFix::Kind::PasswordRotation:
        emit rotationRequested(stackId);
        break;
    case AuditFix::Kind::None:
        break;
    }
}

bool AuditWorkspace::confirmFix(const AuditCheckResult &check)
{
    QString name;
    const StackList stacks = m_stacks ? m_stacks() : StackList();
    for (const Stack &stack : stacks)
        if (stack.id == m_pageStackId)
            name = stack.name;
    QDialog ask(this);
    ask.setObjectName(QStringLiteral("ConfirmAuditFix"));
    ask.setWindowTitle(tr("Apply the fix"));
    auto *layout = new QVBoxLayout(&ask);
    auto *intro = new QLabel(&ask);
    intro->setWordWrap(true);
    intro->setText(check.fix.kind == AuditFix::Kind::Sql
                       ? tr("This SQL will run in the database of %1, in one transaction:").arg(name)
                       : tr("This command will run on the server of %1, exactly as shown:").arg(name));
    auto *preview = new QPlainTextEdit(&ask);
    preview->setObjectName(QStringLiteral("fixPreview"));
    preview->setReadOnly(true);
    preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    preview->setPlainText(check.fix.preview);
    auto *buttons = new QDialogButtonBox(&ask);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyFix"));
    QPushButton *go = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmAuditFix"));
    QPushButton *no = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    no->setObjectName(QStringLiteral("cancelAuditFix"));
    no->setDefault(true); // Enter does not change a server
    connect(copy, &QPushButton::clicked, &ask,
            [preview] { QApplication::clipboard()->setText(preview->toPlainText()); });
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    layout->addWidget(intro);
    layout->addWidget(preview, 1);
    layout->addWidget(buttons);
    ask.resize(640, 360);
    return ask.exec() == QDialog::Accepted;
}

void AuditWorkspace::showExportDialog()
{
    AuditExportDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Status written = exportReport(dialog.pdfPath(), dialog.language());
    m_ui->statusMessage->showMessage(
        written.ok() ? tr("Report written to %1 and %2.")
                           .arg(dialog.pdfPath(), AuditExportDialog::csvPathFor(dialog.pdfPath()))
                     : written.error().message,
        written.ok() ? MessageWidget::Type::Positive : MessageWidget::Type::Error);
    m_ui->statusMessage->setVisible(true);
}

Status AuditWorkspace::exportReport(const QString &pdfPath, const QString &language) const
{
    const QList<AuditReport> shown = reports();
    AuditReportPdf::Options options;
    options.generatedAt = QDateTime::currentDateTime();
    options.language = language;
    options.newFailures = m_newFailures;
    if (const Status pdf = AuditReportPdf::write(pdfPath, shown, options); !pdf.ok())
        return pdf;
    return AuditReportCsv::write(AuditExportDialog::csvPathFor(pdfPath), shown);
}

void AuditWorkspace::updateActions()
{
    const bool running = isRunning();
    const bool anyStack = m_stacks && !m_stacks().isEmpty();
    m_run->setEnabled(!running && m_stack.has_value());
    m_fleet->setEnabled(!running && anyStack);
    m_cancel->setEnabled(running);
    m_export->setEnabled(!running && !m_reports.isEmpty());
}

void AuditWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    Workspace::changeEvent(event);
}

void AuditWorkspace::retranslateUi()
{
    m_ui->retranslateUi(this);
    const auto key = [](QAction *action) { return action->shortcut().toString(QKeySequence::NativeText); };
    m_run->setText(tr("Run audit"));
    m_run->setToolTip(tr("Audit the selected stack (%1).").arg(key(m_run)));
    m_fleet->setText(tr("Run fleet"));
    m_fleet->setToolTip(tr("Audit every stack in the list (%1).").arg(key(m_fleet)));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the check that runs (%1).").arg(key(m_cancel)));
    m_export->setText(tr("Export report…"));
    m_export->setToolTip(tr("Write the audit report as PDF and CSV (%1).").arg(key(m_export)));
    refreshMatrix(); // the models' words
    refreshStackPage();
}

} // namespace supadesk
