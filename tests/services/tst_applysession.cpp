// SPDX-License-Identifier: GPL-3.0-or-later
// The Review & apply page's state without the page: a fresh plan is pending; a run's steps show what
// the applier reported (a failed step leaves the later ones not run, and the probe uninstalled); a
// preview keeps its diffs but not its statuses; the last apply comes back while the plan is what it
// was right after it; the probe's rows follow its installation; the db container's restart is in
// the plan only when asked for, and names exactly the changed settings that need it.
#include "core/setup/pgtuner.h"
#include "core/setup/setupbundle.h"
#include "services/setup/applysession.h"
#include "services/uptime/uptimeprobeinstaller.h"

#include <QFile>
#include <QtTest>

using namespace supadesk;

namespace {

HostProfile host()
{
    HostProfile h;
    h.ramMb = 16 * 1024;
    h.cpus = 4;
    h.connections = 200;
    return h;
}

Result<Bundle> buildBundle()
{
    QFile example(QStringLiteral(SUPADESK_TEST_DATA_DIR "/setup/env.example"));
    if (!example.open(QIODevice::ReadOnly))
        qFatal("cannot read env.example");
    BundleInput in;
    in.host = host();
    in.envIn = QString::fromUtf8(example.readAll());
    in.now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
    return SetupBundle::build(in);
}

// One bundle for every plan: a new one draws new secrets, which is a different plan (as the wizard's
// plan is once a secret changes).
Result<Bundle> bundle()
{
    static const Result<Bundle> built = buildBundle();
    return built;
}

ApplyTarget target(bool backups = true, bool restart = false)
{
    ApplyTarget t;
    t.installBackups = backups;
    t.restartDatabaseIfNeeded = restart;
    return t;
}

ApplySession::ProbeRow probeRow()
{
    return {QStringLiteral("Install the uptime probe"),
            QStringLiteral("what it installs"),
            ApplyStepStatus::Pending,
            {}};
}

// What SetupApplier reports after running `steps` with the given statuses (the rest not run).
ApplyReport report(const ApplySteps &steps, const QList<ApplyStepStatus> &statuses, bool dryRun = false)
{
    ApplyReport r;
    r.steps = steps;
    r.dryRun = dryRun;
    for (int i = 0; i < steps.size(); ++i) {
        ApplyStepOutcome o;
        o.status = statuses.value(i, ApplyStepStatus::NotRun);
        if (steps.at(i).changesFile())
            o.diff = QStringLiteral("--- a\n+++ b\n@@ step %1 @@\n").arg(i + 1);
        if (o.status == ApplyStepStatus::Failed)
            o.message = QStringLiteral("exit status 1");
        r.outcomes.append(o);
    }
    return r;
}

QList<ApplyStepStatus> statuses(const ApplySession &session)
{
    QList<ApplyStepStatus> out;
    for (const ApplySession::Step &step : session.shown().steps)
        out.append(step.status);
    return out;
}

QList<ApplyStepStatus> all(ApplyStepStatus status, qsizetype n)
{
    return QList<ApplyStepStatus>(n, status);
}

// A successful apply of the whole plan, as the page drives it.
void applyAll(ApplySession &session)
{
    session.applyStarted();
    for (int i = 0; i < session.plan().size(); ++i) {
        session.stepStarted(i);
        session.stepFinished(i, ApplyStepStatus::Applied, {});
    }
    const ApplyReport done =
        report(session.plan().steps(), all(ApplyStepStatus::Applied, session.plan().size()));
    session.runStopped();
    session.runFinished(done, true);
}

UptimeProbeInstallPlan probePlan()
{
    const Result<UptimeProbeTemplates> templates = UptimeProbeInstaller::shippedTemplates();
    if (!templates.ok())
        qFatal("the probe's templates are missing");
    UptimeProbeHost probeHost;
    probeHost.root = true;
    probeHost.systemd = true;
    UptimeProbeSettings settings;
    settings.stackName = QStringLiteral("production");
    return UptimeProbeInstallPlan::install(settings, probeHost, templates.value());
}

} // namespace

class TestApplySession : public QObject
{
    Q_OBJECT

private slots:
    void freshPlanIsPending()
    {
        ApplySession session;
        QVERIFY(!session.setPlan(bundle(), target()));
        QVERIFY(session.isReady());
        QVERIFY(session.planError().isEmpty());
        QVERIFY(session.plan().size() >= 4);
        QCOMPARE(session.shown().steps.size(), session.plan().size());
        QCOMPARE(statuses(session), all(ApplyStepStatus::Pending, session.plan().size()));
        QVERIFY(session.shown().summary.isEmpty());
        QVERIFY(!session.shown().compared);
        QVERIFY(session.shown().probeRows.isEmpty());
        QVERIFY(!session.isRunning());
    }

    void invalidPlan()
    {
        ApplySession session;
        session.setPlan(Error{QStringLiteral("setup.bundle"), QStringLiteral("The host has no RAM.")},
                        target(), probeRow());
        QCOMPARE(session.planError(), QStringLiteral("The host has no RAM."));
        QVERIFY(!session.isReady());
        QVERIFY(!session.bundle());
        QVERIFY(session.shown().steps.isEmpty());
        QVERIFY(session.shown().probeRows.isEmpty()); // nothing to install it after
    }

    void probeRowFollowsThePlan()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        QCOMPARE(session.shown().probeRows.size(), 1);
        QCOMPARE(session.shown().probeRows.first().description, QStringLiteral("Install the uptime probe"));
        QVERIFY(session.probeWanted());

        ApplyTarget nothing;
        nothing.editEnv = nothing.writeComposeOverride = nothing.installBackups = nothing.applyTuning =
            nothing.recreateContainers = false;
        session.setPlan(bundle(), nothing, probeRow());
        QVERIFY(session.plan().isEmpty());
        QVERIFY(!session.isReady());
        QVERIFY(session.shown().probeRows.isEmpty());
    }

    void failedStepLeavesLaterStepsNotRun()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        const int n = session.plan().size();
        session.applyStarted();
        QCOMPARE(session.activity(), ApplySession::Activity::Applying);
        session.stepStarted(0);
        QCOMPARE(session.shown().steps.at(0).status, ApplyStepStatus::Running);
        session.stepFinished(0, ApplyStepStatus::Applied, {});
        session.stepStarted(1);
        session.stepFinished(1, ApplyStepStatus::Failed, QStringLiteral("exit status 1"));
        session.stepFinished(n + 5, ApplyStepStatus::Applied, {}); // not a step of this plan: ignored
        // While the rollback runs, the steps after the failed one have not started.
        for (int i = 2; i < n; ++i)
            QCOMPARE(session.shown().steps.at(i).status, ApplyStepStatus::Pending);

        QList<ApplyStepStatus> ended{ApplyStepStatus::RolledBack, ApplyStepStatus::Failed};
        ApplyReport failed = report(session.plan().steps(), ended);
        failed.outcomes[0].backupPath = QStringLiteral("/opt/supabase/.env.supadesk-backup-1");
        session.runStopped();
        QVERIFY(!session.isRunning());
        session.runFinished(failed, false);

        QCOMPARE(session.shown().steps.at(0).status, ApplyStepStatus::RolledBack);
        QCOMPARE(session.shown().steps.at(1).status, ApplyStepStatus::Failed);
        QCOMPARE(session.shown().steps.at(1).message, QStringLiteral("exit status 1"));
        QVERIFY(session.shown().steps.at(0).message.contains(
            QStringLiteral("/opt/supabase/.env.supadesk-backup-1")));
        for (int i = 2; i < n; ++i)
            QCOMPARE(session.shown().steps.at(i).status, ApplyStepStatus::NotRun);
        QCOMPARE(session.shown().summary, failed.summary());
        // The probe is installed only after every step was applied.
        QCOMPARE(session.shown().probeRows.size(), 1);
        QCOMPARE(session.shown().probeRows.first().status, ApplyStepStatus::NotRun);
        QVERIFY(!session.shown().probeRows.first().message.isEmpty());
    }

    void commandOutputGoesWithItsStep()
    {
        ApplySession session;
        session.setPlan(bundle(), target());
        session.applyStarted();
        ApplyReport done =
            report(session.plan().steps(), all(ApplyStepStatus::Applied, session.plan().size()));
        done.outcomes.last().output = QStringLiteral("  Container supabase-db  Started\n");
        session.runFinished(done, true);
        QCOMPARE(session.shown().steps.last().message, QStringLiteral("Container supabase-db  Started"));
    }

    void previewKeepsDiffsNotStatuses()
    {
        ApplySession session;
        session.setPlan(bundle(), target());
        const int n = session.plan().size();
        session.previewStarted();
        QCOMPARE(session.activity(), ApplySession::Activity::Previewing);
        QVERIFY(!session.setPlan(bundle(), target(false))); // ignored while the server is read
        QCOMPARE(session.plan().size(), n);
        session.markStale();
        const ApplyReport dry = report(session.plan().steps(), all(ApplyStepStatus::Previewed, n), true);
        session.runFinished(dry, true);
        QVERIFY(!session.isRunning());
        QVERIFY(session.takeStale());
        QVERIFY(!session.takeStale());

        QCOMPARE(statuses(session), all(ApplyStepStatus::Pending, n));
        QVERIFY(session.shown().compared);
        QCOMPARE(session.shown().steps.first().diff, QStringLiteral("--- a\n+++ b\n@@ step 1 @@\n"));
        QVERIFY(!session.shown().summary.isEmpty());
        QVERIFY(!session.hasKeptRun()); // a preview changes nothing worth keeping

        // The apply that follows starts from the preview's diffs.
        session.applyStarted();
        QCOMPARE(session.shown().steps.first().diff, QStringLiteral("--- a\n+++ b\n@@ step 1 @@\n"));
        QVERIFY(session.shown().summary.isEmpty());
    }

    void keptApplyComesBackWithItsPlan()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        const int n = session.plan().size();
        applyAll(session);
        QVERIFY(session.hasKeptRun());
        const QString summary = session.shown().summary;
        QVERIFY(!summary.isEmpty());

        // Another choice: the plan's steps are pending again.
        QVERIFY(!session.setPlan(bundle(), target(false), probeRow()));
        QVERIFY(!session.showingKeptRun());
        QCOMPARE(statuses(session), all(ApplyStepStatus::Pending, session.plan().size()));
        QVERIFY(session.shown().summary.isEmpty());

        // The same plan again (the box ticked again, the page left and entered): the apply's result.
        QVERIFY(session.setPlan(bundle(), target(), probeRow()));
        QVERIFY(session.showingKeptRun());
        QCOMPARE(statuses(session), all(ApplyStepStatus::Applied, n));
        QCOMPARE(session.shown().summary, summary);
        QVERIFY(session.shown().compared);
        QCOMPARE(session.plan().size(), n);

        // The same plan without the probe is another run.
        QVERIFY(!session.setPlan(bundle(), target()));

        // A preview asked for, or another stack: the result makes way.
        session.forgetKeptRun();
        QVERIFY(!session.setPlan(bundle(), target(), probeRow()));
        QCOMPARE(statuses(session), all(ApplyStepStatus::Pending, n));
    }

    void keptStepsTakeTheFreshDescriptions()
    {
        ApplySession session;
        session.setPlan(bundle(), target());
        session.applyStarted();
        ApplySteps ran = session.plan().steps();
        for (ApplyStep &step : ran)
            step.description = QStringLiteral("described before the language changed");
        session.runFinished(report(ran, all(ApplyStepStatus::Applied, ran.size())), true);
        QCOMPARE(session.plan().steps().first().description,
                 QStringLiteral("described before the language changed"));

        QVERIFY(session.setPlan(bundle(), target()));
        const ApplySession fresh = [] {
            ApplySession s;
            s.setPlan(bundle(), target());
            return s;
        }();
        for (int i = 0; i < session.plan().size(); ++i) {
            QCOMPARE(session.plan().steps().at(i).description, fresh.plan().steps().at(i).description);
            QCOMPARE(session.shown().steps.at(i).step.description, fresh.plan().steps().at(i).description);
        }
    }

    void failedApplyIsKeptToo()
    {
        ApplySession session;
        session.setPlan(bundle(), target());
        session.applyStarted();
        const ApplyReport failed = report(session.plan().steps(), {ApplyStepStatus::Failed});
        session.runFinished(failed, false);
        QVERIFY(session.setPlan(bundle(), target()));
        QCOMPARE(session.shown().steps.first().status, ApplyStepStatus::Failed);
        QCOMPARE(session.shown().steps.last().status, ApplyStepStatus::NotRun);
        QCOMPARE(session.shown().summary, failed.summary());
    }

    void probeRowsFollowTheInstaller()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        applyAll(session);
        session.probeStarted();
        QCOMPARE(session.activity(), ApplySession::Activity::InstallingProbe);
        QVERIFY(session.isRunning());
        const UptimeProbeInstallPlan probe = probePlan();
        session.probePrepared(probe);
        QCOMPARE(session.shown().probeRows.size(), probe.steps.size());
        QVERIFY(session.shown().probeRows.size() >= 3);
        session.probeStepStarted(0);
        QCOMPARE(session.shown().probeRows.at(0).status, ApplyStepStatus::Running);
        session.probeStepFinished(0, {probe.steps.at(0).description, true, {}, {}});
        session.probeStepStarted(1);
        UptimeProbeStepOutcome broken{probe.steps.at(1).description, false, QStringLiteral("disk full\n"),
                                      QStringLiteral("/usr/local/lib/supadesk/old")};
        session.probeStepFinished(1, broken);
        QCOMPARE(session.shown().probeRows.at(1).status, ApplyStepStatus::Failed);
        QVERIFY(session.shown().probeRows.at(1).message.startsWith(QStringLiteral("disk full\n")));
        QVERIFY(
            session.shown().probeRows.at(1).message.contains(QStringLiteral("/usr/local/lib/supadesk/old")));

        UptimeProbeInstallReport result;
        result.error = Error{QStringLiteral("uptime.install.step"), QStringLiteral("disk full\nsecond line")};
        const QString summaryBefore = session.shown().summary;
        const QString outcome = session.probeFinished(result);
        QVERIFY(!session.isRunning());
        QVERIFY(outcome.contains(QStringLiteral("disk full.")));
        QVERIFY(!outcome.contains(QStringLiteral("second line")));
        QCOMPARE(session.shown().summary, summaryBefore + QLatin1Char(' ') + outcome);
        QCOMPARE(session.shown().probeRows.at(0).status, ApplyStepStatus::Applied);
        QCOMPARE(session.shown().probeRows.at(1).status, ApplyStepStatus::Failed);
        for (int i = 2; i < session.shown().probeRows.size(); ++i)
            QCOMPARE(session.shown().probeRows.at(i).status, ApplyStepStatus::NotRun);
        // The applied steps stay applied.
        QCOMPARE(statuses(session), all(ApplyStepStatus::Applied, session.plan().size()));

        // Kept with the apply: coming back shows the probe's rows as they ended.
        QVERIFY(session.setPlan(bundle(), target(), probeRow()));
        QCOMPARE(session.shown().probeRows.size(), probe.steps.size());
        QCOMPARE(session.shown().probeRows.at(1).status, ApplyStepStatus::Failed);
        QCOMPARE(session.shown().summary, summaryBefore + QLatin1Char(' ') + outcome);
    }

    void probeRefusedBeforeItsFirstStep()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        applyAll(session);
        session.probeStarted();
        UptimeProbeInstallReport refused;
        refused.error = Error{QStringLiteral("uptime.install.sudo"), QStringLiteral("sudo needs a password")};
        session.probeFinished(refused);
        // The row still pending carries the reason.
        QCOMPARE(session.shown().probeRows.size(), 1);
        QCOMPARE(session.shown().probeRows.first().status, ApplyStepStatus::Failed);
        QCOMPARE(session.shown().probeRows.first().message, QStringLiteral("sudo needs a password"));
    }

    void probeNotStarted()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        applyAll(session);
        session.probeNotStarted(QStringLiteral("The stack is not connected."));
        QVERIFY(!session.isRunning());
        QCOMPARE(session.shown().probeRows.size(), 1);
        QCOMPARE(session.shown().probeRows.first().status, ApplyStepStatus::Failed);
        QCOMPARE(session.shown().probeRows.first().message, QStringLiteral("The stack is not connected."));
    }

    void probeInstalled()
    {
        ApplySession session;
        session.setPlan(bundle(), target(), probeRow());
        applyAll(session);
        session.probeStarted();
        UptimeProbeInstallReport installed;
        installed.ok = true;
        installed.logDirectory = QStringLiteral("/var/lib/supadesk/uptime");
        QVERIFY(session.probeFinished(installed).contains(QStringLiteral("/var/lib/supadesk/uptime")));
    }

    void restartOnlyWhenAskedAndNeeded()
    {
        ApplySession session;
        session.setPlan(bundle(), target());
        QVERIFY(!session.restartsDatabase());
        session.setPlan(bundle(), target(true, true));
        QVERIFY(session.restartsDatabase());
        QCOMPARE(session.plan().steps().last().id, QStringLiteral("restart-db"));

        // The server's values unknown: every setting that needs a restart, if it changes.
        session.setTuningBasis(host(), {});
        RestartDecision decision = session.restartDecision();
        QVERIFY(!decision.currentKnown);
        QVERIFY(decision.settings.contains(QStringLiteral("shared_buffers")));
        QVERIFY(!decision.settings.contains(QStringLiteral("work_mem")));

        // The server already runs the tuned values: no setting asks for the restart.
        QHash<QString, QString> current;
        const Result<PgSettings> tuned = PgTuner::tune(host());
        QVERIFY(tuned.ok());
        for (const PgSetting &s : tuned.value())
            current.insert(s.name, s.value);
        session.setTuningBasis(host(), current);
        decision = session.restartDecision();
        QVERIFY(decision.currentKnown);
        QVERIFY(!decision.needed());

        // Only the changed setting that needs it.
        current.insert(QStringLiteral("work_mem"), QStringLiteral("4MB"));
        current.insert(QStringLiteral("shared_buffers"), QStringLiteral("128MB"));
        session.setTuningBasis(host(), current);
        QCOMPARE(session.restartDecision().settings, QStringList{QStringLiteral("shared_buffers")});
    }
};

QTEST_GUILESS_MAIN(TestApplySession)
#include "tst_applysession.moc"
