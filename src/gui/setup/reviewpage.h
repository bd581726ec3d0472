// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/setup/applyplan.h"
#include "core/setup/applyreport.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "services/setup/applysession.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "setuppage.h"

#include <memory>

namespace supadesk {

namespace Ui {
class ReviewPage;
}

class SetupApplier;

// Page 9: every change in the order it is made: each file as a diff against what the server holds now,
// each command. Apply runs them with a live log and a status per step (and rolls back on failure);
// Export bundle writes the same files and a README to a local folder for a server Supadesk cannot reach.
// After a successful apply the server-side uptime probe is installed (when its box is ticked); its steps
// follow in the same list and log, and its failure leaves the applied steps as they are.
class ReviewPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ReviewPage(SetupPlan *plan, QWidget *parent = nullptr);
    ~ReviewPage() override;

    QString title() const override;
    QString explanation() const override;
    void entered() override;

    // Which parts of the plan are applied (each a checkbox on the page).
    enum class Part { Env, ComposeOverride, Backups, Tuning, Recreate, RestartDb, UptimeProbe };
    void setPartEnabled(Part part, bool enabled);

    // Builds the bundle and the ordered steps from the plan; shows an error when the plan is invalid.
    void refresh();
    // Reads the server's files and shows each change as a diff (a dry run; changes nothing).
    void preview();
    // Applies after asking; `confirmed` skips the question.
    void apply(bool confirmed = false);
    void cancel();
    // Writes the bundle's files into `dir` (scripts executable, .env readable by the owner only), and
    // the uptime probe's files into `dir`/uptime-probe when its box is ticked.
    Status exportBundle(const QString &dir);

    // Where the probe goes and how it is scheduled (a scratch root in tests); the real paths and the
    // host's own scheduler by default.
    void setProbeLayout(const UptimeProbeLayout &layout) { m_probeLayout = layout; }
    void setProbeScheduler(UptimeProbeInstaller::Scheduler scheduler) { m_probeScheduler = scheduler; }

    // An apply, a preview or the probe's installation is under way.
    bool isRunning() const;
    const ApplyPlan &applyPlan() const { return m_session.plan(); }
    const ApplyReport *lastReport() const;

signals:
    // The whole run is over (the probe's installation included); `ok` tells whether the plan's steps
    // were applied.
    void applyFinished(bool ok);
    // The probe's installation after an apply ended.
    void probeFinished(bool ok);

protected:
    void retranslateUi() override;

private:
    UptimeProbeSettings probeSettings() const;
    void chooseExportFolder();
    void rebuildSteps();
    void showStep();
    void updateButtons();
    void onFinished(bool ok);
    void appendLog(const QString &line);
    // The row the probe's installation has in the list before it runs (when its box is ticked).
    std::optional<ApplySession::ProbeRow> probeRow() const;
    bool startProbe();
    void onProbeFinished(const UptimeProbeInstallReport &report);
    QString probePreview() const;
    void updateRestartNote();

    std::unique_ptr<Ui::ReviewPage> m_ui;

    // The plan, each step with its status, the last run and the apply kept on show.
    ApplySession m_session;
    SetupApplier *m_applier = nullptr;
    UptimeProbeInstaller *m_probeInstaller = nullptr;
    UptimeProbeLayout m_probeLayout;
    UptimeProbeInstaller::Scheduler m_probeScheduler = UptimeProbeInstaller::Scheduler::Automatic;
};

} // namespace supadesk
