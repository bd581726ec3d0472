// SPDX-License-Identifier: GPL-3.0-or-later
#include "uptimeprobeinstallplan.h"

#include "core/shellquote.h"
#include "probetargets.h"

#include <QUrl>

#include <algorithm>

namespace supadesk {

namespace {

const QByteArray kDefaultScript = "/usr/local/lib/supadesk/supadesk-uptime-probe.sh";
const QByteArray kDefaultConfig = "/etc/supadesk/uptime-probe.conf";
const QByteArray kDefaultLogDir = "/var/lib/supadesk/uptime";

// The shipped unit, timer and cron line name the default paths; an installation elsewhere (a
// test's scratch root) gets its own.
QByteArray withPaths(QByteArray text, const UptimeProbeLayout &layout)
{
    text.replace(kDefaultScript, layout.scriptPath().toUtf8());
    text.replace(kDefaultConfig, layout.configPath().toUtf8());
    return text;
}

QByteArray endWithNewline(QByteArray text)
{
    if (!text.endsWith('\n'))
        text.append('\n');
    return text;
}

} // namespace

QString UptimeProbeHost::command()
{
    return QStringLiteral(
        "printf 'user %s\\n' \"$(id -un)\"; printf 'uid %s\\n' \"$(id -u)\"; "
        "if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; "
        "then echo 'init systemd'; else echo 'init other'; fi; "
        "if [ \"$(id -u)\" != 0 ]; then "
        "if command -v sudo >/dev/null 2>&1 && sudo -n true >/dev/null 2>&1; "
        "then echo 'sudo yes'; else echo 'sudo no'; fi; fi; "
        "if command -v curl >/dev/null 2>&1; then echo 'curl yes'; else echo 'curl no'; fi");
}

Status UptimeProbeHost::toolsPresent() const
{
    if (!curl)
        return Error{
            ErrorCode::UptimeInstallCurl,
            QCoreApplication::translate(
                "supadesk::UptimeProbeInstallPlan",
                "The uptime probe needs curl on the server, and it is not installed there. Install it "
                "(on Debian or Ubuntu: apt-get install curl), then try again. Nothing was changed on "
                "the server.")};
    return success();
}

Result<UptimeProbeHost> UptimeProbeHost::parse(const QByteArray &output)
{
    UptimeProbeHost host;
    bool haveUid = false;
    for (const QByteArray &raw : output.split('\n')) {
        const QByteArray line = raw.trimmed();
        const qsizetype space = line.indexOf(' ');
        if (space <= 0)
            continue;
        const QByteArray key = line.left(space);
        const QByteArray value = line.mid(space + 1).trimmed();
        if (key == "user") {
            host.user = QString::fromUtf8(value);
        } else if (key == "uid") {
            bool ok = false;
            const int uid = value.toInt(&ok);
            haveUid = ok;
            host.root = ok && uid == 0;
        } else if (key == "init") {
            host.systemd = value == "systemd";
        } else if (key == "sudo") {
            host.sudo = value == "yes";
        } else if (key == "curl") {
            host.curl = value == "yes";
        }
    }
    if (!haveUid)
        return Error{ErrorCode::UptimeInstallHost,
                     QCoreApplication::translate("supadesk::UptimeProbeInstallPlan",
                                                 "The server did not say which user Supadesk logs in as.")};
    return host;
}

UptimeProbeSettings UptimeProbeSettings::forStack(const Stack &stack, int probeIntervalSeconds)
{
    UptimeProbeSettings s;
    s.stackName = stack.name;
    s.intervalSeconds = probeIntervalSeconds;
    s.dbHost = stack.dbHost.isEmpty() ? QStringLiteral("127.0.0.1") : stack.dbHost;
    s.dbPort = stack.dbPort;
    s.dbUser = stack.dbUser;
    s.dbName = stack.dbName;
    s.gatewayPort = stack.gatewayPort;
    if (!stack.installDir.isEmpty()) {
        QString dir = stack.installDir;
        while (dir.size() > 1 && dir.endsWith(QLatin1Char('/')))
            dir.chop(1);
        s.stackEnvFile = dir + QStringLiteral("/.env");
    }
    return s;
}

QString UptimeProbeInstallPlan::asRoot(const QString &command) const
{
    // -n: never wait for a password prompt nobody can answer; the installer checked sudo first.
    return (sudo ? QStringLiteral("sudo -n sh -c ") : QStringLiteral("sh -c ")) + shellQuote(command);
}

QString UptimeProbeInstallPlan::targets(const UptimeProbeSettings &settings)
{
    QUrl pg;
    pg.setScheme(QStringLiteral("postgresql"));
    pg.setUserName(settings.dbUser);
    pg.setHost(settings.dbHost);
    pg.setPort(settings.dbPort);
    pg.setPath(QLatin1Char('/') + settings.dbName);
    QStringList parts = {ProbeTargets::Postgres + QLatin1Char('=') + pg.toString(QUrl::FullyEncoded)};
    if (settings.gatewayPort > 0)
        for (const ProbeTarget &t : ProbeTargets::standard()) {
            if (t.kind != ProbeTarget::Kind::GatewayHttp)
                continue;
            QUrl url;
            url.setScheme(QStringLiteral("http"));
            url.setHost(settings.gatewayHost);
            url.setPort(settings.gatewayPort);
            url.setPath(t.path);
            parts.append(t.component + QLatin1Char('=') + url.toString(QUrl::FullyEncoded));
        }
    if (!settings.certificateName.isEmpty())
        parts.append(
            ProbeTargets::serverCertificateTarget(settings.certificateName, settings.certificatePort));
    return parts.join(QLatin1Char(' '));
}

QByteArray UptimeProbeInstallPlan::configFile(const UptimeProbeSettings &settings,
                                              const UptimeProbeLayout &layout)
{
    QString name = settings.stackName.simplified();
    QStringList lines = {
        QStringLiteral("# Settings of the Supadesk uptime probe for the stack \"%1\"; written by Supadesk, "
                       "installing the probe again replaces this file.")
            .arg(name),
        QStringLiteral("SUPADESK_UPTIME_DIR=") + shellQuote(layout.logPath()),
        QStringLiteral("SUPADESK_PROBE_TARGETS=") + shellQuote(targets(settings)),
        QStringLiteral("SUPADESK_PROBE_TIMEOUT=%1").arg(std::max(1, settings.timeoutSeconds)),
    };
    if (!settings.stackEnvFile.isEmpty())
        lines.append(QStringLiteral("SUPADESK_STACK_ENV=") + shellQuote(settings.stackEnvFile));
    if (!settings.certificateName.isEmpty())
        lines.append(
            QStringLiteral("SUPADESK_CERT_MIN_DAYS=%1").arg(std::max(0, settings.certificateMinDays)));
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

UptimeProbeInstallPlan UptimeProbeInstallPlan::install(const UptimeProbeSettings &settings,
                                                       const UptimeProbeHost &host,
                                                       const UptimeProbeTemplates &templates,
                                                       const UptimeProbeLayout &layout)
{
    UptimeProbeInstallPlan plan;
    plan.systemd = host.systemd;
    plan.sudo = host.needsSudo();
    plan.logDirectory = layout.logPath();
    const int seconds = settings.intervalSeconds > 0 ? std::clamp(settings.intervalSeconds, 10, 3600)
                                                     : std::clamp(settings.intervalMinutes, 1, 59) * 60;
    // Cron starts jobs only at whole minutes: the interval is rounded up, never down, so the server
    // never probes more often than asked.
    const int every = (seconds + 59) / 60;
    // A whole number of minutes below an hour is a calendar timer (on the minute, like cron);
    // anything else runs that many seconds after the previous run.
    const bool calendar = seconds % 60 == 0 && every <= 59;
    plan.intervalMinutes = every;
    plan.requestedSeconds = seconds;
    plan.intervalSeconds = host.systemd ? seconds : every * 60;
    const auto run = [&plan](const QString &description, const QString &command) {
        UptimeProbeStep step;
        step.kind = UptimeProbeStep::Kind::Run;
        step.description = description;
        step.command = plan.asRoot(command);
        plan.steps.append(step);
    };
    const auto file = [&plan](const QString &description, const QString &path, const QByteArray &content,
                              const QString &mode) {
        UptimeProbeStep step;
        step.kind = UptimeProbeStep::Kind::InstallFile;
        step.description = description;
        step.path = path;
        step.content = content;
        step.mode = mode;
        plan.steps.append(step);
    };

    QStringList dirs = {layout.root + layout.libDir, layout.root + layout.configDir, layout.logPath(),
                        layout.root + (host.systemd ? layout.systemdDir : layout.cronDir)};
    if (settings.alerts)
        dirs.append(layout.alertPath());
    for (QString &d : dirs)
        d = shellQuote(d);
    run(tr("Create the probe's directories"), QStringLiteral("mkdir -p ") + dirs.join(QLatin1Char(' ')));
    file(tr("Install the probe script at %1").arg(layout.scriptPath()), layout.scriptPath(),
         endWithNewline(templates.script), QStringLiteral("0755"));
    file(tr("Write the probe's settings to %1").arg(layout.configPath()), layout.configPath(),
         configFile(settings, layout), QStringLiteral("0644"));
    if (settings.alerts) {
        // The alerter runs as part of the probe; its secrets go root-only (0600) and nowhere else.
        file(tr("Install the alerter at %1").arg(layout.alerterPath()), layout.alerterPath(),
             endWithNewline(settings.alerts->script), QStringLiteral("0755"));
        file(tr("Write the alert rules and channels to %1").arg(layout.alertConfigPath()),
             layout.alertConfigPath(),
             settings.alerts->config.configFile(layout.alertPath(), layout.alertSecretsPath()),
             QStringLiteral("0644"));
        file(tr("Write the channels' secrets to %1 (readable by root only)").arg(layout.alertSecretsPath()),
             layout.alertSecretsPath(), settings.alerts->config.secretsFile(), QStringLiteral("0600"));
    }

    const QString unit = UptimeProbeLayout::UnitName;
    if (host.systemd) {
        QByteArray service = withPaths(templates.service, layout);
        if (layout.logPath().toUtf8() != kDefaultLogDir) {
            service.replace("StateDirectory=supadesk/uptime", "ReadWritePaths=" + layout.logPath().toUtf8());
            service.replace("StateDirectory=supadesk/alerts",
                            "ReadWritePaths=" + layout.alertPath().toUtf8());
        }
        QByteArray timer = templates.timer;
        if (seconds != 60)
            timer.replace("probe every minute", "probe every " + QByteArray::number(seconds) + " seconds");
        if (!calendar)
            timer.replace("OnCalendar=*-*-* *:*:00", "OnActiveSec=" + QByteArray::number(seconds) +
                                                         "s\nOnUnitActiveSec=" + QByteArray::number(seconds) +
                                                         "s");
        else if (every > 1)
            timer.replace("OnCalendar=*-*-* *:*:00",
                          QByteArray("OnCalendar=*-*-* *:00/") + QByteArray::number(every) + ":00");
        file(tr("Install the systemd service at %1").arg(layout.servicePath()), layout.servicePath(),
             endWithNewline(service), QStringLiteral("0644"));
        file(tr("Install the systemd timer at %1").arg(layout.timerPath()), layout.timerPath(),
             endWithNewline(timer), QStringLiteral("0644"));
        // An earlier installation from before systemd would otherwise probe twice a minute.
        run(tr("Remove a cron entry of an earlier installation"),
            QStringLiteral("rm -f ") + shellQuote(layout.cronPath()));
        run(tr("Reload systemd"), QStringLiteral("systemctl daemon-reload"));
        run(tr("Enable and start the timer"), QStringLiteral("systemctl enable --now %1.timer").arg(unit));
        run(tr("Run the probe once"), QStringLiteral("systemctl start %1.service").arg(unit));
    } else {
        QByteArray cron = withPaths(templates.cron, layout);
        if (every > 59)
            cron.replace("\n* * * * * ", "\n0 * * * * ");
        else if (every > 1)
            cron.replace("\n* * * * * ", "\n*/" + QByteArray::number(every) + " * * * * ");
        file(tr("Install the cron entry at %1").arg(layout.cronPath()), layout.cronPath(),
             endWithNewline(cron), QStringLiteral("0644"));
        run(tr("Run the probe once"),
            QStringLiteral("SUPADESK_PROBE_CONFIG=%1 %2")
                .arg(shellQuote(layout.configPath()), shellQuote(layout.scriptPath())));
    }
    return plan;
}

UptimeProbeInstallPlan UptimeProbeInstallPlan::alertSettings(const UptimeProbeAlerts &alerts,
                                                             const UptimeProbeHost &host,
                                                             const UptimeProbeLayout &layout)
{
    UptimeProbeInstallPlan plan;
    plan.systemd = host.systemd;
    plan.sudo = host.needsSudo();
    plan.logDirectory = layout.logPath();
    UptimeProbeStep check;
    check.description = tr("Check that the alerter is installed at %1").arg(layout.alerterPath());
    check.command = plan.asRoot(QStringLiteral("test -x %1 || { echo 'The alerter is not installed on this "
                                               "server: install the uptime probe with alerts first.' >&2; "
                                               "exit 1; }")
                                    .arg(shellQuote(layout.alerterPath())));
    plan.steps.append(check);
    UptimeProbeStep config;
    config.kind = UptimeProbeStep::Kind::InstallFile;
    config.description = tr("Write the alert rules and channels to %1").arg(layout.alertConfigPath());
    config.path = layout.alertConfigPath();
    config.content = alerts.config.configFile(layout.alertPath(), layout.alertSecretsPath());
    config.mode = QStringLiteral("0644");
    plan.steps.append(config);
    UptimeProbeStep secrets;
    secrets.kind = UptimeProbeStep::Kind::InstallFile;
    secrets.description =
        tr("Write the channels' secrets to %1 (readable by root only)").arg(layout.alertSecretsPath());
    secrets.path = layout.alertSecretsPath();
    secrets.content = alerts.config.secretsFile();
    secrets.mode = QStringLiteral("0600");
    plan.steps.append(secrets);
    return plan;
}

UptimeProbeInstallPlan UptimeProbeInstallPlan::uninstall(const UptimeProbeHost &host,
                                                         const UptimeProbeLayout &layout)
{
    UptimeProbeInstallPlan plan;
    plan.systemd = host.systemd;
    plan.sudo = host.needsSudo();
    plan.removal = true;
    plan.logDirectory = layout.logPath();
    const auto run = [&plan](const QString &description, const QString &command) {
        UptimeProbeStep step;
        step.description = description;
        step.command = plan.asRoot(command);
        plan.steps.append(step);
    };
    const QString unit = UptimeProbeLayout::UnitName;
    if (host.systemd)
        run(tr("Stop and disable the timer"),
            QStringLiteral("systemctl disable --now %1.timer >/dev/null 2>&1 || true").arg(unit));
    QStringList files = {layout.scriptPath(),      layout.configPath(),      layout.servicePath(),
                         layout.timerPath(),       layout.cronPath(),        layout.alerterPath(),
                         layout.alertConfigPath(), layout.alertSecretsPath()};
    for (QString &f : files)
        f = shellQuote(f);
    run(tr("Remove the probe's files"), QStringLiteral("rm -f ") + files.join(QLatin1Char(' ')));
    if (host.systemd)
        run(tr("Reload systemd"), QStringLiteral("systemctl daemon-reload"));
    return plan;
}

QString UptimeProbeInstallPlan::installFileCommand(const QString &stagedPath, const UptimeProbeStep &step,
                                                   const QString &stamp) const
{
    const QString backup = step.path + QStringLiteral(".supadesk-backup-") + stamp;
    return asRoot(QStringLiteral("set -e; s=%1; t=%2; b=%3; mkdir -p \"$(dirname \"$t\")\"; "
                                 "if [ -e \"$t\" ] && ! cmp -s \"$s\" \"$t\"; then cp -p \"$t\" \"$b\"; "
                                 "echo \"backup: $b\"; fi; install -m %4 \"$s\" \"$t\"")
                      .arg(shellQuote(stagedPath), shellQuote(step.path), shellQuote(backup), step.mode));
}

QStringList UptimeProbeInstallPlan::summary() const
{
    QStringList lines;
    for (const UptimeProbeStep &step : steps)
        lines.append(step.description);
    if (removal)
        lines.append(
            tr("The probe's log in %1 stays, so the history already recorded is kept.").arg(logDirectory));
    else if (intervalSeconds % 60 != 0)
        lines.append(
            tr("The probe runs every %n second(s) and appends one line per check to a monthly log in %1.",
               nullptr, intervalSeconds)
                .arg(logDirectory));
    else
        lines.append(
            (intervalMinutes == 1
                 ? tr("The probe runs every minute and appends one line per check to a monthly log in %1.")
                 : tr("The probe runs every %n minute(s) and appends one line per check to a monthly "
                      "log in %1.",
                      nullptr, intervalMinutes))
                .arg(logDirectory));
    if (!removal && intervalSeconds != requestedSeconds)
        lines.append(tr("Without systemd the probe runs from cron, which starts jobs only in whole minutes: "
                        "every %n minute(s) instead of every %1 seconds.",
                        nullptr, intervalMinutes)
                         .arg(requestedSeconds));
    if (sudo)
        lines.append(tr("The commands run as root through “sudo -n”."));
    return lines;
}

} // namespace supadesk
