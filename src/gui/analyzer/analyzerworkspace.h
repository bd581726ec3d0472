// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plan/plananalysis.h"
#include "core/result.h"
#include "db/dbendpoint.h"
#include "db/queryrunner.h"
#include "gui/common/databaseworkspace.h"

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace supadesk {

class NodeDetailsPanel;
class IndexAdvicePanel;
class MessageWidget;
class PlanComparePanel;
class SlowQueriesPanel;
struct StatementStats;
class PlanAnalysis;
class PlanGraphView;
class PlanTreeView;
class QueryRunner;
class ResultTableModel;
class SqlEditor;

// The Query analyzer tab: a SQL editor whose statement under the cursor runs on the stack's
// database (through its tunnel) off the GUI thread, with cancel, history, open/save and a results grid.
class AnalyzerWorkspace : public DatabaseWorkspace
{
    Q_OBJECT
public:
    PlanGraphView *planGraph() const { return m_planGraph; }
    QListWidget *findings() const { return m_findings; }
    PlanTreeView *planTree() const { return m_planTree; }
    NodeDetailsPanel *nodeDetails() const { return m_graphDetails; }
    SlowQueriesPanel *slowQueries() const { return m_slowQueries; }
    PlanComparePanel *comparePanel() const { return m_compare; }
    IndexAdvicePanel *indexAdvice() const { return m_indexAdvice; }

    explicit AnalyzerWorkspace(EndpointResolver resolver, QWidget *parent = nullptr);

    QString title() const override;

    SqlEditor *editor() const { return m_editor; }
    QueryRunner *runner() const { return m_runner; }

public slots:
    void runStatement();
    void explainStatement(bool analyze);
    void cancelStatement();
    void openPlan();
    void savePlan();
    void openFile();
    void saveFile();

signals:
    // The user asked for the Setup workspace (to preload pg_stat_statements, which needs a restart).
    void setupRequested();

public:
    // Reads a JSON or text plan and shows it; a file that is not a plan leaves the shown plan as it was.
    Status openPlanFile(const QString &path);
    // Writes the shown plan as EXPLAIN JSON with its statement ("Query Text"), as PEV2 reads it.
    Status savePlanFile(const QString &path);
    // The plan shown now, if any.
    const std::optional<PlanAnalysis> &currentPlan() const { return m_currentPlan; }

protected:
    void endpointUpdated(bool changed) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(const QueryResult &result);
    void showPlan(const ExplainResult &result);
    // Shows a plan; `origin` is said in the status line, `name` names it in the list of plans to compare.
    void setAnalysis(const PlanAnalysis &analysis, const QString &origin, const QString &name);
    // Fills the findings list, the details panels and the summary from the current plan.
    void showFindings();
    // Replaces the editor's text as one undoable edit, so Ctrl+Z brings the user's text back.
    void replaceEditorText(const QString &sql);
    ExplainOptions explainOptions(bool analyze) const;
    void startExplain(const QString &sql, const ExplainOptions &options);
    // Opens a statement from pg_stat_statements in the editor and explains it (asking for the values
    // of its parameters on servers that cannot plan it without them).
    void explainSlowQuery(const supadesk::StatementStats &statement, int serverVersion);
    // Asks for a file and reads it; says why when it cannot. `chosen` receives the path.
    std::optional<QByteArray> askAndRead(const QString &caption, const QString &filter,
                                         QString *chosen = nullptr);
    void updateState();
    void remember(const QString &sql);

    QueryRunner *m_runner;
    ResultTableModel *m_model;
    QToolBar *m_toolbar;
    QAction *m_run;
    QAction *m_cancel;
    QAction *m_open;
    QAction *m_save;
    QComboBox *m_history;
    SqlEditor *m_editor;
    QTableView *m_table;
    QTabWidget *m_outputTabs;
    PlanGraphView *m_planGraph;
    PlanTreeView *m_planTree;
    QListWidget *m_findings;
    SlowQueriesPanel *m_slowQueries;
    PlanComparePanel *m_compare;
    IndexAdvicePanel *m_indexAdvice;
    QAction *m_comparePlans;
    NodeDetailsPanel *m_graphDetails;
    NodeDetailsPanel *m_treeDetails;
    QAction *m_explain;
    QAction *m_explainAnalyze;
    QAction *m_openPlan;
    QAction *m_savePlan;
    QString m_explainedSql; // the statement of the EXPLAIN running now
    std::optional<PlanAnalysis> m_currentPlan;
    QString m_planOrigin; // a file name, or "rolled back"
    bool m_planStatementMoved = false;
    QAction *m_optionBuffers;
    QAction *m_optionVerbose;
    QAction *m_optionSettings;
    QAction *m_optionWal;
    QToolButton *m_optionsButton;
    QToolButton *m_fileButton;
    QString m_planSummary;
    MessageWidget *m_status;
    // The last result without its rows, so its summary can be said again in another language.
    std::optional<QueryResult> m_lastResult;
    QString resultSummary() const;
};

} // namespace supadesk
