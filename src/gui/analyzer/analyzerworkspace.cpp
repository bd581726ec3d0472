// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzerworkspace.h"

#include "core/locale/displayformat.h"
#include "gui/common/messagewidget.h"

#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "core/plan/statementclassifier.h"
#include "core/plan/statementparameters.h"
#include "db/queryrunner.h"
#include "indexadvicepanel.h"
#include "nodedetailspanel.h"
#include "parametervaluesdialog.h"
#include "plancomparepanel.h"
#include "plangraphview.h"
#include "plantreeview.h"
#include "resulttablemodel.h"
#include "slowqueriespanel.h"
#include "sqleditor.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTime>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace supadesk {

namespace {
constexpr int kHistorySize = 50;
}

AnalyzerWorkspace::AnalyzerWorkspace(EndpointResolver resolver, QWidget *parent)
    : DatabaseWorkspace(std::move(resolver), parent), m_runner(new QueryRunner(this)),
      m_model(new ResultTableModel(this))
{
    setObjectName(QStringLiteral("AnalyzerWorkspace"));
    m_toolbar = new QToolBar(this);
    m_run = m_toolbar->addAction(QString(), this, &AnalyzerWorkspace::runStatement);
    m_run->setObjectName(QStringLiteral("runStatement"));
    m_explain = m_toolbar->addAction(QString(), this, [this] { explainStatement(false); });
    m_explain->setObjectName(QStringLiteral("explain"));
    m_explain->setShortcut(QKeySequence(Qt::Key_F7));
    m_explain->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_explainAnalyze = m_toolbar->addAction(QString(), this, [this] { explainStatement(true); });
    m_explainAnalyze->setObjectName(QStringLiteral("explainAnalyze"));
    m_explainAnalyze->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F7));
    m_explainAnalyze->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto *optionsMenu = new QMenu(this);
    m_optionBuffers = optionsMenu->addAction(QStringLiteral("BUFFERS"));
    m_optionVerbose = optionsMenu->addAction(QStringLiteral("VERBOSE"));
    m_optionSettings = optionsMenu->addAction(QStringLiteral("SETTINGS"));
    m_optionWal = optionsMenu->addAction(QStringLiteral("WAL"));
    for (QAction *option : {m_optionBuffers, m_optionVerbose, m_optionSettings, m_optionWal})
        option->setCheckable(true);
    m_optionBuffers->setChecked(true);
    m_optionsButton = new QToolButton(m_toolbar);
    m_optionsButton->setMenu(optionsMenu);
    m_optionsButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(m_optionsButton);
    m_cancel = m_toolbar->addAction(QString(), this, &AnalyzerWorkspace::cancelStatement);
    m_cancel->setObjectName(QStringLiteral("cancelStatement"));
    m_comparePlans = new QAction(this);
    m_comparePlans->setObjectName(QStringLiteral("comparePlans"));
    m_comparePlans->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_comparePlans->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_comparePlans, &QAction::triggered, this, [this] { m_outputTabs->setCurrentWidget(m_compare); });
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolbar->addSeparator();
    // Files are one menu, so the toolbar keeps its width in longer languages.
    auto *fileMenu = new QMenu(this);
    m_open = fileMenu->addAction(QString(), this, &AnalyzerWorkspace::openFile);
    m_open->setObjectName(QStringLiteral("openSql"));
    m_open->setShortcut(QKeySequence::Open);
    m_save = fileMenu->addAction(QString(), this, &AnalyzerWorkspace::saveFile);
    m_save->setObjectName(QStringLiteral("saveSql"));
    m_save->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    m_openPlan = fileMenu->addAction(QString(), this, &AnalyzerWorkspace::openPlan);
    m_openPlan->setObjectName(QStringLiteral("openPlan"));
    m_openPlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_savePlan = fileMenu->addAction(QString(), this, &AnalyzerWorkspace::savePlan);
    m_savePlan->setObjectName(QStringLiteral("savePlan"));
    m_savePlan->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    for (QAction *action : {m_open, m_save, m_openPlan, m_savePlan}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action); // shortcuts work while the menu is closed
    }
    m_toolbar->addAction(m_comparePlans);
    m_fileButton = new QToolButton(m_toolbar);
    m_fileButton->setObjectName(QStringLiteral("fileMenu"));
    m_fileButton->setMenu(fileMenu);
    m_fileButton->setPopupMode(QToolButton::InstantPopup);
    m_toolbar->addWidget(m_fileButton);
    m_toolbar->addSeparator();
    m_history = new QComboBox(m_toolbar);
    m_history->setObjectName(QStringLiteral("history"));
    // Short enough that the Georgian toolbar keeps it out of the overflow menu in the default window;
    // the list itself opens as wide as its statements.
    m_history->setMinimumContentsLength(16);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_toolbar->addWidget(m_history);

    m_editor = new SqlEditor(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_status = new MessageWidget(this);
    m_status->setObjectName(QStringLiteral("statusMessage"));
    m_status->label()->setObjectName(QStringLiteral("status"));

    m_planGraph = new PlanGraphView(this);
    m_planTree = new PlanTreeView(this);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    m_graphDetails = new NodeDetailsPanel(this);
    m_treeDetails = new NodeDetailsPanel(this);
    m_treeDetails->setObjectName(QStringLiteral("treeNodeDetails"));
    // Beside the drawing: the selected node's details above the findings that point at nodes.
    auto *sideSplitter = new QSplitter(Qt::Vertical, this);
    sideSplitter->addWidget(m_graphDetails);
    sideSplitter->addWidget(m_findings);
    sideSplitter->setSizes({320, 160});
    auto *planSplitter = new QSplitter(Qt::Horizontal, this);
    planSplitter->addWidget(m_planGraph);
    planSplitter->addWidget(sideSplitter);
    planSplitter->setStretchFactor(0, 3);
    planSplitter->setStretchFactor(1, 2);
    planSplitter->setSizes({560, 340});
    auto *treeSplitter = new QSplitter(Qt::Horizontal, this);
    treeSplitter->addWidget(m_planTree);
    treeSplitter->addWidget(m_treeDetails);
    treeSplitter->setStretchFactor(0, 3);
    treeSplitter->setStretchFactor(1, 2);
    treeSplitter->setSizes({560, 340});
    m_outputTabs = new QTabWidget(this);
    m_outputTabs->setObjectName(QStringLiteral("output"));
    m_outputTabs->addTab(m_table, QString());
    m_outputTabs->addTab(planSplitter, QString());
    m_outputTabs->addTab(treeSplitter, QString());
    m_slowQueries = new SlowQueriesPanel(this);
    m_outputTabs->addTab(m_slowQueries, QString());
    m_compare = new PlanComparePanel(this);
    m_outputTabs->addTab(m_compare, QString());
    m_indexAdvice = new IndexAdvicePanel(this);
    m_outputTabs->addTab(m_indexAdvice, QString());
    connect(m_slowQueries, &SlowQueriesPanel::statementActivated, this, &AnalyzerWorkspace::explainSlowQuery);
    connect(m_slowQueries, &SlowQueriesPanel::setupRequested, this, &AnalyzerWorkspace::setupRequested);
    // The statistics are read when the tab is first shown for an endpoint, not on every connect.
    connect(m_outputTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_outputTabs->widget(index) == m_slowQueries && !m_slowQueries->hasLoaded() &&
            !m_slowQueries->isLoading())
            m_slowQueries->refresh();
    });
    connect(m_planGraph, &PlanGraphView::nodeSelected, m_planTree, &PlanTreeView::selectNode);
    connect(m_planTree, &PlanTreeView::nodeSelected, m_planGraph, &PlanGraphView::selectNode);
    for (NodeDetailsPanel *details : {m_graphDetails, m_treeDetails}) {
        connect(m_planGraph, &PlanGraphView::nodeSelected, details, &NodeDetailsPanel::showNode);
        connect(m_planTree, &PlanTreeView::nodeSelected, details, &NodeDetailsPanel::showNode);
    }
    connect(m_findings, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_findings->item(row))
            m_planGraph->selectNode(item->data(Qt::UserRole).toInt());
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_outputTabs);
    splitter->setSizes({220, 380});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_toolbar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_model->setFetcher([this] { m_runner->fetchMore(); });
    connect(m_editor, &SqlEditor::runRequested, this, &AnalyzerWorkspace::runStatement);
    connect(m_runner, &QueryRunner::started, this, &AnalyzerWorkspace::updateState);
    connect(m_runner, &QueryRunner::finished, this, &AnalyzerWorkspace::showResult);
    connect(m_runner, &QueryRunner::rowsFetched, m_model, &ResultTableModel::append);
    connect(m_runner, &QueryRunner::explained, this, &AnalyzerWorkspace::showPlan);
    connect(m_outputTabs, &QTabWidget::currentChanged, this, &AnalyzerWorkspace::updateState);
    connect(m_runner, &QueryRunner::cancelFailed, this, [this](const QString &message) {
        m_status->setText(tr("The statement could not be cancelled: %1").arg(message));
    });
    connect(m_history, &QComboBox::activated, this, [this](int index) {
        const QString sql = m_history->itemData(index).toString();
        if (!sql.isEmpty())
            m_editor->setPlainText(sql);
    });
    m_editor->setPlainText(QStringLiteral("SELECT now();\n"));
    retranslateUi();
    updateState();
}

QString AnalyzerWorkspace::title() const
{
    return tr("Query analyzer");
}

void AnalyzerWorkspace::retranslateUi()
{
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the selection or the statement under the cursor (Ctrl+Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running statement on the server (Esc)"));
    m_open->setText(tr("Open SQL File…"));
    m_save->setText(tr("Save SQL File…"));
    m_explain->setText(tr("Explain"));
    m_explain->setToolTip(tr("Show the plan without running the statement (F7)"));
    m_explainAnalyze->setText(tr("Explain Analyze"));
    m_explainAnalyze->setToolTip(tr("Run the statement and show the plan with real times (Shift+F7). "
                                    "It runs inside a transaction that is always rolled back."));
    m_optionsButton->setText(tr("Options"));
    m_fileButton->setText(tr("File"));
    m_fileButton->setToolTip(tr("Open and save statements and plans"));
    m_optionsButton->setToolTip(tr("EXPLAIN options"));
    m_openPlan->setText(tr("Open Plan…"));
    m_openPlan->setToolTip(tr("Open an EXPLAIN plan saved as JSON or text (Ctrl+Shift+O)"));
    m_savePlan->setText(tr("Save Plan…"));
    m_savePlan->setToolTip(tr("Save the plan and its statement as EXPLAIN JSON, which PEV2 also reads "
                              "(Ctrl+Shift+S)"));
    m_outputTabs->setTabText(0, tr("Results"));
    m_outputTabs->setTabText(1, tr("Plan"));
    m_outputTabs->setTabText(2, tr("Plan table"));
    m_outputTabs->setTabText(3, tr("Slow queries"));
    m_outputTabs->setTabText(4, tr("Compare"));
    m_outputTabs->setTabText(5, tr("Index advice"));
    m_comparePlans->setText(tr("Compare"));
    m_comparePlans->setToolTip(tr("Compare two plans of this session side by side (Ctrl+Shift+C)"));
    m_history->setPlaceholderText(tr("History"));
    m_history->setToolTip(tr("Statements run in this session"));
    // Findings are sentences made when the plan was analysed: analyse again to say them in this language.
    if (m_currentPlan) {
        m_currentPlan = PlanAnalyzer::analyze(m_currentPlan->plan());
        showFindings();
    }
    // The toolbar keeps the button sizes of the previous language until it is laid out again.
    m_toolbar->layout()->invalidate();
    m_toolbar->updateGeometry();
    updateState();
}

void AnalyzerWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    DatabaseWorkspace::changeEvent(event);
}

void AnalyzerWorkspace::endpointUpdated(bool changed)
{
    if (changed)
        m_lastResult.reset();
    if (endpoint())
        m_runner->setEndpoint(*endpoint());
    m_slowQueries->setEndpoint(endpoint());
    m_indexAdvice->setEndpoint(endpoint());
    if (endpoint() && m_outputTabs->currentWidget() == m_slowQueries && !m_slowQueries->hasLoaded())
        m_slowQueries->refresh();
    updateState();
}

void AnalyzerWorkspace::updateState()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(endpoint().has_value() && !running);
    m_explain->setEnabled(endpoint().has_value() && !running);
    m_explainAnalyze->setEnabled(endpoint().has_value() && !running);
    m_cancel->setEnabled(running);
    m_savePlan->setEnabled(m_currentPlan.has_value());
    m_comparePlans->setEnabled(m_compare->planCount() >= 2);
    QString text;
    bool error = false;
    const bool planShown = m_outputTabs->currentIndex() == 1 || m_outputTabs->currentIndex() == 2;
    if (running)
        text = tr("Running…");
    else if (!m_planSummary.isEmpty() && planShown)
        text = m_planSummary;
    else if (!stack())
        text = tr("Select a stack in the list on the left.");
    else if (!endpoint())
        text = tr("Connect “%1” to run queries (Stack ▸ Connect, Ctrl+K).").arg(stack()->name);
    else if (m_lastResult)
        text = resultSummary(), error = !m_lastResult->error.isEmpty();
    else
        text = tr("Connected to %1 on “%2”. Ctrl+Enter runs the statement under the cursor.")
                   .arg(endpoint()->database, stack()->name);
    m_status->showMessage(text, error ? MessageWidget::Type::Error : MessageWidget::Type::Plain);
}

void AnalyzerWorkspace::runStatement()
{
    if (!endpoint() || m_runner->isRunning())
        return;
    const QString sql = m_editor->statementToRun();
    if (sql.isEmpty())
        return;
    remember(sql);
    m_runner->run(sql);
}

ExplainOptions AnalyzerWorkspace::explainOptions(bool analyze) const
{
    ExplainOptions options;
    options.analyze = analyze;
    options.buffers = m_optionBuffers->isChecked();
    options.verbose = m_optionVerbose->isChecked();
    options.settings = m_optionSettings->isChecked();
    options.wal = analyze && m_optionWal->isChecked();
    return options;
}

void AnalyzerWorkspace::explainStatement(bool analyze)
{
    if (!endpoint() || m_runner->isRunning())
        return;
    const QString sql = m_editor->statementToRun();
    if (sql.isEmpty())
        return;
    if (analyze && StatementClassifier::modifiesData(sql)) {
        QMessageBox confirm(QMessageBox::Warning, tr("Explain Analyze changes data"),
                            tr("This statement changes data. EXPLAIN ANALYZE really runs it, inside a "
                               "transaction that Supadesk always rolls back afterwards, so nothing is kept. "
                               "Locks are held while it runs and triggers fire."),
                            QMessageBox::Cancel, this);
        confirm.setObjectName(QStringLiteral("ConfirmExplainAnalyze"));
        QPushButton *run = confirm.addButton(tr("Run and Roll Back"), QMessageBox::AcceptRole);
        run->setObjectName(QStringLiteral("runAndRollBack"));
        confirm.setDefaultButton(QMessageBox::Cancel);
        confirm.exec();
        if (confirm.clickedButton() != run)
            return;
    }
    startExplain(sql, explainOptions(analyze));
}

void AnalyzerWorkspace::startExplain(const QString &sql, const ExplainOptions &options)
{
    remember(sql);
    m_explainedSql = sql;
    m_runner->explain(sql, options);
}

void AnalyzerWorkspace::explainSlowQuery(const StatementStats &statement, int serverVersion)
{
    if (!endpoint() || m_runner->isRunning())
        return;
    // Only EXPLAIN, never ANALYZE: the statement may change data and its values are not known.
    ExplainOptions options = explainOptions(false);
    QString sql = statement.query.trimmed();
    if (const int parameters = StatementParameters::count(sql); parameters > 0) {
        if (serverVersion >= 160000) {
            options.genericPlan = true;
        } else {
            ParameterValuesDialog dialog(sql, parameters, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            sql = StatementParameters::bind(sql, dialog.values());
        }
    }
    replaceEditorText(sql);
    startExplain(sql, options);
}

void AnalyzerWorkspace::showPlan(const ExplainResult &result)
{
    if (!result.error.isEmpty()) {
        QueryResult failure;
        failure.error = result.error;
        failure.elapsedMs = result.elapsedMs;
        m_planSummary.clear();
        m_outputTabs->setCurrentIndex(0);
        return showResult(failure);
    }
    Result<Plan> plan = PlanParser::parse(result.json);
    if (!plan.ok()) {
        QueryResult failure;
        failure.error = plan.error().message;
        m_outputTabs->setCurrentIndex(0);
        return showResult(failure);
    }
    plan.value().setQueryText(m_explainedSql);
    QString name = m_explainedSql.simplified();
    if (name.size() > 48)
        name = name.left(47) + QChar(0x2026);
    // The origin is kept untranslated so the summary can be said again in another language.
    setAnalysis(PlanAnalyzer::analyze(plan.value()),
                result.rolledBack ? QStringLiteral("rolled back") : QString(), name);
}

void AnalyzerWorkspace::setAnalysis(const PlanAnalysis &analysis, const QString &origin, const QString &name)
{
    m_currentPlan = analysis;
    m_planOrigin = origin;
    m_planStatementMoved = false;
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    // Time and total first: the statement is the long part and gets cut in the list.
    m_compare->addPlan(
        analysis.hasTiming()
            ? tr("%1 · %2 ms · %3").arg(time, DisplayFormat().number(analysis.totalMs(), 2), name)
            : tr("%1 · estimated · %2").arg(time, name),
        analysis);
    m_planGraph->setAnalysis(analysis);
    m_planTree->setAnalysis(analysis);
    m_indexAdvice->setPlan(analysis);
    showFindings();
    const QList<int> hottest = analysis.hottestNodes(1);
    if (!hottest.isEmpty())
        m_planGraph->selectNode(hottest.first());
    m_outputTabs->setCurrentIndex(1);
    m_planGraph->fitToView();
    updateState();
}

void AnalyzerWorkspace::showFindings()
{
    const PlanAnalysis &analysis = *m_currentPlan;
    const int selected = m_planGraph->selectedNode();
    m_graphDetails->setAnalysis(analysis);
    m_treeDetails->setAnalysis(analysis);
    m_graphDetails->showNode(selected);
    m_treeDetails->showNode(selected);
    const QSignalBlocker blocker(m_findings);
    m_findings->clear();
    for (const PlanFinding &finding : analysis.findings()) {
        const QString marker = finding.severity == PlanFinding::Severity::Critical  ? QStringLiteral("⛔ ")
                               : finding.severity == PlanFinding::Severity::Warning ? QStringLiteral("⚠ ")
                                                                                    : QStringLiteral("ℹ ");
        const QString operation = analysis.plan().contains(finding.nodeId)
                                      ? analysis.plan().node(finding.nodeId).displayType()
                                      : QString();
        auto *item = new QListWidgetItem(
            marker + tr("Node %1 (%2): %3").arg(finding.nodeId).arg(operation, finding.message), m_findings);
        item->setData(Qt::UserRole, finding.nodeId);
    }
    const int nodes = analysis.plan().size();
    m_planSummary = analysis.hasTiming()
                        ? tr("Plan of %n node(s): %1 ms in total, %2 finding(s).", nullptr, nodes)
                              .arg(DisplayFormat().number(analysis.totalMs(), 2))
                              .arg(DisplayFormat().number(qint64(analysis.findings().size())))
                        : tr("Estimated plan of %n node(s), %1 finding(s).", nullptr, nodes)
                              .arg(DisplayFormat().number(qint64(analysis.findings().size())));
    // A whole sentence for the translator, not a word put in brackets after one.
    if (m_planOrigin == QLatin1String("rolled back"))
        m_planSummary = tr("%1 The statement ran in a transaction that was rolled back.").arg(m_planSummary);
    else if (!m_planOrigin.isEmpty())
        m_planSummary += QStringLiteral(" (%1)").arg(m_planOrigin);
    if (m_planStatementMoved)
        m_planSummary +=
            QLatin1Char(' ') + tr("Its statement is now in the editor; Ctrl+Z brings back what was there.");
}

std::optional<QByteArray> AnalyzerWorkspace::askAndRead(const QString &caption, const QString &filter,
                                                        QString *chosen)
{
    const QString file = QFileDialog::getOpenFileName(this, caption, QString(), filter);
    if (file.isEmpty())
        return std::nullopt;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Open failed"), tr("Cannot read %1: %2").arg(file, in.errorString()));
        return std::nullopt;
    }
    if (chosen)
        *chosen = file;
    return in.readAll();
}

void AnalyzerWorkspace::openPlan()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open plan"), QString(),
                                                      tr("EXPLAIN plans (*.json *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const Status status = openPlanFile(file); !status.ok()) {
        QMessageBox box(QMessageBox::Warning, tr("Not a plan"), status.error().message, QMessageBox::Ok,
                        this);
        box.setObjectName(QStringLiteral("PlanOpenError"));
        box.exec();
    }
}

Status AnalyzerWorkspace::openPlanFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("plan.read"), tr("Cannot read %1: %2").arg(path, in.errorString())};
    const Result<Plan> plan = PlanParser::parse(in.readAll());
    // Nothing shown changes when the file is not a plan: the plan, the editor and the findings stay.
    if (!plan.ok())
        return Error{plan.error().code,
                     tr("“%1” could not be read as an EXPLAIN plan. Nothing was changed.\n\n%2")
                         .arg(name, plan.error().message)};
    setAnalysis(PlanAnalyzer::analyze(plan.value()), name, name);
    if (const QString sql = plan.value().queryText(); !sql.isEmpty() && sql != m_editor->toPlainText()) {
        replaceEditorText(sql);
        m_planStatementMoved = true;
        showFindings();
        updateState();
    }
    return success();
}

void AnalyzerWorkspace::savePlan()
{
    if (!m_currentPlan)
        return;
    const QString file = QFileDialog::getSaveFileName(this, tr("Save plan"), QStringLiteral("plan.json"),
                                                      tr("EXPLAIN JSON (*.json);;All files (*)"));
    if (file.isEmpty())
        return;
    if (const Status status = savePlanFile(file); !status.ok())
        QMessageBox::warning(this, tr("Save failed"), status.error().message);
}

Status AnalyzerWorkspace::savePlanFile(const QString &path)
{
    if (!m_currentPlan)
        return Error{QStringLiteral("plan.none"), tr("There is no plan to save.")};
    const QByteArray data = m_currentPlan->plan().toJson();
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(data) != data.size())
        return Error{QStringLiteral("plan.write"), tr("Cannot write %1: %2").arg(path, out.errorString())};
    return success();
}

void AnalyzerWorkspace::replaceEditorText(const QString &sql)
{
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(sql);
    cursor.endEditBlock();
}

void AnalyzerWorkspace::cancelStatement()
{
    m_runner->cancel();
}

void AnalyzerWorkspace::showResult(const QueryResult &result)
{
    m_planSummary.clear();
    if (result.error.isEmpty())
        m_outputTabs->setCurrentIndex(0);
    if (result.error.isEmpty())
        m_model->reset(result.columns, result.rows, result.hasMore);
    m_lastResult = result;
    m_lastResult->affectedRows = result.returnsRows ? int(result.rows.size()) : result.affectedRows;
    m_lastResult->rows.clear();
    updateState();
}

QString AnalyzerWorkspace::resultSummary() const
{
    const QueryResult &r = *m_lastResult;
    const QString elapsed = DisplayFormat().number(r.elapsedMs);
    if (!r.error.isEmpty())
        return tr("Error after %1 ms: %2").arg(elapsed, r.error.trimmed());
    if (r.returnsRows && r.hasMore)
        return tr("First %n row(s) in %1 ms; more load as you scroll.", nullptr, r.affectedRows).arg(elapsed);
    if (r.returnsRows)
        return tr("%n row(s) in %1 ms.", nullptr, r.affectedRows).arg(elapsed);
    return tr("Done in %1 ms; %n row(s) affected.", nullptr, std::max(0, r.affectedRows)).arg(elapsed);
}

void AnalyzerWorkspace::remember(const QString &sql)
{
    const int existing = m_history->findData(sql);
    if (existing >= 0)
        m_history->removeItem(existing);
    QString label = sql.simplified();
    if (label.size() > 80)
        label = label.left(79) + QChar(0x2026);
    m_history->insertItem(0, label, sql);
    while (m_history->count() > kHistorySize)
        m_history->removeItem(m_history->count() - 1);
    m_history->setCurrentIndex(-1);
}

void AnalyzerWorkspace::openFile()
{
    if (const std::optional<QByteArray> data =
            askAndRead(tr("Open SQL file"), tr("SQL files (*.sql);;All files (*)")))
        m_editor->setPlainText(QString::fromUtf8(*data));
}

void AnalyzerWorkspace::saveFile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Save SQL file"), QStringLiteral("query.sql"),
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (file.isEmpty())
        return;
    QFile out(file);
    const QByteArray data = m_editor->toPlainText().toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size())
        QMessageBox::warning(this, tr("Save failed"), tr("Cannot write %1: %2").arg(file, out.errorString()));
}

} // namespace supadesk
