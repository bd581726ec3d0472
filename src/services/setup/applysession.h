// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/setup/applyplan.h"
#include "core/setup/applyplanbuilder.h"
#include "core/setup/applyreport.h"
#include "core/setup/restartdecision.h"
#include "core/setup/setupbundle.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// The state of the Review & apply page, without the page: the plan built from the wizard's choices, each step
// with its status, diff and message, the uptime probe's rows after them, the outcome of the last run, and the
// last apply kept while the plan stays what it was right after it. The page feeds it what SetupApplier and
// UptimeProbeInstaller report and shows what it holds; the rules of what a run leaves on show live here, so
// they are tested without widgets or a server.
//
//   session.setPlan(bundle, target, probeRow); // every step pending (or the kept apply again)
//   session.applyStarted();                    // then stepStarted() and stepFinished() per step
//   session.runStopped();                      // the plan may be rebuilt from what the server now holds
//   session.runFinished(report, ok);           // the steps that ran, as they ended
//   session.probeStarted(); ... session.probeFinished(report);
class ApplySession
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ApplySession)

public:
    // One step of the plan as the page shows it.
    struct Step
    {
        ApplyStep step;
        ApplyStepStatus status = ApplyStepStatus::Pending;
        QString diff;    // from the last preview or apply; empty when the file does not change
        QString message; // what happened: the error, the backup's path, the command's output
    };
    // A row of the uptime probe's installation after the plan's steps: one before it runs, one per installer
    // step once the server said how (systemd or cron, root or sudo).
    struct ProbeRow
    {
        QString description;
        QString detail; // the command or file, shown beside the list
        ApplyStepStatus status = ApplyStepStatus::Pending;
        QString message;
    };
    // Everything the page shows of the steps, as one value: what the last apply is kept as, and what comes
    // back when the plan does.
    struct Shown
    {
        QList<Step> steps;
        QList<ProbeRow> probeRows;
        QString summary;       // the last run's outcome; empty before one
        bool compared = false; // the diffs come from the server's files
    };
    enum class Activity { Idle, Previewing, Applying, InstallingProbe };

    // Builds the plan from the wizard's bundle and the parts chosen. `probe`: the pending row of the probe's
    // installation when it is wanted (shown only with a valid, non-empty plan). Every step is pending, unless
    // the plan is the one right after the last apply with the same choice about the probe: then that apply's
    // result is shown again (true), its steps described in the fresh plan's words. Ignored while a run is
    // under way.
    bool setPlan(const Result<Bundle> &bundle, const ApplyTarget &target,
                 const std::optional<ProbeRow> &probe = std::nullopt);

    const std::optional<Bundle> &bundle() const { return m_bundle; }
    // Why no plan could be built; empty when it could.
    const QString &planError() const { return m_planError; }
    // The steps shown: the plan's, or after a run those that ran, whatever the plan became since.
    const ApplyPlan &plan() const { return m_plan; }
    // A valid plan with something to do: it can be previewed, applied.
    bool isReady() const { return m_planError.isEmpty() && !m_plan.isEmpty(); }
    bool probeWanted() const { return m_probeRow.has_value(); }
    const Shown &shown() const { return m_shown; }

    // The last apply's result is on show (the plan is what it was right after it).
    bool showingKeptRun() const { return m_showingKept; }
    bool hasKeptRun() const { return m_kept.has_value(); }
    // Leaving and coming back shows the fresh plan, pending (a preview asked for again, another stack).
    void forgetKeptRun();

    Activity activity() const { return m_activity; }
    bool isRunning() const { return m_activity != Activity::Idle; }
    // The wizard's plan changed during a run: the page rebuilds it when the run is over.
    void markStale() { m_stale = true; }
    bool takeStale();

    // What the tuning's restart depends on: the host it is computed for and the server's current values
    // (empty when unknown).
    void setTuningBasis(const HostProfile &host, const QHash<QString, QString> &serverSettings);
    // Which settings need (or, when the server's values are unknown, may need) a restart.
    RestartDecision restartDecision() const;
    // The plan restarts the db container at its end (only when a changed setting needs it, which the step
    // itself asks the server).
    bool restartsDatabase() const;

    // A dry run started: the statuses stay pending, the diffs come.
    void previewStarted();
    // An apply started: every step pending without message, the probe's row pending again.
    void applyStarted();
    void stepStarted(int index);
    void stepFinished(int index, ApplyStepStatus status, const QString &message);
    // The applier stopped: nothing runs now, so the plan may be rebuilt (what an apply changed on the server
    // is what the next plan starts from) before the run's result is shown.
    void runStopped();
    // The run is over: the steps that ran as they ended (a preview's go back to pending with their diffs).
    // After a failed apply the probe is not installed; after an apply the plan's fingerprint at this moment
    // is what keeps its result on show.
    void runFinished(const ApplyReport &report, bool ok);

    // The probe's installation after a successful apply.
    void probeStarted();
    // It could not start: every probe row failed with `message`.
    void probeNotStarted(const QString &message);
    // The server said how: one row per installer step.
    void probePrepared(const UptimeProbeInstallPlan &probe);
    void probeStepStarted(int index);
    void probeStepFinished(int index, const UptimeProbeStepOutcome &outcome);
    // Returns the sentence that tells how it ended (added to the summary).
    QString probeFinished(const UptimeProbeInstallReport &report);

private:
    void showPlanPending();
    void resetProbeRows();
    void syncPlan();
    static QString joined(const QString &first, const QString &second, const QString &separator);

    std::optional<Bundle> m_bundle;
    QString m_planError;
    ApplyPlan m_plan; // always the steps of m_shown
    std::optional<ProbeRow> m_probeRow;
    Shown m_shown;
    Activity m_activity = Activity::Idle;
    bool m_stale = false;
    HostProfile m_host;
    QHash<QString, QString> m_serverSettings;

    // The last apply as the page showed it, with the plan's fingerprint right after it.
    struct KeptRun
    {
        QString fingerprint;
        bool probe = false;
        Shown shown;
    };
    std::optional<KeptRun> m_kept;
    bool m_showingKept = false;
};

} // namespace supadesk
