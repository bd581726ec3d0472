// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli replica add|status|promote|rejoin: a streaming standby made, watched, promoted and
// re-joined. The form given here names the clusters directly (a primary's DSN, the standby's data
// directory and port on this machine), for single-host use and tests; exit 0 done, 1 refused or
// failed (with the error's code), 2 usage.
#include "clicontext.h"
#include "core/replication/replicarules.h"
#include "db/pgconninfo.h"
#include "services/replication/hostcommandrunner.h"
#include "services/replication/replicafailover.h"
#include "services/replication/replicasetup.h"
#include "services/replication/replicastatusreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace supadesk::cli {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("ReplicaCommand", text);
}

const QString kJson = QStringLiteral("json");

QCommandLineOption option(const char *name, const char *help, const char *value = nullptr,
                          const char *defaultValue = nullptr)
{
    QCommandLineOption o =
        value ? QCommandLineOption(QString::fromLatin1(name), t(help), QString::fromLatin1(value))
              : QCommandLineOption(QString::fromLatin1(name), t(help));
    if (defaultValue)
        o.setDefaultValue(QString::fromLatin1(defaultValue));
    return o;
}

Result<PostgresDsn> dsnOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return Error{ErrorCode::CliUsage,
                     QCoreApplication::translate("ReplicaCommand", "--%1 is required.").arg(name)};
    return PgConnInfo::parse(parser.value(name));
}

Result<int> portOption(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const int port = parser.value(name).toInt(&ok);
    if (!parser.isSet(name) || !ok || port <= 0 || port > 65535)
        return Error{ErrorCode::CliUsage, QCoreApplication::translate(
                                              "ReplicaCommand", "--%1 must be a port number from 1 to 65535.")
                                              .arg(name)};
    return port;
}

// The standby's DSN: given, or the primary's with the standby's host and port (it is a copy, so the
// same login works on it).
Result<PostgresDsn> standbyDsn(const QCommandLineParser &parser, const PostgresDsn &primary,
                               const QString &portName)
{
    if (parser.isSet(QStringLiteral("standby-dsn")))
        return PgConnInfo::parse(parser.value(QStringLiteral("standby-dsn")));
    const Result<int> port = portOption(parser, portName);
    if (!port.ok())
        return port.error();
    PostgresDsn dsn = primary;
    dsn.host = parser.value(QStringLiteral("standby-host"));
    dsn.port = port.value();
    return dsn;
}

int finish(CliContext &c, bool json, const Status &status, QJsonObject body = {})
{
    if (json) {
        body.insert(QStringLiteral("ok"), status.ok());
        if (!status.ok()) {
            body.insert(QStringLiteral("error"), status.error().code);
            body.insert(QStringLiteral("message"), status.error().message);
        }
        c.out << QJsonDocument(body).toJson(QJsonDocument::Indented);
        return status.ok() ? 0 : ErrorCatalogue::exitStatus(status.error().id);
    }
    if (!status.ok())
        return fail(c, status.error());
    return 0;
}

int runAdd(CliContext &c, QCommandLineParser &parser)
{
    const bool json = parser.isSet(kJson);
    const Result<PostgresDsn> primary = dsnOption(parser, QStringLiteral("primary-dsn"));
    if (!primary.ok())
        return fail(c, primary.error());
    if (!parser.isSet(QStringLiteral("standby-data-dir")))
        return fail(c, Error{ErrorCode::CliUsage, QCoreApplication::translate(
                                                      "ReplicaCommand", "--standby-data-dir is required.")});
    const Result<PostgresDsn> standby = standbyDsn(parser, primary.value(), QStringLiteral("standby-port"));
    if (!standby.ok())
        return fail(c, standby.error());

    LocalCommandRunner local;
    ReplicaSetupRequest request;
    request.primaryDsn = primary.value();
    request.standbyDsn = standby.value();
    request.primaryHost = &local;
    request.standbyHost = &local;
    ReplicaSetupOptions &o = request.options;
    o.primaryHost = parser.isSet(QStringLiteral("primary-host"))
                        ? parser.value(QStringLiteral("primary-host"))
                        : primary.value().host;
    o.primaryPort = primary.value().port > 0 ? primary.value().port : 5432;
    o.standbyAddress = parser.value(QStringLiteral("standby-host"));
    o.standbyDataDir = QDir::cleanPath(parser.value(QStringLiteral("standby-data-dir")));
    o.standbyPort = standby.value().port;
    o.role = parser.value(QStringLiteral("role"));
    o.slot = parser.isSet(QStringLiteral("slot"))
                 ? parser.value(QStringLiteral("slot"))
                 : ReplicaRules::slotName(QFileInfo(o.standbyDataDir).fileName());
    o.binDir = parser.value(QStringLiteral("bin-dir"));
    o.synchronous = parser.isSet(QStringLiteral("synchronous"));
    // An existing role's password comes from the environment, never from the command line.
    request.password = qEnvironmentVariable("SUPADESK_REPLICATION_PASSWORD");

    ReplicaSetup setup;
    QObject::connect(&setup, &ReplicaSetup::planReady, [&](const QString &plan) {
        c.err << QCoreApplication::translate("ReplicaCommand", "The standby setup will run these steps:")
              << Qt::endl
              << plan << Qt::endl;
    });
    QObject::connect(&setup, &ReplicaSetup::logLine, [&](const QString &line) { c.err << line << Qt::endl; });
    int lastPercent = -1;
    QObject::connect(&setup, &ReplicaSetup::progress, [&](int percent) {
        if (percent / 10 != lastPercent / 10)
            c.err << QCoreApplication::translate("ReplicaCommand", "Copy: %1%").arg(percent) << Qt::endl;
        lastPercent = percent;
    });
    const ReplicaSetupOutcome outcome = setup.run(request, parser.isSet(QStringLiteral("dry-run")));
    QJsonArray steps;
    for (int i = 0; i < outcome.report.steps.size(); ++i) {
        const ApplyStep &s = outcome.report.steps.at(i);
        const ApplyStepOutcome &r = outcome.report.outcomes.at(i);
        steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("description"), s.description},
                                 {QStringLiteral("status"), ApplyReport::statusKey(r.status)},
                                 {QStringLiteral("message"), r.message}});
        if (!json)
            c.out << QStringLiteral("%1. %2: %3").arg(i + 1).arg(s.id, ApplyReport::statusName(r.status))
                  << Qt::endl;
    }
    if (outcome.ok() && !json && !outcome.report.dryRun)
        c.out << QCoreApplication::translate("ReplicaCommand",
                                             "The standby at %1 streams from the primary on the slot %2.")
                     .arg(o.standbyDataDir, o.slot)
              << Qt::endl;
    const Status status = outcome.ok() ? success() : Status(outcome.error);
    return finish(c, json, status,
                  QJsonObject{{QStringLiteral("slot"), o.slot},
                              {QStringLiteral("role"), o.role},
                              {QStringLiteral("standby_data_dir"), o.standbyDataDir},
                              {QStringLiteral("steps"), steps}});
}

QString seconds(double s)
{
    return s < 0 ? QStringLiteral("-") : QLocale().toString(s, 'f', 1) + QStringLiteral(" s");
}

int runStatus(CliContext &c, QCommandLineParser &parser)
{
    const Result<PostgresDsn> primary = dsnOption(parser, QStringLiteral("primary-dsn"));
    if (!primary.ok())
        return fail(c, primary.error());
    std::optional<PostgresDsn> standby;
    if (parser.isSet(QStringLiteral("standby-dsn")) || parser.isSet(QStringLiteral("standby-port"))) {
        const Result<PostgresDsn> dsn = standbyDsn(parser, primary.value(), QStringLiteral("standby-port"));
        if (!dsn.ok())
            return fail(c, dsn.error());
        standby = dsn.value();
    }
    const Result<ReplicaStatus> status = ReplicaStatusReader::read(primary.value(), standby);
    if (!status.ok())
        return finish(c, parser.isSet(kJson), status.error());
    const ReplicaStatus &s = status.value();
    if (parser.isSet(kJson))
        return finish(c, true, success(), s.toJson());
    const QLocale locale;
    c.out
        << QCoreApplication::translate("ReplicaCommand", "Standbys of the primary: %1").arg(s.senders.size())
        << Qt::endl;
    for (const ReplicaSender &r : s.senders)
        c.out << QStringLiteral("  %1 (%2): %3, %4; ")
                     .arg(r.applicationName, r.clientAddress, r.state, r.syncState)
              << QCoreApplication::translate("ReplicaCommand", "replay lag %1, %2 behind")
                     .arg(seconds(r.replayLagSeconds),
                          locale.formattedDataSize(qMax<qint64>(0, r.replayLagBytes)))
              << Qt::endl;
    for (const ReplicaSlotInfo &slot : s.replicationSlots)
        c.out << QCoreApplication::translate("ReplicaCommand", "  slot %1: %2, holds %3 of WAL")
                     .arg(slot.name,
                          slot.active ? QCoreApplication::translate("ReplicaCommand", "in use")
                                      : QCoreApplication::translate("ReplicaCommand", "not in use"),
                          locale.formattedDataSize(qMax<qint64>(0, slot.retainedBytes)))
              << Qt::endl;
    if (s.hasStandby)
        c.out << QCoreApplication::translate("ReplicaCommand",
                                             "Standby: WAL receiver %1, last transaction replayed %2 ago")
                     .arg(s.receiver.status.isEmpty()
                              ? QCoreApplication::translate("ReplicaCommand", "not running")
                              : s.receiver.status,
                          seconds(s.receiver.secondsSinceReplay))
              << Qt::endl;
    for (const QString &problem : s.problems())
        c.out << QCoreApplication::translate("ReplicaCommand", "Problem: %1").arg(problem) << Qt::endl;
    return s.problems().isEmpty() ? 0 : 1;
}

int runPromote(CliContext &c, QCommandLineParser &parser)
{
    const Result<PostgresDsn> primary = dsnOption(parser, QStringLiteral("primary-dsn"));
    if (!primary.ok())
        return fail(c, primary.error());
    const Result<PostgresDsn> standby = standbyDsn(parser, primary.value(), QStringLiteral("standby-port"));
    if (!standby.ok())
        return fail(c, standby.error());
    LocalCommandRunner local;
    ReplicaPromoteRequest request;
    request.standbyDsn = standby.value();
    request.primaryDsn = primary.value();
    request.primaryHost = &local;
    request.primaryDataDir = parser.value(QStringLiteral("primary-data-dir"));
    request.binDir = parser.value(QStringLiteral("bin-dir"));
    request.confirmation = parser.value(QStringLiteral("confirm"));
    request.expectedConfirmation =
        QStringLiteral("%1:%2").arg(primary.value().host).arg(primary.value().port);
    const Status done = ReplicaPromote::run(request, [&](const QString &line) { c.err << line << Qt::endl; });
    return finish(c, parser.isSet(kJson), done);
}

int runRejoin(CliContext &c, QCommandLineParser &parser)
{
    const Result<PostgresDsn> primary = dsnOption(parser, QStringLiteral("primary-dsn"));
    if (!primary.ok())
        return fail(c, primary.error());
    if (!parser.isSet(QStringLiteral("old-data-dir")))
        return fail(c, Error{ErrorCode::CliUsage,
                             QCoreApplication::translate("ReplicaCommand", "--old-data-dir is required.")});
    const Result<int> oldPort = portOption(parser, QStringLiteral("old-port"));
    if (!oldPort.ok())
        return fail(c, oldPort.error());
    LocalCommandRunner local;
    ReplicaRejoinRequest r;
    r.newPrimaryDsn = primary.value();
    r.newPrimaryHost = &local;
    r.oldPrimaryHost = &local;
    r.oldDataDir = QDir::cleanPath(parser.value(QStringLiteral("old-data-dir")));
    r.oldPort = oldPort.value();
    r.oldPrimaryDsn = primary.value();
    r.oldPrimaryDsn.host = parser.value(QStringLiteral("standby-host"));
    r.oldPrimaryDsn.port = r.oldPort;
    r.primaryHost = parser.isSet(QStringLiteral("primary-host"))
                        ? parser.value(QStringLiteral("primary-host"))
                        : primary.value().host;
    r.primaryPort = primary.value().port > 0 ? primary.value().port : 5432;
    r.oldAddress = parser.value(QStringLiteral("standby-host"));
    r.role = parser.value(QStringLiteral("role"));
    r.password = qEnvironmentVariable("SUPADESK_REPLICATION_PASSWORD");
    r.slot = parser.isSet(QStringLiteral("slot"))
                 ? parser.value(QStringLiteral("slot"))
                 : ReplicaRules::slotName(QFileInfo(r.oldDataDir).fileName());
    r.binDir = parser.value(QStringLiteral("bin-dir"));
    const Status done = ReplicaRejoin::run(r, [&](const QString &line) { c.err << line << Qt::endl; });
    if (done.ok() && !parser.isSet(kJson))
        c.out << QCoreApplication::translate("ReplicaCommand",
                                             "The old primary streams from the new one on the slot %1.")
                     .arg(r.slot)
              << Qt::endl;
    return finish(c, parser.isSet(kJson), done, QJsonObject{{QStringLiteral("slot"), r.slot}});
}

int runReplica(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("ReplicaCommand", "add, status, promote or rejoin"));
    parser.addOptions({
        option(
            "primary-dsn",
            QT_TRANSLATE_NOOP("ReplicaCommand", "The primary as a superuser (with rejoin: the new primary)."),
            "URL"),
        option(
            "primary-host",
            QT_TRANSLATE_NOOP("ReplicaCommand",
                              "The primary's address as the standby reaches it (default: the DSN's host)."),
            "HOST"),
        option("standby-data-dir",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "add: the standby's data directory on this machine (empty or absent)."),
               "DIR"),
        option("standby-port", QT_TRANSLATE_NOOP("ReplicaCommand", "The standby's port on this machine."),
               "N"),
        option("standby-dsn",
               QT_TRANSLATE_NOOP(
                   "ReplicaCommand",
                   "The standby as a superuser (default: the primary's DSN on the standby's port)."),
               "URL"),
        option("standby-host",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "The standby's address as the primary sees it (default 127.0.0.1)."),
               "ADDR", "127.0.0.1"),
        option("role", QT_TRANSLATE_NOOP("ReplicaCommand", "The replication role (default replicator)."),
               "NAME", "replicator"),
        option("slot",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "The replication slot (default: supadesk_ and the data directory's name)."),
               "NAME"),
        option("synchronous",
               QT_TRANSLATE_NOOP("ReplicaCommand", "add: commits on the primary wait for the standby.")),
        option("dry-run", QT_TRANSLATE_NOOP("ReplicaCommand",
                                            "add: check both sides and show the steps; change nothing.")),
        option("primary-data-dir",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "promote: the old primary's data directory, to stop it (fencing)."),
               "DIR"),
        option("confirm",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "promote: the primary's host:port, to promote while it still answers."),
               "TEXT"),
        option("old-data-dir",
               QT_TRANSLATE_NOOP("ReplicaCommand", "rejoin: the old primary's data directory."), "DIR"),
        option("old-port", QT_TRANSLATE_NOOP("ReplicaCommand", "rejoin: the old primary's port."), "N"),
        option("bin-dir",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "PostgreSQL's programs (default /usr/lib/postgresql/15/bin)."),
               "DIR", "/usr/lib/postgresql/15/bin"),
        option("json", QT_TRANSLATE_NOOP("ReplicaCommand", "Print the result as one JSON object.")),
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        c.err << QCoreApplication::translate("ReplicaCommand",
                                             "Name one action: add, status, promote or rejoin.")
              << Qt::endl
              << parser.helpText();
        return status(ExitStatus::Usage);
    }
    const QString action = positional.first();
    if (action == QLatin1String("add"))
        return runAdd(c, parser);
    if (action == QLatin1String("status"))
        return runStatus(c, parser);
    if (action == QLatin1String("promote"))
        return runPromote(c, parser);
    if (action == QLatin1String("rejoin"))
        return runRejoin(c, parser);
    c.err << QCoreApplication::translate("ReplicaCommand",
                                         "Unknown action \"%1\": add, status, promote or rejoin.")
                 .arg(action)
          << Qt::endl;
    return status(ExitStatus::Usage);
}

} // namespace

REGISTER_CLI_COMMAND("replica",
                     QT_TRANSLATE_NOOP("Cli", "Add, watch, promote and re-join streaming standbys"),
                     runReplica);

} // namespace supadesk::cli
