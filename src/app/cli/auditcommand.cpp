// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli audit: every check of the production checklist against one stack, as a table or JSON, with an
// exit status a cron job or CI can act on (0 nothing failed, 1 a check failed, 2 usage or no connection).
#include "clicontext.h"
#include "clistores.h"
#include "core/audit/auditresult.h"
#include "services/apppaths.h"
#include "services/audit/auditcheckgroup.h"
#include "services/audit/auditrunner.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <memory>

namespace supadesk::cli {

namespace {

QString statusLabel(AuditStatus status)
{
    switch (status) {
    case AuditStatus::Pass:
        return QCoreApplication::translate("AuditCommand", "pass");
    case AuditStatus::Warn:
        return QCoreApplication::translate("AuditCommand", "warn");
    case AuditStatus::Fail:
        return QCoreApplication::translate("AuditCommand", "FAIL");
    case AuditStatus::Unknown:
        break;
    }
    return QCoreApplication::translate("AuditCommand", "could not check");
}

// The stack to audit: the named one, or one made from the ad hoc SSH options and --install-dir/--db-port.
Result<Stack> auditedStack(const QCommandLineParser &parser, const StackConnection::Settings &settings)
{
    if (parser.isSet(QStringLiteral("stack"))) {
        const auto stack =
            StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
        if (!stack)
            return Error{ErrorCode::CliNoStack,
                         QCoreApplication::translate("AuditCommand", "There is no stack called \"%1\".")
                             .arg(parser.value(QStringLiteral("stack")))};
        return *stack;
    }
    Stack stack;
    stack.id = QStringLiteral("adhoc");
    stack.name = settings.ssh.host;
    stack.sshHost = settings.ssh.host;
    stack.sshPort = settings.ssh.port;
    stack.sshUser = settings.ssh.user;
    stack.authMethod = settings.ssh.auth;
    stack.keyFile = settings.ssh.keyFile;
    stack.jumpHosts = settings.ssh.proxyJump;
    if (parser.isSet(QStringLiteral("install-dir")))
        stack.installDir = parser.value(QStringLiteral("install-dir"));
    if (parser.isSet(QStringLiteral("db-port"))) {
        bool ok = false;
        stack.dbPort = parser.value(QStringLiteral("db-port")).toInt(&ok);
        if (!ok || stack.dbPort <= 0 || stack.dbPort > 65535)
            return Error{ErrorCode::CliUsage,
                         QCoreApplication::translate("AuditCommand",
                                                     "The database port must be a number from 1 to 65535.")};
    }
    if (parser.isSet(QStringLiteral("gateway-port"))) {
        bool ok = false;
        stack.gatewayPort = parser.value(QStringLiteral("gateway-port")).toInt(&ok);
        if (!ok || stack.gatewayPort <= 0 || stack.gatewayPort > 65535)
            return Error{ErrorCode::CliUsage,
                         QCoreApplication::translate("AuditCommand",
                                                     "The gateway port must be a number from 1 to 65535.")};
    }
    return stack;
}

void printTable(QTextStream &out, const AuditReport &report)
{
    const QLocale locale;
    out << QCoreApplication::translate("AuditCommand", "Audit of %1, %2")
               .arg(report.stackName, locale.toString(report.startedAt.toLocalTime(), QLocale::ShortFormat))
        << Qt::endl;
    int idWidth = 0;
    int statusWidth = 0;
    for (const AuditCheckResult &check : report.checks) {
        idWidth = qMax(idWidth, int(check.id.size()));
        statusWidth = qMax(statusWidth, int(statusLabel(check.status).size()));
    }
    for (const AuditCheckResult &check : report.checks) {
        out << statusLabel(check.status).leftJustified(statusWidth) << QLatin1String("  ")
            << check.id.leftJustified(idWidth) << QLatin1String("  ") << check.title << Qt::endl;
        const QString indent(statusWidth + idWidth + 4, QLatin1Char(' '));
        if (!check.evidence.isEmpty())
            out << indent << check.evidence << Qt::endl;
        if (check.status == AuditStatus::Fail || check.status == AuditStatus::Warn) {
            if (!check.fixText.isEmpty())
                out << indent << QCoreApplication::translate("AuditCommand", "Fix: %1").arg(check.fixText)
                    << Qt::endl;
        }
    }
    const int score = report.score();
    out << Qt::endl
        << QCoreApplication::translate(
               "AuditCommand",
               "Score: %1 of 100; %2 failed, %3 warnings, %4 could not be checked, %5 passed.")
               .arg(score < 0 ? QCoreApplication::translate("AuditCommand", "none") : locale.toString(score),
                    locale.toString(report.count(AuditStatus::Fail)),
                    locale.toString(report.count(AuditStatus::Warn)),
                    locale.toString(report.count(AuditStatus::Unknown)),
                    locale.toString(report.count(AuditStatus::Pass)))
        << Qt::endl;
    if (report.cancelled)
        out << QCoreApplication::translate("AuditCommand",
                                           "The audit was cancelled before every check had run.")
            << Qt::endl;
}

int runAudit(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("check"),
         QCoreApplication::translate("AuditCommand", "Run only this check (repeatable); see --list-checks."),
         QStringLiteral("ID")},
        {QStringLiteral("list-checks"),
         QCoreApplication::translate("AuditCommand", "Print the ids of every check and exit.")},
        {QStringLiteral("json"),
         QCoreApplication::translate("AuditCommand", "Print the report as one JSON object.")},
        {QStringLiteral("install-dir"),
         QCoreApplication::translate(
             "AuditCommand", "Without --stack: the folder of the server's docker-compose.yml and .env."),
         QStringLiteral("DIR")},
        {QStringLiteral("db-port"),
         QCoreApplication::translate("AuditCommand", "Without --stack: the database port on the server."),
         QStringLiteral("N")},
        {QStringLiteral("gateway-port"),
         QCoreApplication::translate("AuditCommand",
                                     "Without --stack: the API gateway's port on the server."),
         QStringLiteral("N")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QStringList known = allAuditCheckIds();
    if (parser.isSet(QStringLiteral("list-checks"))) {
        for (const QString &id : known)
            c.out << id << Qt::endl;
        return 0;
    }
    AuditOptions options;
    for (const QString &id : parser.values(QStringLiteral("check"))) {
        if (!known.contains(id))
            return fail(
                c, Error{ErrorCode::AuditCheckUnknown,
                         QCoreApplication::translate(
                             "AuditCommand",
                             "There is no audit check \"%1\"; supadesk-cli audit --list-checks lists them.")
                             .arg(id)});
        options.checks.append(id);
    }
    const Result<StackConnection::Settings> read = SshCliOptions::read(parser);
    if (!read.ok())
        return fail(c, read.error());
    const Result<Stack> stack = auditedStack(parser, read.value());
    if (!stack.ok())
        return fail(c, stack.error());

    StackConnection::Settings settings = read.value();
    if (!parser.isSet(QStringLiteral("stack"))) {
        // An ad hoc target gets the forwards a stack would have: its database, pooler and gateway.
        settings.forwards = StackConnection::settingsFor(stack.value()).forwards;
    }
    auto connection = std::make_unique<StackConnection>(settings);
    if (const Status connected = connectAndWait(*connection); !connected.ok()) {
        c.err << connected.error().message << Qt::endl;
        // Not reaching the server is not a failed check: cron and CI tell the two apart by the status.
        return status(ExitStatus::Usage);
    }

    AuditTarget target;
    target.stack = stack.value();
    target.connection = connection.get();
    target.databasePassword = qEnvironmentVariable("PGPASSWORD");
    if (target.databasePassword.isEmpty() && parser.isSet(QStringLiteral("stack"))) {
        if (const auto password = SecretStore(AppPaths::keychainService())
                                      .readNow(target.stack.id, SecretStore::DatabasePassword);
            password.ok())
            target.databasePassword = password.value();
    }
    if (parser.isSet(QStringLiteral("stack")))
        if (const std::optional<DrillResult> drill = lastDrill(target.stack.id))
            options.lastDrills.insert(target.stack.id, *drill);
    const Result<AuditReport> report = AuditRunner::runBlocking(target, options);
    connection->disconnectFromStack();
    if (!report.ok()) {
        c.err << report.error().message << Qt::endl;
        return status(ExitStatus::Usage);
    }
    if (parser.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(auditReportToJson(report.value())).toJson(QJsonDocument::Indented);
    else
        printTable(c.out, report.value());
    return report.value().count(AuditStatus::Fail) > 0 ? status(ExitStatus::Failed) : status(ExitStatus::Ok);
}

} // namespace

REGISTER_CLI_COMMAND("audit", QT_TRANSLATE_NOOP("Cli", "Check a stack against the production checklist"),
                     runAudit);

} // namespace supadesk::cli
