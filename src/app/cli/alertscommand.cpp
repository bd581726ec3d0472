// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli alerts test: a test message through one alert channel, sent by the server-side alerter
// on the stack's server (over SSH, as root or through sudo -n), or locally from an alerts.conf for a
// test; prints the channel's answer. Exit 0 delivered; alert.channel when the channel refused it (its
// reason printed) or did not answer; alert.channel.unknown when there is no such channel.
#include "clicontext.h"
#include "core/alerts/alertchannel.h"
#include "core/alerts/alertlog.h"
#include "core/alerts/alertrule.h"
#include "core/shellquote.h"
#include "core/uptime/uptimeprobeinstallplan.h"
#include "services/alerts/alertconfigstore.h"
#include "services/apppaths.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "services/uptime/uptimeprobeinstaller.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryFile>
#include <QTextStream>

namespace supadesk::cli {

namespace {

constexpr int usage = status(ExitStatus::Usage);

int usageError(CliContext &c)
{
    c.err << QCoreApplication::translate(
                 "AlertsCommand",
                 "Usage: supadesk-cli alerts test (--stack NAME | --config FILE) --channel ID\n"
                 "       supadesk-cli alerts set-secret --stack NAME --channel ID < SECRET\n"
                 "       supadesk-cli alerts history --stack NAME [--json]")
          << Qt::endl;
    return usage;
}

// The alerter's answer: its exit status (0 delivered, 1 refused, 2 not reached, 3 no such channel)
// and what the channel said.
int report(CliContext &c, int exitStatus, const QString &answer, const QString &channel)
{
    const QString said = answer.trimmed();
    switch (exitStatus) {
    case 0:
        c.out
            << QCoreApplication::translate("AlertsCommand", "Delivered through \"%1\": %2").arg(channel, said)
            << Qt::endl;
        return 0;
    case 1:
        return fail(c, Error{ErrorCode::AlertChannel,
                             QCoreApplication::translate("AlertsCommand",
                                                         "The channel \"%1\" refused the message: %2")
                                 .arg(channel, said)});
    case 3:
        return fail(c, Error{ErrorCode::AlertChannelUnknown,
                             QCoreApplication::translate("AlertsCommand",
                                                         "There is no alert channel \"%1\" on this server.")
                                 .arg(channel)});
    default:
        return fail(c, Error{ErrorCode::AlertChannel,
                             QCoreApplication::translate("AlertsCommand",
                                                         "The channel \"%1\" could not be reached: %2")
                                 .arg(channel, said)});
    }
}

int testLocally(CliContext &c, const QString &config, const QString &channel)
{
    if (!QFileInfo(config).isReadable())
        return fail(c, Error{ErrorCode::CliUsage,
                             QCoreApplication::translate("AlertsCommand", "Cannot read %1.").arg(config)});
    const Result<QByteArray> alerter = UptimeProbeInstaller::shippedAlerter();
    if (!alerter)
        return fail(c, alerter.error());
    QTemporaryFile script;
    if (!script.open() || script.write(alerter.value()) < 0 || !script.flush())
        return fail(c, Error{ErrorCode::AlertChannel,
                             QCoreApplication::translate("AlertsCommand",
                                                         "Cannot write the alerter to a temporary file.")});
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SUPADESK_ALERT_CONFIG"), QFileInfo(config).absoluteFilePath());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {script.fileName(), QStringLiteral("--test"), channel});
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return fail(c, Error{ErrorCode::AlertChannel,
                             QCoreApplication::translate("AlertsCommand", "The alerter did not finish.")});
    const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
    if (p.exitCode() == 2 && p.readAllStandardOutput().trimmed().isEmpty() && !err.isEmpty())
        return fail(c, Error{ErrorCode::AlertChannel, err});
    return report(c, p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), channel);
}

// Runs `command` (built from the alerter's layout) as root on the stack's server: the alerter's
// files are root's (its secrets 0600), so another login goes through sudo -n.
Result<ExecResult> runOnServer(const QCommandLineParser &parser,
                               const std::function<QString(const UptimeProbeLayout &)> &command)
{
    const QString name = parser.value(QStringLiteral("stack"));
    if (!StackRepository::forCurrentProfile().findByName(name))
        return Error{
            ErrorCode::CliNoStack,
            QCoreApplication::translate("AlertsCommand", "There is no stack called \"%1\".").arg(name)};
    auto ssh = SshCliOptions::read(parser);
    if (!ssh.ok())
        return ssh.error();
    ssh.value().forwards.clear();
    StackConnection connection(ssh.value());
    if (const Status connected = connectAndWait(connection); !connected.ok())
        return connected.error();
    UptimeProbeLayout layout;
    if (parser.isSet(QStringLiteral("root")))
        layout.root = parser.value(QStringLiteral("root"));
    const QString text = command(layout);
    const QString wrapped = QStringLiteral("if [ \"$(id -u)\" = 0 ]; then %1; else sudo -n sh -c %2; fi")
                                .arg(text, shellQuote(text));
    Result<ExecResult> result = Error{ErrorCode::AlertChannel, QString()};
    QEventLoop loop;
    connection.exec(wrapped, &loop, [&](Result<ExecResult> r) {
        result = std::move(r);
        loop.quit();
    });
    loop.exec();
    connection.disconnectFromStack();
    return result;
}

int testOnServer(CliContext &c, const QCommandLineParser &parser, const QString &channel)
{
    const QString name = parser.value(QStringLiteral("stack"));
    const Result<ExecResult> result = runOnServer(parser, [&channel](const UptimeProbeLayout &layout) {
        return QStringLiteral("SUPADESK_ALERT_CONFIG=%1 %2 --test %3")
            .arg(shellQuote(layout.alertConfigPath()), shellQuote(layout.alerterPath()), shellQuote(channel));
    });
    if (!result)
        return fail(c, result.error());
    const ExecResult &r = result.value();
    if (r.exitStatus == 2 || r.exitStatus == 127 || r.exitStatus == 126)
        return fail(c, Error{ErrorCode::AlertChannel,
                             QCoreApplication::translate(
                                 "AlertsCommand", "The alerter is not installed on \"%1\" or cannot run: %2")
                                 .arg(name, QString::fromUtf8(r.standardError).trimmed())});
    return report(c, r.exitStatus, QString::fromUtf8(r.standardOutput), channel);
}

// What the server's alerter did: its alerts.log (the last 1000 lines), as a table or JSON.
int history(CliContext &c, const QCommandLineParser &parser)
{
    const Result<ExecResult> result = runOnServer(parser, [](const UptimeProbeLayout &layout) {
        const QString log = shellQuote(layout.alertPath() + QStringLiteral("/alerts.log"));
        return QStringLiteral("if [ -e %1 ]; then tail -n 1000 %1; fi").arg(log);
    });
    if (!result)
        return fail(c, result.error());
    if (result.value().exitStatus != 0)
        return fail(
            c, Error{ErrorCode::AlertChannel, QString::fromUtf8(result.value().standardError).trimmed()});
    const QList<AlertLogEntry> entries = AlertLog::parse(result.value().standardOutput);
    if (parser.isSet(QStringLiteral("json"))) {
        c.out << QJsonDocument(AlertLog::toJson(entries)).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (entries.isEmpty())
        c.out << QCoreApplication::translate("AlertsCommand", "The alerter has sent nothing yet.")
              << Qt::endl;
    for (const AlertLogEntry &e : entries)
        c.out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                     .arg(e.at.toString(Qt::ISODate), e.rule, e.event, e.channel, e.result, e.detail)
              << Qt::endl;
    return 0;
}

// The channel's secret from standard input (one line) into the stack's keychain entries, where
// `uptime install-probe --alerts` finds it: never on the command line.
int setSecret(CliContext &c, const QCommandLineParser &parser, const QString &channel)
{
    const QString name = parser.value(QStringLiteral("stack"));
    const auto stack = StackRepository::forCurrentProfile().findByName(name);
    if (!stack)
        return fail(
            c,
            Error{
                ErrorCode::CliNoStack,
                QCoreApplication::translate("AlertsCommand", "There is no stack called \"%1\".").arg(name)});
    if (!AlertRules::validId(channel))
        return fail(
            c,
            Error{ErrorCode::AlertChannelUnknown,
                  QCoreApplication::translate("AlertsCommand", "\"%1\" is not a channel id.").arg(channel)});
    QTextStream in(stdin);
    const QString secret = in.readLine().trimmed();
    if (secret.isEmpty())
        return fail(c, Error{ErrorCode::CliUsage,
                             QCoreApplication::translate("AlertsCommand",
                                                         "Give the channel's secret on standard input.")});
    if (const Status written = SecretStore(AppPaths::keychainService())
                                   .writeNow(stack->id, AlertChannels::secretName(channel), secret);
        !written)
        return fail(c, written.error());
    AlertConfigStore(AppPaths::settingsFile()).rememberSecret(stack->id, channel);
    c.out << QCoreApplication::translate("AlertsCommand", "The secret of \"%1\" is in the keychain.")
                 .arg(channel)
          << Qt::endl;
    return 0;
}

int runAlerts(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("test|set-secret|history"),
        QCoreApplication::translate("AlertsCommand",
                                    "test: send a test message through one channel; set-secret: "
                                    "keep a channel's secret, read from standard input, in the "
                                    "stack's keychain entries; history: what the server's alerter "
                                    "sent and whether it arrived."));
    parser.addOptions({
        {QStringLiteral("json"), QCoreApplication::translate("AlertsCommand", "history: print JSON.")},
        {QStringLiteral("channel"), QCoreApplication::translate("AlertsCommand", "The channel's id."),
         QStringLiteral("ID")},
        {QStringLiteral("config"),
         QCoreApplication::translate(
             "AlertsCommand",
             "An alerts.conf to send from this computer instead of the stack's server (its secrets file "
             "is the one it names)."),
         QStringLiteral("FILE")},
        {QStringLiteral("root"),
         QCoreApplication::translate("AlertsCommand",
                                     "The alerter was installed under DIR instead of / (supadesk-cli uptime "
                                     "install-probe "
                                     "--root)."),
         QStringLiteral("DIR")},
    });
    SshCliOptions::addTo(parser);
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    if (positional == QStringList{QStringLiteral("history")} && parser.isSet(QStringLiteral("stack")) &&
        !parser.isSet(QStringLiteral("config")))
        return history(c, parser);
    if (positional == QStringList{QStringLiteral("set-secret")} && parser.isSet(QStringLiteral("stack")) &&
        parser.isSet(QStringLiteral("channel")) && !parser.isSet(QStringLiteral("config")))
        return setSecret(c, parser, parser.value(QStringLiteral("channel")));
    if (positional != QStringList{QStringLiteral("test")} || !parser.isSet(QStringLiteral("channel")) ||
        parser.isSet(QStringLiteral("stack")) == parser.isSet(QStringLiteral("config")))
        return usageError(c);
    const QString channel = parser.value(QStringLiteral("channel"));
    if (parser.isSet(QStringLiteral("config")))
        return testLocally(c, parser.value(QStringLiteral("config")), channel);
    return testOnServer(c, parser, channel);
}

} // namespace

REGISTER_CLI_COMMAND("alerts", QT_TRANSLATE_NOOP("Cli", "Send a test alert through a channel"), runAlerts);

} // namespace supadesk::cli
