// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli uptime install-probe / remove-probe: the server-side uptime probe of a stack, installed
// or removed over SSH with the same UptimeProbeInstaller as the Uptime workspace and the Setup wizard.
#include "uptimeprobecommand.h"
#include "core/locale/displayformat.h"

#include "clistores.h"
#include "core/alerts/alertconfig.h"
#include "db/uptimestore.h"
#include "services/alerts/alertconfigstore.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace supadesk::cli {

namespace {

// Exit statuses: 0 done, 1 a step failed (the steps before it were done), 2 usage, 255 no connection.
constexpr int stepFailed = status(ExitStatus::Failed);
constexpr int usage = status(ExitStatus::Usage);
constexpr int noConnection = status(ExitStatus::NoConnection);

int usageError(CliContext &c, bool removal)
{
    c.err << (removal
                  ? QCoreApplication::translate("Cli", "Usage: supadesk-cli uptime remove-probe --stack NAME "
                                                       "[--root DIR]")
                  : QCoreApplication::translate(
                        "Cli",
                        "Usage: supadesk-cli uptime install-probe --stack NAME [--interval S] "
                        "[--gateway-port PORT] [--scheduler auto|systemd|cron] [--root DIR] [--alerts FILE]"))
          << Qt::endl;
    return usage;
}

// The stack's alert rules and channels from a JSON file (AlertConfig::toJson), each channel's secret
// from the keychain; the database rules ask the database the probe probes.
Result<UptimeProbeAlerts> readAlerts(const QString &path, const Stack &stack,
                                     const UptimeProbeSettings &probe)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::CliUsage, QCoreApplication::translate("Cli", "Cannot read %1.").arg(path)};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error{ErrorCode::AlertRule, QCoreApplication::translate("Cli", "%1 is not a JSON object: %2")
                                               .arg(path, parseError.errorString())};
    Result<AlertConfig> config = AlertConfig::fromJson(doc.object());
    if (!config)
        return config.error();
    SecretStore keychain(AppPaths::keychainService());
    return AlertConfigStore::prepare(std::move(config).value(), stack, probe, keychain, stack.id);
}

} // namespace

int runUptimeProbe(CliContext &c, bool removal)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("interval"),
         QCoreApplication::translate("Cli", "Seconds between probes, %1 to %2 (default: the stack's probe "
                                            "interval); kept as the stack's probe interval.")
             .arg(UptimeStackSettings::MinIntervalSeconds)
             .arg(UptimeStackSettings::MaxIntervalSeconds),
         QStringLiteral("S")},
        {QStringLiteral("gateway-port"),
         QCoreApplication::translate(
             "Cli",
             "The API gateway's port on the server (default: the stack's); 0: probe the database only."),
         QStringLiteral("PORT")},
        {QStringLiteral("scheduler"),
         QCoreApplication::translate(
             "Cli",
             "What runs the probe: auto (a systemd timer where systemd runs, else cron), systemd or cron."),
         QStringLiteral("KIND"), QStringLiteral("auto")},
        {QStringLiteral("root"),
         QCoreApplication::translate("Cli", "Install under DIR instead of / (a scratch server for a test or "
                                            "a demo)."),
         QStringLiteral("DIR")},
        {QStringLiteral("alerts"),
         QCoreApplication::translate("Cli", "Install the alerter with the rules and channels of FILE (JSON); "
                                            "the channels' secrets come from the stack's keychain entries "
                                            "(supadesk-cli alerts set-secret)."),
         QStringLiteral("FILE")},
    });
    SshCliOptions::addTo(parser);
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (!parser.isSet(QStringLiteral("stack")) || !parser.positionalArguments().isEmpty())
        return usageError(c, removal);
    if (removal &&
        (parser.isSet(QStringLiteral("interval")) || parser.isSet(QStringLiteral("gateway-port")))) {
        c.err << QCoreApplication::translate("Cli", "--interval and --gateway-port apply to install-probe.")
              << Qt::endl;
        return usage;
    }
    const QString name = parser.value(QStringLiteral("stack"));
    const auto stack = StackRepository::forCurrentProfile().findByName(name);
    if (!stack) {
        c.err << QCoreApplication::translate("Cli", "There is no stack called \"%1\".").arg(name) << Qt::endl;
        return usage;
    }

    UptimeProbeInstaller::Scheduler scheduler = UptimeProbeInstaller::Scheduler::Automatic;
    const QString kind = parser.value(QStringLiteral("scheduler"));
    if (kind == QLatin1String("systemd")) {
        scheduler = UptimeProbeInstaller::Scheduler::Systemd;
    } else if (kind == QLatin1String("cron")) {
        scheduler = UptimeProbeInstaller::Scheduler::Cron;
    } else if (kind != QLatin1String("auto")) {
        c.err << QCoreApplication::translate("Cli", "--scheduler must be auto, systemd or cron.") << Qt::endl;
        return usage;
    }
    UptimeProbeLayout layout;
    if (parser.isSet(QStringLiteral("root"))) {
        layout.root = QDir::cleanPath(parser.value(QStringLiteral("root")));
        if (!QDir::isAbsolutePath(layout.root)) {
            c.err << QCoreApplication::translate("Cli", "--root must be an absolute path on the server.")
                  << Qt::endl;
            return usage;
        }
        if (layout.root == QLatin1String("/"))
            layout.root.clear();
    }

    const std::unique_ptr<UptimeStore> history = openUptimeStore(c.err);
    if (!history)
        return stepFailed;
    UptimeStore &store = *history;
    const Result<UptimeStackSettings> current = store.probeSettings(stack->id);
    if (!current.ok())
        return fail(c, current.error());
    UptimeStackSettings stackSettings = current.value();
    if (parser.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        stackSettings.probeIntervalSeconds = parser.value(QStringLiteral("interval")).toInt(&ok);
        if (!ok || stackSettings.bounded() != stackSettings) {
            c.err << QCoreApplication::translate("Cli",
                                                 "--interval must be a whole number of seconds from %1 "
                                                 "to %2.")
                         // The bounds of a value typed on the command line, written as it is typed (3600,
                         // not 3,600 or 3 600).
                         .arg(UptimeStackSettings::MinIntervalSeconds)
                         .arg(UptimeStackSettings::MaxIntervalSeconds)
                  << Qt::endl;
            return usage;
        }
    }
    UptimeProbeSettings settings = UptimeProbeSettings::forStack(*stack, stackSettings.probeIntervalSeconds);
    if (parser.isSet(QStringLiteral("gateway-port"))) {
        bool ok = false;
        settings.gatewayPort = parser.value(QStringLiteral("gateway-port")).toInt(&ok);
        if (!ok || settings.gatewayPort < 0 || settings.gatewayPort > 65535) {
            c.err << QCoreApplication::translate("Cli", "--gateway-port must be a port from 0 to 65535.")
                  << Qt::endl;
            return usage;
        }
    }

    if (!removal && parser.isSet(QStringLiteral("alerts"))) {
        Result<UptimeProbeAlerts> alerts =
            readAlerts(parser.value(QStringLiteral("alerts")), *stack, settings);
        if (!alerts)
            return fail(c, alerts.error());
        settings.alerts = std::move(alerts).value();
    }

    auto ssh = SshCliOptions::read(parser);
    if (!ssh.ok())
        return fail(c, ssh.error());
    ssh.value().forwards.clear(); // the installer needs the session only, no local ports
    StackConnection connection(ssh.value());
    if (const Status connected = connectAndWait(connection); !connected.ok()) {
        c.err << connected.error().message << Qt::endl;
        if (connected.error().id == ErrorCode::SshHostKeyUnknown)
            c.err << QCoreApplication::translate("Cli",
                                                 "Run again with --accept-new-host-key to trust this key.")
                  << Qt::endl;
        return noConnection; // whatever the code
    }

    UptimeProbeInstaller installer(&connection);
    installer.setLayout(layout);
    installer.setScheduler(scheduler);
    QObject::connect(
        &installer, &UptimeProbeInstaller::stepFinished, [&](int index, const UptimeProbeStepOutcome &o) {
            c.out << QCoreApplication::translate("Cli", "[%1/%2] %3: %4")
                         .arg(DisplayFormat().number(index + 1),
                              DisplayFormat().number(qint64(installer.plan().steps.size())), o.description,
                              o.ok ? QCoreApplication::translate("Cli", "done")
                                   : QCoreApplication::translate("Cli", "failed"))
                  << Qt::endl;
            if (!o.backupPath.isEmpty())
                c.out << QCoreApplication::translate("Cli", "The earlier file was kept as %1.")
                             .arg(o.backupPath)
                      << Qt::endl;
        });
    UptimeProbeInstallReport report;
    QEventLoop loop;
    QObject::connect(&installer, &UptimeProbeInstaller::finished, &loop,
                     [&](const UptimeProbeInstallReport &r) {
                         report = r;
                         loop.quit();
                     });
    const Status started = removal ? installer.uninstall() : installer.install(settings);
    if (!started.ok())
        return fail(c, started.error());
    loop.exec();
    connection.disconnectFromStack();
    if (!report.ok) {
        c.err << report.error.message << Qt::endl;
        return stepFailed; // a step failed once connected, whatever its code (docs/cli.md)
    }
    if (removal) {
        c.out << QCoreApplication::translate("Cli",
                                             "The uptime probe was removed from \"%1\"; its log stays in %2.")
                     .arg(stack->name, report.logDirectory)
              << Qt::endl;
        return 0;
    }
    // `uptime --pull` and the Uptime workspace read the logs where this installation writes them, at
    // the interval it probes.
    Status kept = store.setProbeLogDirectory(stack->id, report.logDirectory);
    if (kept.ok() && stackSettings != current.value()) {
        kept = store.setProbeSettings(stack->id, stackSettings);
        if (kept.ok())
            kept = store.rebuild(stack->id);
    }
    if (!kept.ok())
        c.err << kept.error().message << Qt::endl;
    for (const QString &line : installer.plan().summary().mid(installer.plan().steps.size()))
        c.out << line << Qt::endl;
    c.out << QCoreApplication::translate("Cli", "The uptime probe is installed on \"%1\".").arg(stack->name)
          << Qt::endl;
    return kept.ok() ? 0 : stepFailed;
}

} // namespace supadesk::cli
