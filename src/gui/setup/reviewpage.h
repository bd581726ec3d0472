#pragma once

#include "core/setup/applyplan.h"
#include "core/setup/applyreport.h"
#include "core/setup/setupbundle.h"
#include "setuppage.h"

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace supadesk {

class SetupApplier;

// Page 8: every change in the order it is made: each file as a diff against what the server holds now,
// each command. Apply runs them with a live log and a status per step (and rolls back on failure);
// Export bundle writes the same files and a README to a local folder for a server Supadesk cannot reach.
class ReviewPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ReviewPage(SetupPlan *plan, QWidget *parent = nullptr);

    QString title() const override;
    QString explanation() const override;
    void entered() override;

    // Which parts of the plan are applied (each a checkbox on the page).
    enum class Part { Env, ComposeOverride, Backups, Tuning, Recreate, RestartDb };
    void setPartEnabled(Part part, bool enabled);

    // Builds the bundle and the ordered steps from the plan; shows an error when the plan is invalid.
    void refresh();
    // Reads the server's files and shows each change as a diff (a dry run; changes nothing).
    void preview();
    // Applies after asking; `confirmed` skips the question.
    void apply(bool confirmed = false);
    void cancel();
    // Writes the bundle's files into `dir` (scripts executable, .env readable by the owner only).
    Status exportBundle(const QString &dir);

    bool isRunning() const;
    const ApplyPlan &applyPlan() const { return m_applyPlan; }
    const ApplyReport *lastReport() const;

signals:
    void applyFinished(bool ok);

protected:
    void retranslateUi() override;

private:
    void chooseExportFolder();
    void rebuildSteps();
    void showStep();
    void updateButtons();
    void onFinished(bool ok);
    void appendLog(const QString &line);

    QLabel *m_partsLabel;
    QCheckBox *m_env;
    QCheckBox *m_override;
    QCheckBox *m_backups;
    QCheckBox *m_tuning;
    QCheckBox *m_recreate;
    QCheckBox *m_restart;
    QLabel *m_summary;
    QTableWidget *m_steps;
    QPlainTextEdit *m_detail;
    QPlainTextEdit *m_log;
    QLabel *m_logLabel;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QPushButton *m_cancel;
    QPushButton *m_export;
    SetupApplier *m_applier = nullptr;
    bool m_dryRun = false;
    bool m_stale = false;
    bool m_compared = false; // the diffs come from the server's files
    std::optional<Bundle> m_bundle;
    ApplyPlan m_applyPlan;
    QString m_planError;
    QList<ApplyStepStatus> m_status;
    QStringList m_diffs;    // per step, from the last preview or apply
    QStringList m_messages; // per step
    QString m_finalSummary;
};

} // namespace supadesk
