#include "analyzerworkspace.h"

#include "core/plan/plananalyzer.h"
#include "core/plan/planparser.h"
#include "core/plan/statementclassifier.h"
#include "db/queryrunner.h"
#include "plangraphview.h"
#include "plantreeview.h"
#include "resulttablemodel.h"
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
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolbar->addSeparator();
    m_open = m_toolbar->addAction(QString(), this, &AnalyzerWorkspace::openFile);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_save = m_toolbar->addAction(QString(), this, &AnalyzerWorkspace::saveFile);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openPlan = m_toolbar->addAction(QString(), this, &AnalyzerWorkspace::openPlan);
    m_toolbar->addSeparator();
    m_history = new QComboBox(m_toolbar);
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setMinimumContentsLength(30);
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_toolbar->addWidget(m_history);

    m_editor = new SqlEditor(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("results"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_planGraph = new PlanGraphView(this);
    m_planTree = new PlanTreeView(this);
    m_findings = new QListWidget(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setWordWrap(true);
    auto *planSplitter = new QSplitter(Qt::Horizontal, this);
    planSplitter->addWidget(m_planGraph);
    planSplitter->addWidget(m_findings);
    planSplitter->setStretchFactor(0, 3);
    planSplitter->setStretchFactor(1, 1);
    planSplitter->setSizes({640, 240});
    m_outputTabs = new QTabWidget(this);
    m_outputTabs->setObjectName(QStringLiteral("output"));
    m_outputTabs->addTab(m_table, QString());
    m_outputTabs->addTab(planSplitter, QString());
    m_outputTabs->addTab(m_planTree, QString());
    connect(m_planGraph, &PlanGraphView::nodeSelected, m_planTree, &PlanTreeView::selectNode);
    connect(m_planTree, &PlanTreeView::nodeSelected, m_planGraph, &PlanGraphView::selectNode);
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
    m_open->setText(tr("Open…"));
    m_save->setText(tr("Save…"));
    m_explain->setText(tr("Explain"));
    m_explain->setToolTip(tr("Show the plan without running the statement (F7)"));
    m_explainAnalyze->setText(tr("Explain Analyze"));
    m_explainAnalyze->setToolTip(tr("Run the statement and show the plan with real times (Shift+F7). "
                                    "It runs inside a transaction that is always rolled back."));
    m_optionsButton->setText(tr("Options"));
    m_optionsButton->setToolTip(tr("EXPLAIN options"));
    m_openPlan->setText(tr("Open Plan…"));
    m_openPlan->setToolTip(tr("Open an EXPLAIN plan saved as JSON or text"));
    m_outputTabs->setTabText(0, tr("Results"));
    m_outputTabs->setTabText(1, tr("Plan"));
    m_outputTabs->setTabText(2, tr("Plan table"));
    m_history->setPlaceholderText(tr("History"));
    m_history->setToolTip(tr("Statements run in this session"));
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
    updateState();
}

void AnalyzerWorkspace::updateState()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(endpoint().has_value() && !running);
    m_explain->setEnabled(endpoint().has_value() && !running);
    m_explainAnalyze->setEnabled(endpoint().has_value() && !running);
    m_cancel->setEnabled(running);
    QString text;
    bool error = false;
    if (running)
        text = tr("Running…");
    else if (!stack())
        text = tr("Select a stack in the list on the left.");
    else if (!endpoint())
        text = tr("Connect “%1” to run queries (Stack ▸ Connect, Ctrl+K).").arg(stack()->name);
    else if (!m_planSummary.isEmpty() && m_outputTabs->currentIndex() != 0)
        text = m_planSummary;
    else if (m_lastResult)
        text = resultSummary(), error = !m_lastResult->error.isEmpty();
    else
        text = tr("Connected to %1 on “%2”. Ctrl+Enter runs the statement under the cursor.")
                   .arg(endpoint()->database, stack()->name);
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b3261e;") : QString());
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
    remember(sql);
    m_runner->explain(sql, explainOptions(analyze));
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
    const Result<Plan> plan = PlanParser::parse(result.json);
    if (!plan.ok()) {
        QueryResult failure;
        failure.error = plan.error().message;
        m_outputTabs->setCurrentIndex(0);
        return showResult(failure);
    }
    setAnalysis(PlanAnalyzer::analyze(plan.value()), result.rolledBack ? tr("rolled back") : QString());
}

void AnalyzerWorkspace::setAnalysis(const PlanAnalysis &analysis, const QString &origin)
{
    m_planGraph->setAnalysis(analysis);
    m_planTree->setAnalysis(analysis);
    m_findings->clear();
    for (const PlanFinding &finding : analysis.findings()) {
        const QString marker = finding.severity == PlanFinding::Severity::Critical  ? QStringLiteral("⛔ ")
                               : finding.severity == PlanFinding::Severity::Warning ? QStringLiteral("⚠ ")
                                                                                    : QStringLiteral("ℹ ");
        auto *item = new QListWidgetItem(marker + tr("Node %1: %2").arg(finding.nodeId).arg(finding.message),
                                         m_findings);
        item->setData(Qt::UserRole, finding.nodeId);
    }
    const QList<int> hottest = analysis.hottestNodes(1);
    if (!hottest.isEmpty())
        m_planGraph->selectNode(hottest.first());
    m_outputTabs->setCurrentIndex(1);
    m_planGraph->fitToView();
    const int nodes = analysis.plan().size();
    m_planSummary = analysis.hasTiming()
                        ? tr("Plan of %n node(s): %1 ms in total, %2 finding(s).", nullptr, nodes)
                              .arg(analysis.totalMs(), 0, 'f', 2)
                              .arg(analysis.findings().size())
                        : tr("Estimated plan of %n node(s), %1 finding(s).", nullptr, nodes)
                              .arg(analysis.findings().size());
    if (!origin.isEmpty())
        m_planSummary += QStringLiteral(" (%1)").arg(origin);
    updateState();
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
    QString file;
    const std::optional<QByteArray> data =
        askAndRead(tr("Open plan"), tr("EXPLAIN plans (*.json *.txt);;All files (*)"), &file);
    if (!data)
        return;
    const Result<Plan> plan = PlanParser::parse(*data);
    if (!plan.ok())
        return void(QMessageBox::warning(this, tr("Not a plan"), plan.error().message));
    setAnalysis(PlanAnalyzer::analyze(plan.value()), QFileInfo(file).fileName());
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
    if (!r.error.isEmpty())
        return tr("Error after %1 ms: %2").arg(r.elapsedMs).arg(r.error.trimmed());
    if (r.returnsRows && r.hasMore)
        return tr("First %n row(s) in %1 ms; more load as you scroll.", nullptr, r.affectedRows)
            .arg(r.elapsedMs);
    if (r.returnsRows)
        return tr("%n row(s) in %1 ms.", nullptr, r.affectedRows).arg(r.elapsedMs);
    return tr("Done in %1 ms; %n row(s) affected.", nullptr, std::max(0, r.affectedRows)).arg(r.elapsedMs);
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
