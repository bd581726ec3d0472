// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "ssh/sshsession.h"

#include <QMetaType>
#include <QObject>
#include <QPointer>

#include <optional>

namespace supadesk {

class StackConnection;

// How one step of an installation ended.
struct UptimeProbeStepOutcome
{
    QString description;
    bool ok = false;
    QString detail;     // the command's error output when it failed
    QString backupPath; // the copy of a replaced file, if one was different
};

// What an installation (or removal) of the server-side probe did, step by step.
struct UptimeProbeInstallReport
{
    bool ok = false;
    bool removal = false;
    Error error; // when !ok: code "uptime.install.sudo", ".host", ".step", ".cancelled", "ssh.notconnected"…
    QList<UptimeProbeStepOutcome> steps;
    QString logDirectory; // where the probe writes (for UptimeLogPuller::setLogDirectory)
    bool systemd = false;
};

// Installs or removes the server-side uptime probe over a stack's StackConnection: asks the server
// who logs in and whether systemd runs (UptimeProbeHost), builds the UptimeProbeInstallPlan, then
// runs its steps in order. Files are uploaded into a private scratch directory over SFTP and put in
// place by a root command that keeps a different existing file as PATH.supadesk-backup-STAMP, so
// installing again replaces everything and loses nothing. A login that is not root runs the root
// commands through `sudo -n`; when sudo would ask for a password the installation stops before
// changing anything, with a message that says what to do.
//
//   prepareInstall(settings) / prepareUninstall() -> prepared(plan) | finished(failed report)
//   run()                                          -> stepStarted/stepFinished… -> finished(report)
// install(settings) and uninstall() do both without stopping in between (the Setup wizard, the CLI).
// Signals come on the thread of the connection's caller (the GUI thread); nothing blocks.
class UptimeProbeInstaller : public QObject
{
    Q_OBJECT
public:
    enum class Scheduler { Automatic, Systemd, Cron };

    explicit UptimeProbeInstaller(StackConnection *connection, QObject *parent = nullptr);
    ~UptimeProbeInstaller() override;

    // The probe's files as shipped (the :/probe resource).
    static Result<UptimeProbeTemplates> shippedTemplates();
    // The shipped alerter (resources/probe/supadesk-alerter.sh), installed with alert settings.
    static Result<QByteArray> shippedAlerter();

    // Where the files go (a scratch root in tests); the real paths by default.
    void setLayout(const UptimeProbeLayout &layout) { m_layout = layout; }
    // Automatic follows the host (systemd timer when systemd runs, else cron).
    void setScheduler(Scheduler scheduler) { m_scheduler = scheduler; }

    Status prepareInstall(const UptimeProbeSettings &settings);
    Status prepareUninstall();
    // Runs the prepared plan.
    Status run();
    Status install(const UptimeProbeSettings &settings);
    Status uninstall();
    // Puts changed alert settings (a maintenance window, a rule, a channel) in force on a server whose
    // alerter is installed, without installing again: UptimeProbeInstallPlan::alertSettings, run at once.
    Status updateAlerts(const UptimeProbeAlerts &alerts);
    // Stops before the next step; finished() reports "uptime.install.cancelled".
    void cancel();

    bool isBusy() const { return m_busy; }
    const UptimeProbeInstallPlan &plan() const { return m_plan; }
    const UptimeProbeHost &host() const { return m_host; }

signals:
    void prepared(const supadesk::UptimeProbeInstallPlan &plan);
    void stepStarted(int index, int count, const QString &description);
    void stepFinished(int index, const supadesk::UptimeProbeStepOutcome &outcome);
    void finished(const supadesk::UptimeProbeInstallReport &report);

private:
    Status prepare(bool removal, const UptimeProbeSettings &settings, bool runAfter, bool alertsOnly = false);
    void planned(bool runAfter);
    void stage();
    void nextStep();
    void stepDone(const QString &description, const Result<ExecResult> &result);
    void cleanUp();
    void finish(const std::optional<Error> &error);
    Error sudoError() const;

    QPointer<StackConnection> m_connection;
    UptimeProbeLayout m_layout;
    Scheduler m_scheduler = Scheduler::Automatic;
    UptimeProbeHost m_host;
    UptimeProbeInstallPlan m_plan;
    UptimeProbeSettings m_settings;
    UptimeProbeInstallReport m_report;
    bool m_removal = false;
    bool m_alertsOnly = false;
    bool m_busy = false;
    bool m_cancelled = false;
    int m_next = 0;
    QString m_staging;
    QString m_stamp;
    quint64 m_generation = 0;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::UptimeProbeInstallPlan)
Q_DECLARE_METATYPE(supadesk::UptimeProbeStepOutcome)
Q_DECLARE_METATYPE(supadesk::UptimeProbeInstallReport)
