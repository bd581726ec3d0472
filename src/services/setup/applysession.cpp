// SPDX-License-Identifier: GPL-3.0-or-later
#include "applysession.h"

#include "core/setup/planfingerprint.h"

namespace supadesk {

bool ApplySession::setPlan(const Result<Bundle> &bundle, const ApplyTarget &target,
                           const std::optional<ProbeRow> &probe)
{
    if (isRunning())
        return m_showingKept;
    m_planError.clear();
    m_bundle.reset();
    m_plan = ApplyPlan();
    m_probeRow = probe;
    if (!bundle.ok()) {
        m_planError = bundle.error().message;
    } else {
        m_bundle = bundle.value();
        const Result<ApplyPlan> steps = ApplyPlanBuilder::fromBundle(*m_bundle, target);
        if (steps.ok())
            m_plan = steps.value();
        else
            m_planError = steps.error().message;
    }

    // While the plan differs from the one right after the apply its steps are pending; the kept result comes
    // back when the plan does (a box ticked and unticked again).
    m_showingKept = m_kept && m_planError.isEmpty() && PlanFingerprint::of(m_plan) == m_kept->fingerprint &&
                    probeWanted() == m_kept->probe;
    if (!m_showingKept) {
        showPlanPending();
        return false;
    }
    // The kept steps with the fresh plan's descriptions: the same steps, in the language now chosen.
    const ApplySteps fresh = m_plan.steps();
    m_shown = m_kept->shown;
    for (Step &shown : m_shown.steps)
        for (const ApplyStep &now : fresh)
            if (now.id == shown.step.id) {
                shown.step.description = now.description;
                break;
            }
    syncPlan();
    return true;
}

void ApplySession::forgetKeptRun()
{
    m_kept.reset();
    m_showingKept = false;
}

bool ApplySession::takeStale()
{
    const bool stale = m_stale;
    m_stale = false;
    return stale;
}

void ApplySession::setTuningBasis(const HostProfile &host, const QHash<QString, QString> &serverSettings)
{
    m_host = host;
    m_serverSettings = serverSettings;
}

RestartDecision ApplySession::restartDecision() const
{
    return RestartDecision::forHost(m_host, m_serverSettings);
}

bool ApplySession::restartsDatabase() const
{
    for (const ApplyStep &step : m_plan.steps())
        if (step.id == QLatin1String("restart-db"))
            return true;
    return false;
}

void ApplySession::previewStarted()
{
    m_activity = Activity::Previewing;
}

void ApplySession::applyStarted()
{
    forgetKeptRun();
    m_activity = Activity::Applying;
    m_shown.summary.clear();
    // The diffs of a preview stay: they are what the steps are about to do.
    for (Step &step : m_shown.steps) {
        step.status = ApplyStepStatus::Pending;
        step.message.clear();
    }
    resetProbeRows();
}

void ApplySession::stepStarted(int index)
{
    if (index >= 0 && index < m_shown.steps.size())
        m_shown.steps[index].status = ApplyStepStatus::Running;
}

void ApplySession::stepFinished(int index, ApplyStepStatus status, const QString &message)
{
    if (index < 0 || index >= m_shown.steps.size())
        return;
    m_shown.steps[index].status = status;
    m_shown.steps[index].message = message;
}

void ApplySession::runStopped()
{
    if (m_activity == Activity::Previewing || m_activity == Activity::Applying)
        m_activity = Activity::Idle;
}

void ApplySession::runFinished(const ApplyReport &report, bool ok)
{
    runStopped();
    // The plan as it stands after an apply: its result is shown until the plan changes.
    const QString keptFingerprint =
        !report.dryRun && m_planError.isEmpty() ? PlanFingerprint::of(m_plan) : QString();

    // The steps that ran, whatever the plan became since.
    m_shown.steps.clear();
    for (int i = 0; i < report.steps.size(); ++i) {
        Step shown{report.steps.at(i), ApplyStepStatus::Pending, {}, {}};
        if (i < report.outcomes.size()) {
            const ApplyStepOutcome &o = report.outcomes.at(i);
            shown.status = o.status;
            shown.diff = o.diff;
            shown.message = o.message;
            if (!o.backupPath.isEmpty())
                shown.message = joined(shown.message, tr("Backup of the previous file: %1").arg(o.backupPath),
                                       QStringLiteral("\n"));
            if (!o.output.trimmed().isEmpty() && !report.dryRun)
                shown.message = joined(shown.message, o.output.trimmed(), QStringLiteral("\n"));
        }
        m_shown.steps.append(shown);
    }
    syncPlan();

    if (report.dryRun) {
        // A preview: statuses go back to pending, diffs stay.
        for (Step &step : m_shown.steps)
            step.status = ApplyStepStatus::Pending;
        m_shown.compared = ok;
        m_shown.summary =
            ok ? tr("Compared with the server: select a step to see its diff.") : report.summary();
        return;
    }
    m_shown.summary = report.summary();
    if (!ok)
        for (ProbeRow &row : m_shown.probeRows) {
            row.status = ApplyStepStatus::NotRun;
            row.message = tr("Not installed: the steps above were not all applied.");
        }
    if (!keptFingerprint.isEmpty()) {
        KeptRun kept{keptFingerprint, probeWanted(), m_shown};
        // Shown again, every file was read by the apply: one that did not change says so.
        kept.shown.compared = true;
        m_kept = kept;
    }
}

void ApplySession::probeStarted()
{
    if (m_shown.probeRows.isEmpty())
        resetProbeRows();
    m_activity = Activity::InstallingProbe;
}

void ApplySession::probeNotStarted(const QString &message)
{
    if (m_shown.probeRows.isEmpty())
        resetProbeRows();
    if (m_activity == Activity::InstallingProbe)
        m_activity = Activity::Idle;
    for (ProbeRow &row : m_shown.probeRows) {
        row.status = ApplyStepStatus::Failed;
        row.message = message;
    }
}

void ApplySession::probePrepared(const UptimeProbeInstallPlan &probe)
{
    m_shown.probeRows.clear();
    for (const UptimeProbeStep &step : probe.steps)
        m_shown.probeRows.append({step.description,
                                  step.kind == UptimeProbeStep::Kind::InstallFile
                                      ? step.path + QStringLiteral(" (") + step.mode +
                                            QStringLiteral(")\n\n") + QString::fromUtf8(step.content)
                                      : QStringLiteral("$ ") + step.command,
                                  ApplyStepStatus::Pending,
                                  {}});
}

void ApplySession::probeStepStarted(int index)
{
    if (index >= 0 && index < m_shown.probeRows.size())
        m_shown.probeRows[index].status = ApplyStepStatus::Running;
}

void ApplySession::probeStepFinished(int index, const UptimeProbeStepOutcome &outcome)
{
    if (index < 0 || index >= m_shown.probeRows.size())
        return;
    ProbeRow &row = m_shown.probeRows[index];
    row.status = outcome.ok ? ApplyStepStatus::Applied : ApplyStepStatus::Failed;
    row.message = outcome.detail.trimmed();
    if (!outcome.backupPath.isEmpty())
        row.message = joined(row.message, tr("Backup of the previous file: %1").arg(outcome.backupPath),
                             QStringLiteral("\n"));
}

QString ApplySession::probeFinished(const UptimeProbeInstallReport &report)
{
    if (m_activity == Activity::InstallingProbe)
        m_activity = Activity::Idle;
    QString outcome;
    if (report.ok) {
        outcome = tr("The uptime probe is installed: it checks the stack every "
                     "minute and logs to %1.")
                      .arg(report.logDirectory);
    } else {
        // The first line only: a failed step's whole output is in its row and already in the log.
        QString headline = report.error.message.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (!headline.endsWith(QLatin1Char('.')))
            headline += QLatin1Char('.');
        outcome = tr("The uptime probe was not installed: %1 The applied steps "
                     "stay as they are.")
                      .arg(headline);
        // A failure before the first step (the server's answer, sudo) belongs to the row still pending.
        bool marked = false;
        for (ProbeRow &row : m_shown.probeRows) {
            if (row.status == ApplyStepStatus::Failed)
                marked = true;
            if (row.status == ApplyStepStatus::Running ||
                (row.status == ApplyStepStatus::Pending && !marked)) {
                row.status = ApplyStepStatus::Failed;
                row.message = report.error.message;
                marked = true;
            } else if (row.status == ApplyStepStatus::Pending) {
                row.status = ApplyStepStatus::NotRun;
            }
        }
    }
    m_shown.summary = joined(m_shown.summary, outcome, QStringLiteral(" "));
    if (m_kept) {
        m_kept->shown.probeRows = m_shown.probeRows;
        m_kept->shown.summary = m_shown.summary;
    }
    return outcome;
}

void ApplySession::showPlanPending()
{
    m_shown = Shown();
    for (const ApplyStep &step : m_plan.steps())
        m_shown.steps.append({step, ApplyStepStatus::Pending, {}, {}});
    resetProbeRows();
}

void ApplySession::resetProbeRows()
{
    m_shown.probeRows.clear();
    if (m_probeRow && isReady())
        m_shown.probeRows.append(*m_probeRow);
}

void ApplySession::syncPlan()
{
    m_plan.steps().clear();
    for (const Step &step : m_shown.steps)
        m_plan.steps().append(step.step);
}

QString ApplySession::joined(const QString &first, const QString &second, const QString &separator)
{
    if (first.isEmpty())
        return second;
    return first + separator + second;
}

} // namespace supadesk
