// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertconfig.h"
#include "core/result.h"
#include "core/stack.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

// The files in resources/probe, as shipped: the probe script, its systemd service and timer, and
// the cron line for hosts without systemd. The plan fills in paths and the interval.
struct UptimeProbeTemplates
{
    QByteArray script;
    QByteArray service;
    QByteArray timer;
    QByteArray cron;
};

// The alerter that goes with the probe when a stack has alerts: its rules and channels (with the
// secrets) and the shipped script (resources/probe/supadesk-alerter.sh).
struct UptimeProbeAlerts
{
    AlertConfig config;
    QByteArray script;
};

// What the server said about itself before anything is installed (UptimeProbeHost::command()).
struct UptimeProbeHost
{
    QString user;
    bool root = false;
    bool systemd = false; // systemd is PID 1 and systemctl exists
    bool sudo = false;    // `sudo -n true` works (only asked when not root)
    bool curl = false;    // the probe script checks HTTP components with curl

    // One POSIX sh command that prints the facts, one per line.
    static QString command();
    static Result<UptimeProbeHost> parse(const QByteArray &output);
    // Root commands need `sudo -n` in front.
    bool needsSudo() const { return !root; }
    // Whether the probe can be installed with this login at all.
    bool canInstall() const { return root || sudo; }
    // What the server lacks for the probe to run, said before anything is installed.
    Status toolsPresent() const;
};

// Where the probe goes on the server. Every path is under `root` (empty on a real server; tests
// install into a scratch directory).
struct UptimeProbeLayout
{
    QString root;
    QString libDir = QStringLiteral("/usr/local/lib/supadesk");
    QString configDir = QStringLiteral("/etc/supadesk");
    QString systemdDir = QStringLiteral("/etc/systemd/system");
    QString cronDir = QStringLiteral("/etc/cron.d");
    QString logDir = QStringLiteral("/var/lib/supadesk/uptime");
    QString alertDir = QStringLiteral("/var/lib/supadesk/alerts");

    static inline const QString UnitName = QStringLiteral("supadesk-uptime-probe");

    QString scriptPath() const { return root + libDir + QStringLiteral("/supadesk-uptime-probe.sh"); }
    QString configPath() const { return root + configDir + QStringLiteral("/uptime-probe.conf"); }
    QString servicePath() const
    {
        return root + systemdDir + QLatin1Char('/') + UnitName + QStringLiteral(".service");
    }
    QString timerPath() const
    {
        return root + systemdDir + QLatin1Char('/') + UnitName + QStringLiteral(".timer");
    }
    QString cronPath() const { return root + cronDir + QLatin1Char('/') + UnitName; }
    QString logPath() const { return root + logDir; }
    // The alerter beside the probe (run by it after each round), its settings beside the probe's,
    // its secrets root-only beside them, its state and history (alerts.log) beside the uptime logs.
    QString alerterPath() const { return root + libDir + QStringLiteral("/supadesk-alerter.sh"); }
    QString alertConfigPath() const { return root + configDir + QStringLiteral("/alerts.conf"); }
    QString alertSecretsPath() const { return root + configDir + QStringLiteral("/alerts.secrets"); }
    QString alertPath() const { return root + alertDir; }
};

// What the probe checks, from the server's own point of view.
struct UptimeProbeSettings
{
    QString stackName;
    QString dbHost = QStringLiteral("127.0.0.1");
    int dbPort = 5432;
    QString dbUser = QStringLiteral("postgres");
    QString dbName = QStringLiteral("postgres");
    QString gatewayHost = QStringLiteral("127.0.0.1");
    int gatewayPort = 8000; // 0: the gateway components are not probed
    int intervalMinutes = 1;
    // When set (10 to 3600), the interval in seconds instead of intervalMinutes: the stack's own
    // probe interval. A systemd timer keeps it; cron rounds it up to whole minutes.
    int intervalSeconds = 0;
    int timeoutSeconds = 5;
    // The stack's .env on the server, where the probe reads ANON_KEY (for Kong) and
    // POSTGRES_PASSWORD at each run; empty: none.
    QString stackEnvFile;
    // The public name HTTPS serves (the Setup wizard's TLS page): the probe's "certificate" component
    // reads its certificate's days left on the server; empty: not probed.
    QString certificateName;
    int certificatePort = 443;
    int certificateMinDays = 14; // the component fails below it
    // The stack's alert rules and channels, with their secrets; none: the alerter is not installed.
    std::optional<UptimeProbeAlerts> alerts;

    // The stack's database and gateway as the server reaches them, and its .env; probing every
    // `probeIntervalSeconds` (the stack's stored setting, UptimeStore::probeSettings).
    static UptimeProbeSettings forStack(const Stack &stack, int probeIntervalSeconds = 60);
};

// One thing the installer does on the server.
struct UptimeProbeStep
{
    enum class Kind { InstallFile, Run };
    Kind kind = Kind::Run;
    QString description; // translated, for the progress list
    // InstallFile: the target path, content and mode ("0755"); an existing different file is kept
    // as PATH.supadesk-backup-STAMP.
    QString path;
    QByteArray content;
    QString mode;
    // Run: the shell command, with `sudo -n` in front when the login is not root.
    QString command;
};

// Installing (or removing) the server-side uptime probe as data: the files with their content and
// mode, then the commands, in order, for the host's login (root or sudo) and init system (systemd
// timer, or a cron file where there is no systemd). Pure: UptimeProbeInstaller runs it.
class UptimeProbeInstallPlan
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::UptimeProbeInstallPlan)
public:
    static UptimeProbeInstallPlan install(const UptimeProbeSettings &settings, const UptimeProbeHost &host,
                                          const UptimeProbeTemplates &templates,
                                          const UptimeProbeLayout &layout = {});
    // Stops and removes the probe; the log directory (the stack's history) stays.
    static UptimeProbeInstallPlan uninstall(const UptimeProbeHost &host,
                                            const UptimeProbeLayout &layout = {});

    // The alert settings changed after installation (rules, channels, maintenance windows): only the
    // alerter's two files, each kept as PATH.supadesk-backup-STAMP when it differs, after checking
    // that the alerter is installed. The alerter reads them at its next round: nothing to restart.
    static UptimeProbeInstallPlan alertSettings(const UptimeProbeAlerts &alerts, const UptimeProbeHost &host,
                                                const UptimeProbeLayout &layout = {});

    // The probe's configuration file (sourced by the script).
    static QByteArray configFile(const UptimeProbeSettings &settings, const UptimeProbeLayout &layout);
    // SUPADESK_PROBE_TARGETS: postgres, then auth, rest, realtime and storage behind Kong.
    static QString targets(const UptimeProbeSettings &settings);

    // The root command that puts a staged copy in place: backs up a different existing file
    // (printing "backup: PATH"), then installs with the step's mode, creating parent directories.
    QString installFileCommand(const QString &stagedPath, const UptimeProbeStep &step,
                               const QString &stamp) const;
    // `sudo -n sh -c '…'` when the login is not root, the command itself otherwise.
    QString asRoot(const QString &command) const;

    QList<UptimeProbeStep> steps;
    bool systemd = false;
    bool sudo = false;
    bool removal = false;
    int intervalMinutes = 1;   // cron's whole minutes; systemd's when a whole number of minutes
    int intervalSeconds = 60;  // how often the installed probe runs
    int requestedSeconds = 60; // what was asked: more than intervalSeconds where cron rounded it up
    QString logDirectory;      // where the probe writes, as the puller reads it

    // Lines for a confirmation: what goes where, and what runs.
    QStringList summary() const;
};

} // namespace supadesk
