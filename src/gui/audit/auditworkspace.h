// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditresult.h"
#include "core/result.h"
#include "gui/common/workspace.h"
#include "services/audit/auditrunner.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

class QAction;

namespace supadesk {

class AuditChecksModel;
class AuditHistoryStore;
class DrillHistoryStore;
class AuditMatrixModel;
class AuditRunner;
class ConnectionManager;
class ScoreSparkline;
struct AuditTarget;

namespace Ui {
class AuditWorkspace;
}

// The Audit tab: runs the production checklist against the selected stack or the whole fleet
// (AuditRunner, off the GUI thread, with progress and cancel), shows the fleet matrix (checks × stacks,
// worst first, a score per stack) and a stack's page (every check with its evidence, why it matters
// and the fix), keeps each run in the local history, marks the checks that turned from pass to fail
// since the previous run and exports the report as PDF and CSV. It never changes a server itself: a
// fix is a signal the main window wires (Setup's page, the fix applier, the password rotation).
class AuditWorkspace : public Workspace
{
    Q_OBJECT
public:
    using StackSource = std::function<StackList()>;

    // `history` may be null (the history file could not be opened): runs are then shown, not kept.
    AuditWorkspace(StackSource stacks, ConnectionManager *connections, AuditHistoryStore *history,
                   QWidget *parent = nullptr);
    ~AuditWorkspace() override;
    // Where restore-tested reads the stack's newest drill; may be null.
    void setDrillHistory(DrillHistoryStore *drills) { m_drills = drills; }

    QString title() const override;
    void setStack(const std::optional<Stack> &stack) override;
    void connectionChanged() override;

    // Starts a run of the selected stack, or of every stack; false when one is running or there is
    // nothing to audit.
    bool runAudit();
    bool runFleet();
    void cancel();
    bool isRunning() const;

    // A stack's report arrived (from the runner, or from a test): it is kept in the history, compared
    // with the stack's previous run and shown.
    void addReport(const AuditReport &report);
    // The newest report of each stack shown in the matrix, worst first.
    QList<AuditReport> reports() const;
    QSet<QString> newFailures(const QString &stackId) const { return m_newFailures.value(stackId); }

    // Shows the stack's page (its checks), selecting `checkId` when given.
    void showStackPage(const QString &stackId, const QString &checkId = QString());
    // A confirmed fix has run (AuditFixService): says how it went and, when it was applied, audits that
    // one check of the stack again so the page shows the verdict after the fix.
    void fixFinished(const QString &stackId, const QString &checkId, bool applied, const QString &message);
    void showFleet();

    // Writes the report of every stack shown: the PDF in `language` ("en", "ka") and the CSV beside
    // it (AuditExportDialog::csvPathFor).
    Status exportReport(const QString &pdfPath, const QString &language) const;

signals:
    // The Fix button of a check whose fix is a Setup wizard page ("secrets", "firewall", …).
    void setupPageRequested(const QString &stackId, const QString &page);
    // The user confirmed a check's SQL or command fix after reading exactly what will run.
    void fixConfirmed(const QString &stackId, const supadesk::AuditCheckResult &check);
    // The Fix button of the password check: the live password rotation.
    void rotationRequested(const QString &stackId);
    // A stack was opened from the matrix (the main window selects it in the sidebar).
    void stackActivated(const QString &stackId);

protected:
    void changeEvent(QEvent *event) override;

private:
    bool start(const StackList &stacks, const AuditOptions &options = {});
    AuditTarget targetFor(const Stack &stack) const;
    void loadHistory();
    void refreshMatrix();
    void refreshStackPage();
    void showCheck(const QString &checkId);
    void applyFix();
    bool confirmFix(const AuditCheckResult &check);
    void onProgress(int done, int total, const QString &stackName, const QString &checkId);
    void onFinished(bool cancelled);
    void showExportDialog();
    void retranslateUi();
    void updateActions();

    StackSource m_stacks;
    ConnectionManager *m_connections;
    AuditHistoryStore *m_history;
    DrillHistoryStore *m_drills = nullptr;
    std::optional<Stack> m_stack;
    QString m_pageStackId; // whose checks the stack page shows
    QHash<QString, AuditReport> m_reports;
    QHash<QString, QSet<QString>> m_newFailures;
    QPointer<AuditRunner> m_runner;
    int m_runStacks = 0;
    // Stacks whose running audit re-checks some checks after a fix: their results replace those checks
    // in the stack's last report instead of standing as a whole run.
    QSet<QString> m_rechecks;

    AuditMatrixModel *m_matrix;
    AuditChecksModel *m_checks;
    ScoreSparkline *m_trend;
    QAction *m_run;
    QAction *m_fleet;
    QAction *m_cancel;
    QAction *m_export;
    std::unique_ptr<Ui::AuditWorkspace> m_ui; // ui/audit/auditworkspace.ui
};

} // namespace supadesk
