#pragma once

#include "db/dbendpoint.h"
#include "db/queryrunner.h"
#include "gui/common/databaseworkspace.h"

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QTabWidget;
class QToolBar;
class QToolButton;

namespace supadesk {

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

    explicit AnalyzerWorkspace(EndpointResolver resolver, QWidget *parent = nullptr);

    QString title() const override;

    SqlEditor *editor() const { return m_editor; }
    QueryRunner *runner() const { return m_runner; }

public slots:
    void runStatement();
    void explainStatement(bool analyze);
    void cancelStatement();
    void openPlan();
    void openFile();
    void saveFile();

protected:
    void endpointUpdated(bool changed) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showResult(const QueryResult &result);
    void showPlan(const ExplainResult &result);
    void setAnalysis(const PlanAnalysis &analysis, const QString &origin);
    ExplainOptions explainOptions(bool analyze) const;
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
    QAction *m_explain;
    QAction *m_explainAnalyze;
    QAction *m_openPlan;
    QAction *m_optionBuffers;
    QAction *m_optionVerbose;
    QAction *m_optionSettings;
    QAction *m_optionWal;
    QToolButton *m_optionsButton;
    QString m_planSummary;
    QLabel *m_status;
    // The last result without its rows, so its summary can be said again in another language.
    std::optional<QueryResult> m_lastResult;
    QString resultSummary() const;
};

} // namespace supadesk
