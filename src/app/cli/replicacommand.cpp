// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli replica add|status|promote|rejoin: a streaming standby made, watched, promoted and
// re-joined. Two forms: --stack NAME --standby NAME takes two stack entries, each reached over its
// own SSH endpoint (add, status, promote); the other names the clusters directly (a primary's DSN,
// the standby's data directory and port on this machine), for single-host use and tests. Exit 0
// done, 1 refused or failed (with the error's code), 2 usage.
#include "clicontext.h"
#include "core/replication/replicarules.h"
#include "db/pgconninfo.h"
#include "services/apppaths.h"
#include "services/replication/failoverhistory.h"
#include "services/replication/hostcommandrunner.h"
#include "services/replication/replicadb.h"
#include "services/replication/replicafailover.h"
#include "services/replication/replicasetup.h"
#include "services/replication/replicastackfailover.h"
#include "services/replication/replicastacklink.h"
#include "services/replication/replicastacksetup.h"
#include "services/replication/replicastatusreader.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

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

int printStatus(CliContext &c, QCommandLineParser &parser, const PostgresDsn &primary,
                const std::optional<PostgresDsn> &standby);

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

// Runs a setup (ReplicaSetup or ReplicaStackSetup, which have the same signals) with the plan, each
// step and the copy's progress on standard error.
template <typename Setup, typename Run>
ReplicaSetupOutcome reportSetup(CliContext &c, bool json, Setup &setup, Run run)
{
    Q_UNUSED(json)
    QObject::connect(&setup, &Setup::planReady, [&](const QString &plan) {
        c.err << QCoreApplication::translate("ReplicaCommand", "The standby setup will run these steps:")
              << Qt::endl
              << plan << Qt::endl;
    });
    QObject::connect(&setup, &Setup::logLine, [&](const QString &line) { c.err << line << Qt::endl; });
    int lastPercent = -1;
    QObject::connect(&setup, &Setup::progress, [&](int percent) {
        if (percent / 10 != lastPercent / 10)
            c.err << QCoreApplication::translate("ReplicaCommand", "Copy: %1%").arg(percent) << Qt::endl;
        lastPercent = percent;
    });
    return run();
}

// The steps' outcome on standard output (or as JSON). `primaryStackId`: the stack whose keychain
// keeps a new role's password (the stack form); `extra` goes into the JSON answer.
int answerSetup(CliContext &c, bool json, const ReplicaSetupOutcome &outcome, const ReplicaSetupOptions &o,
                QJsonObject extra, const QString &primaryStackId)
{
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
    // A new role's password goes to the keychain: the re-join and a second standby need it again.
    bool keychain = false;
    if (outcome.ok() && !outcome.report.dryRun && !primaryStackId.isEmpty() && !outcome.password.isEmpty()) {
        const Status kept = SecretStore(AppPaths::keychainService())
                                .writeNow(primaryStackId, SecretStore::ReplicationPassword, outcome.password);
        keychain = kept.ok();
        if (!kept.ok())
            c.err << QCoreApplication::translate("ReplicaCommand",
                                                 "The replication password could not be kept in the keychain "
                                                 "(%1); the standby has it in its own configuration.")
                         .arg(kept.error().message)
                  << Qt::endl;
    }
    if (outcome.ok() && !json && !outcome.report.dryRun)
        c.out << QCoreApplication::translate("ReplicaCommand",
                                             "The standby at %1 streams from the primary on the slot %2.")
                     .arg(o.standbyDataDir, o.slot)
              << Qt::endl;
    const Status status = outcome.ok() ? success() : Status(outcome.error);
    extra.insert(QStringLiteral("slot"), o.slot);
    extra.insert(QStringLiteral("role"), o.role);
    extra.insert(QStringLiteral("standby_data_dir"), o.standbyDataDir);
    extra.insert(QStringLiteral("steps"), steps);
    if (!primaryStackId.isEmpty())
        extra.insert(QStringLiteral("password_in_keychain"), keychain);
    return finish(c, json, status, extra);
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
    const ReplicaSetupOutcome outcome = reportSetup(
        c, json, setup, [&] { return setup.run(request, parser.isSet(QStringLiteral("dry-run"))); });
    return answerSetup(c, json, outcome, request.options, {}, QString());
}

// --- The stack-to-stack form ---

Result<Stack> stackNamed(const QString &name)
{
    const auto stack = StackRepository::forCurrentProfile().findByName(name);
    if (!stack)
        return Error{
            ErrorCode::CliNoStack,
            QCoreApplication::translate("ReplicaCommand", "There is no stack called \"%1\".").arg(name)};
    return *stack;
}

// The primary stack's database password: PGPASSWORD for scripts, else its keychain entry. The
// standby is a copy of the primary, so the same password logs in there.
QString databasePassword(const Stack &primary)
{
    QString password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty())
        if (const auto p =
                SecretStore(AppPaths::keychainService()).readNow(primary.id, SecretStore::DatabasePassword);
            p.ok())
            password = p.value();
    return password;
}

Status openStack(const QCommandLineParser &parser, ReplicaStackSide &side, const QString &name,
                 const QString &dbPassword)
{
    const Result<Stack> stack = stackNamed(name);
    if (!stack.ok())
        return stack.error();
    side.stack = stack.value();
    return ReplicaStackLink::open(side, SshCliOptions::forStack(parser, side.stack), dbPassword);
}

// Both stacks of the pair, the standby's optional for `status`.
Status openPair(const QCommandLineParser &parser, ReplicaStackSide &primary, ReplicaStackSide *standby)
{
    const QString primaryName = parser.value(QStringLiteral("stack"));
    const QString standbyName = parser.value(QStringLiteral("standby"));
    if (standby && standbyName.isEmpty())
        return Error{ErrorCode::CliUsage, QCoreApplication::translate(
                                              "ReplicaCommand", "--standby NAME is required with --stack.")};
    if (standby && primaryName.compare(standbyName.trimmed(), Qt::CaseInsensitive) == 0)
        return Error{ErrorCode::CliUsage,
                     QCoreApplication::translate("ReplicaCommand",
                                                 "The standby must be another stack than the primary.")};
    const Result<Stack> p = stackNamed(primaryName);
    if (!p.ok())
        return p.error();
    const QString password = databasePassword(p.value());
    if (const Status opened = openStack(parser, primary, primaryName, password); !opened.ok())
        return opened;
    if (standby)
        return openStack(parser, *standby, standbyName, password);
    return success();
}

int runAddStacks(CliContext &c, QCommandLineParser &parser)
{
    const bool json = parser.isSet(kJson);
    const QString standbyName = parser.value(QStringLiteral("standby"));
    if (standbyName.isEmpty())
        return finish(
            c, json,
            Error{ErrorCode::CliUsage,
                  QCoreApplication::translate("ReplicaCommand", "--standby NAME is required with --stack.")});
    const Result<Stack> primary = stackNamed(parser.value(QStringLiteral("stack")));
    if (!primary.ok())
        return finish(c, json, primary.error());
    const Result<Stack> standby = stackNamed(standbyName);
    if (!standby.ok())
        return finish(c, json, standby.error());
    ReplicaStackSetupRequest r;
    r.primary = primary.value();
    r.standby = standby.value();
    r.primarySettings = SshCliOptions::forStack(parser, r.primary);
    r.standbySettings = SshCliOptions::forStack(parser, r.standby);
    r.databasePassword = databasePassword(r.primary);
    r.primaryAddress = parser.value(QStringLiteral("primary-address"));
    r.standbyAddress = parser.value(QStringLiteral("standby-address"));
    if (parser.isSet(QStringLiteral("standby-data-dir")))
        r.standbyDataDir = QDir::cleanPath(parser.value(QStringLiteral("standby-data-dir")));
    r.role = parser.value(QStringLiteral("role"));
    r.slot = parser.value(QStringLiteral("slot"));
    r.binDir = parser.value(QStringLiteral("bin-dir"));
    r.synchronous = parser.isSet(QStringLiteral("synchronous"));
    // An existing role's password: the environment, else the one this stack's keychain keeps.
    r.replicationPassword = qEnvironmentVariable("SUPADESK_REPLICATION_PASSWORD");
    if (r.replicationPassword.isEmpty())
        if (const auto kept = SecretStore(AppPaths::keychainService())
                                  .readNow(r.primary.id, SecretStore::ReplicationPassword);
            kept.ok())
            r.replicationPassword = kept.value();

    ReplicaStackSetup setup;
    const ReplicaSetupOutcome outcome =
        reportSetup(c, json, setup, [&] { return setup.run(r, parser.isSet(QStringLiteral("dry-run"))); });
    return answerSetup(c, json, outcome, setup.options(),
                       QJsonObject{{QStringLiteral("stack"), r.primary.name},
                                   {QStringLiteral("standby"), r.standby.name},
                                   {QStringLiteral("standby_address"), setup.options().standbyAddress},
                                   {QStringLiteral("primary_address"), setup.options().primaryHost}},
                       r.primary.id);
}

int runStatusStacks(CliContext &c, QCommandLineParser &parser)
{
    ReplicaStackSide primary;
    ReplicaStackSide standby;
    const bool withStandby = parser.isSet(QStringLiteral("standby"));
    if (const Status opened = openPair(parser, primary, withStandby ? &standby : nullptr); !opened.ok())
        return finish(c, parser.isSet(kJson), opened);
    std::optional<PostgresDsn> standbyDsn;
    if (withStandby) {
        standbyDsn = standby.dsn;
        standbyDsn->user = primary.dsn.user;
        standbyDsn->password = primary.dsn.password;
    }
    return printStatus(c, parser, primary.dsn, standbyDsn);
}

int runPromoteStacks(CliContext &c, QCommandLineParser &parser)
{
    const bool json = parser.isSet(kJson);
    const QString standbyName = parser.value(QStringLiteral("standby"));
    if (standbyName.isEmpty())
        return finish(
            c, json,
            Error{ErrorCode::CliUsage,
                  QCoreApplication::translate("ReplicaCommand", "--standby NAME is required with --stack.")});
    const Result<Stack> p = stackNamed(parser.value(QStringLiteral("stack")));
    if (!p.ok())
        return finish(c, json, p.error());
    const Result<Stack> s = stackNamed(standbyName);
    if (!s.ok())
        return finish(c, json, s.error());
    // The same failover as the desktop's Fail over dialog; the primary's server may be gone.
    ReplicaStackFailoverRequest request;
    request.primary = p.value();
    request.standby = s.value();
    request.primarySettings = SshCliOptions::forStack(parser, request.primary);
    request.standbySettings = SshCliOptions::forStack(parser, request.standby);
    request.databasePassword = databasePassword(p.value());
    request.confirmation = parser.value(QStringLiteral("confirm"));
    request.primaryDataDir = parser.value(QStringLiteral("primary-data-dir"));
    if (parser.isSet(QStringLiteral("primary-address")))
        request.primaryAddress = parser.value(QStringLiteral("primary-address"));
    request.binDir = parser.value(QStringLiteral("bin-dir"));
    request.repoint = !parser.isSet(QStringLiteral("no-repoint"));
    request.composeCommand = parser.value(QStringLiteral("compose-command"));
    request.pgbouncerIni = parser.value(QStringLiteral("pgbouncer-ini"));
    if (parser.isSet(QStringLiteral("services")))
        request.services =
            parser.value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const ReplicaStackFailoverOutcome done =
        ReplicaStackFailover::promote(request, [&](const QString &line) { c.err << line << Qt::endl; });
    // The entry follows its services: Supadesk reads the stack's database where they do now.
    if (done.repointedPrimary) {
        StackRepository stacks = StackRepository::forCurrentProfile();
        if (const Status saved = stacks.update(*done.repointedPrimary); !saved.ok())
            c.err << saved.error().message << Qt::endl;
    }
    if (done.status.ok() && !json) {
        c.out << QCoreApplication::translate("ReplicaCommand", "%1 is the primary now.").arg(s.value().name)
              << Qt::endl;
        if (done.record.repoint != QLatin1String("done") && done.record.repoint != QLatin1String("unchanged"))
            c.out
                << QCoreApplication::translate(
                       "ReplicaCommand",
                       "Point the stack's services at it (POSTGRES_HOST in .env, or the pooler's upstream).")
                << Qt::endl;
    }
    return finish(c, json, done.status,
                  QJsonObject{{QStringLiteral("stack"), p.value().name},
                              {QStringLiteral("standby"), s.value().name},
                              {QStringLiteral("record"), done.record.toJson()},
                              {QStringLiteral("backups"), QJsonArray::fromStringList(done.repoint.backups)},
                              {QStringLiteral("restart_command"), done.repoint.restartCommand}});
}

// `rejoin --stack NEW --standby OLD`: the old primary (on the OLD entry's server) follows the new one.
int runRejoinStacks(CliContext &c, QCommandLineParser &parser)
{
    const bool json = parser.isSet(kJson);
    const QString oldName = parser.value(QStringLiteral("standby"));
    if (oldName.isEmpty())
        return finish(c, json,
                      Error{ErrorCode::CliUsage,
                            QCoreApplication::translate(
                                "ReplicaCommand", "rejoin --stack NEW --standby OLD: --standby names the old "
                                                  "primary's stack.")});
    const Result<Stack> fresh = stackNamed(parser.value(QStringLiteral("stack")));
    if (!fresh.ok())
        return finish(c, json, fresh.error());
    const Result<Stack> old = stackNamed(oldName);
    if (!old.ok())
        return finish(c, json, old.error());
    ReplicaStackRejoinRequest r;
    r.newPrimary = fresh.value();
    r.oldPrimary = old.value();
    r.newPrimarySettings = SshCliOptions::forStack(parser, r.newPrimary);
    r.oldPrimarySettings = SshCliOptions::forStack(parser, r.oldPrimary);
    r.databasePassword = databasePassword(r.newPrimary);
    if (r.databasePassword.isEmpty())
        r.databasePassword = databasePassword(r.oldPrimary);
    if (parser.isSet(QStringLiteral("old-data-dir")))
        r.oldDataDir = QDir::cleanPath(parser.value(QStringLiteral("old-data-dir")));
    if (parser.isSet(QStringLiteral("old-port"))) {
        const Result<int> port = portOption(parser, QStringLiteral("old-port"));
        if (!port.ok())
            return finish(c, json, port.error());
        r.oldPort = port.value();
    }
    r.role = parser.value(QStringLiteral("role"));
    r.slot = parser.value(QStringLiteral("slot"));
    r.binDir = parser.value(QStringLiteral("bin-dir"));
    // The replication role's password: the environment, else a keychain entry of either stack, else
    // the one the promoted standby was set up with (read there).
    r.replicationPassword = qEnvironmentVariable("SUPADESK_REPLICATION_PASSWORD");
    for (const Stack &s : {r.newPrimary, r.oldPrimary})
        if (r.replicationPassword.isEmpty())
            if (const auto kept =
                    SecretStore(AppPaths::keychainService()).readNow(s.id, SecretStore::ReplicationPassword);
                kept.ok())
                r.replicationPassword = kept.value();
    const Status done =
        ReplicaStackFailover::rejoin(r, [&](const QString &line) { c.err << line << Qt::endl; });
    if (done.ok() && !json)
        c.out << QCoreApplication::translate("ReplicaCommand", "%1 streams from %2 now.")
                     .arg(r.oldPrimary.name, r.newPrimary.name)
              << Qt::endl;
    return finish(c, json, done,
                  QJsonObject{{QStringLiteral("stack"), r.newPrimary.name},
                              {QStringLiteral("standby"), r.oldPrimary.name}});
}

// The failovers this desktop ran for a stack (as primary or standby), oldest first.
int runHistory(CliContext &c, QCommandLineParser &parser)
{
    const bool json = parser.isSet(kJson);
    const QString stack = parser.value(QStringLiteral("stack"));
    if (stack.isEmpty())
        return finish(c, json,
                      Error{ErrorCode::CliUsage,
                            QCoreApplication::translate("ReplicaCommand", "history needs --stack NAME.")});
    const Result<FailoverRecords> records = FailoverHistory().list(stack);
    if (!records.ok())
        return finish(c, json, records.error());
    if (json) {
        QJsonArray list;
        for (const FailoverRecord &r : records.value())
            list.append(r.toJson());
        c.out << QJsonDocument(list).toJson(QJsonDocument::Compact) << Qt::endl;
        return status(ExitStatus::Ok);
    }
    if (records.value().isEmpty())
        c.out << QCoreApplication::translate("ReplicaCommand", "No failover recorded for %1.").arg(stack)
              << Qt::endl;
    for (const FailoverRecord &r : records.value()) {
        c.out << r.summary() << Qt::endl;
        c.out << "    " << r.oldPrimary << " → " << r.newPrimary;
        if (r.lagBytes)
            c.out << "  " << QCoreApplication::translate("ReplicaCommand", "lag %1 bytes").arg(*r.lagBytes);
        c.out << Qt::endl;
        if (!r.error.isEmpty())
            c.out << "    " << r.error << Qt::endl;
        if (!r.repointDetail.isEmpty())
            c.out << "    " << r.repointDetail << Qt::endl;
    }
    return status(ExitStatus::Ok);
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
    return printStatus(c, parser, primary.value(), standby);
}

int printStatus(CliContext &c, QCommandLineParser &parser, const PostgresDsn &primary,
                const std::optional<PostgresDsn> &standby)
{
    const Result<ReplicaStatus> status = ReplicaStatusReader::read(primary, standby);
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
        QCoreApplication::translate("ReplicaCommand", "add, status, promote, rejoin or history"));
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
        option("stack",
               QT_TRANSLATE_NOOP(
                   "ReplicaCommand",
                   "The primary as a stack entry, reached over its SSH endpoint (the stack form)."),
               "NAME"),
        option(
            "standby",
            QT_TRANSLATE_NOOP("ReplicaCommand",
                              "With --stack: the stack entry whose server runs (or will run) the standby."),
            "NAME"),
        option(
            "primary-address",
            QT_TRANSLATE_NOOP("ReplicaCommand",
                              "With --stack: the primary's address as the standby's server reaches it "
                              "(default: the primary stack's SSH host). A private network address is best."),
            "HOST"),
        option(
            "standby-address",
            QT_TRANSLATE_NOOP("ReplicaCommand",
                              "With --stack: the standby's address as the primary sees it, for pg_hba.conf "
                              "and the firewall (default: the source address of its route to the primary)."),
            "ADDR"),
        option("known-hosts",
               QT_TRANSLATE_NOOP("ReplicaCommand", "Supadesk's known_hosts file to read and write."), "FILE"),
        option("accept-new-host-key",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "Trust and record the key of a host seen for the first time.")),
        option("ssh-config",
               QT_TRANSLATE_NOOP("ReplicaCommand", "An ssh_config file to read instead of the usual ones."),
               "FILE"),
        option("timeout", QT_TRANSLATE_NOOP("ReplicaCommand", "Seconds allowed for each SSH connection."),
               "SECONDS", "10"),
        option(
            "no-repoint",
            QT_TRANSLATE_NOOP("ReplicaCommand",
                              "promote: leave the stack's services pointing where they do (.env, pooler).")),
        option("compose-command",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "promote: how the stack's services are restarted (default docker compose)."),
               "COMMAND"),
        option("services",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "promote: the services to recreate, comma-separated (default: all that "
                                 "changed)."),
               "LIST"),
        option("pgbouncer-ini",
               QT_TRANSLATE_NOOP("ReplicaCommand",
                                 "promote: a PgBouncer ini on the stack's server whose [databases] follow "
                                 "the new primary."),
               "FILE"),
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        c.err << QCoreApplication::translate("ReplicaCommand",
                                             "Name one action: add, status, promote, rejoin or history.")
              << Qt::endl
              << parser.helpText();
        return status(ExitStatus::Usage);
    }
    const QString action = positional.first();
    if (action == QLatin1String("history"))
        return runHistory(c, parser);
    if (parser.isSet(QStringLiteral("stack"))) {
        if (action == QLatin1String("add"))
            return runAddStacks(c, parser);
        if (action == QLatin1String("status"))
            return runStatusStacks(c, parser);
        if (action == QLatin1String("promote"))
            return runPromoteStacks(c, parser);
        if (action == QLatin1String("rejoin"))
            return runRejoinStacks(c, parser);
    }
    if (action == QLatin1String("add"))
        return runAdd(c, parser);
    if (action == QLatin1String("status"))
        return runStatus(c, parser);
    if (action == QLatin1String("promote"))
        return runPromote(c, parser);
    if (action == QLatin1String("rejoin"))
        return runRejoin(c, parser);
    c.err << QCoreApplication::translate("ReplicaCommand",
                                         "Unknown action \"%1\": add, status, promote, rejoin or history.")
                 .arg(action)
          << Qt::endl;
    return status(ExitStatus::Usage);
}

} // namespace

REGISTER_CLI_COMMAND("replica",
                     QT_TRANSLATE_NOOP("Cli", "Add, watch, promote and re-join streaming standbys"),
                     runReplica);

} // namespace supadesk::cli
