// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli pitr: point-in-time recovery of a local server's PITR folder (the layout pitr-setup.sh and
// pitr-basebackup.sh keep: wal/ and base/STAMP/). `status` reads pg_stat_archiver and the folder; `restore`
// replays a base backup and the archive up to a time into a scratch cluster, never the live database.
// Exit 0 ok, 1 archiving fails or is off / the restore failed, 2 usage or no connection.
#include "clicontext.h"
#include "core/backup/backupserverscripts.h"
#include "core/backup/pitrrules.h"
#include "core/backup/pitrserverrestore.h"
#include "db/pgconninfo.h"
#include "services/backup/pitrarchive.h"
#include "services/backup/pitrrestore.h"
#include "services/backup/serverscriptrun.h"
#include "services/stackconnection.h"
#include "ssh/sshsession.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <csignal>

namespace supadesk::cli {

namespace {

std::atomic_bool g_cancel = false;

int usage(CliContext &c)
{
    c.err << QCoreApplication::translate(
                 "PitrCommand",
                 "Usage: supadesk-cli pitr status (--dsn DSN --data-dir DIR | --stack NAME [--pitr-dir DIR]) "
                 "[--json]\n"
                 "       supadesk-cli pitr restore --data-dir DIR --target-time ISO --into scratch "
                 "[--query SQL]... [--keep] [--json]\n"
                 "       supadesk-cli pitr restore --stack NAME --target-time ISO (--into scratch [--keep] | "
                 "--into live --confirm NAME) [--json]")
          << Qt::endl;
    return status(ExitStatus::Usage);
}

QCommandLineOption dataDirOption()
{
    return {QStringLiteral("data-dir"),
            QCoreApplication::translate(
                "PitrCommand",
                "The PITR folder on this machine: wal/ holds the WAL archive, base/ the base backups."),
            QStringLiteral("DIR")};
}

// The stack's server over SSH: one batch (PitrRules::statusCommand) through the login's session.
Result<PitrStatus> remoteStatus(const QCommandLineParser &parser, CliContext &c, bool *noConnection)
{
    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return settings.error();
    SshSession session;
    if (const Status opened = session.open(settings.value().ssh); !opened.ok()) {
        *noConnection = true;
        if (opened.error().id == ErrorCode::SshHostKeyUnknown)
            c.err << QCoreApplication::translate("PitrCommand",
                                                 "Run again with --accept-new-host-key to trust this key.")
                  << Qt::endl;
        return opened.error();
    }
    PitrLayout layout;
    layout.hostDir = parser.value(QStringLiteral("pitr-dir"));
    layout.container = parser.value(QStringLiteral("container"));
    const Result<ExecResult> ran = session.exec(PitrRules::statusCommand(layout));
    if (!ran.ok())
        return Error{ErrorCode::PitrArchive,
                     QCoreApplication::translate("PitrCommand", "The server could not be asked: %1")
                         .arg(ran.error().message)};
    const PitrServerReading reading = PitrRules::parseStatus(QString::fromUtf8(ran.value().standardOutput));
    if (reading.archiver.archiveMode.isEmpty())
        return Error{
            ErrorCode::PitrArchive,
            QCoreApplication::translate("PitrCommand", "pg_stat_archiver could not be read in %1: %2")
                .arg(layout.container, reading.error)};
    return PitrRules::evaluate(reading.archiver, reading.walFiles, reading.baseBackups,
                               QDateTime::currentDateTimeUtc());
}

int statusCommand(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("dsn"),
         QCoreApplication::translate(
             "PitrCommand",
             "The server whose archiver to read, as for psql; the password comes from PGPASSWORD or the "
             "password file, never from this option."),
         QStringLiteral("DSN")},
        dataDirOption(),
        {QStringLiteral("pitr-dir"),
         QCoreApplication::translate("PitrCommand", "With --stack: the server's PITR folder (default %1).")
             .arg(PitrLayout().hostDir),
         QStringLiteral("DIR"), PitrLayout().hostDir},
        {QStringLiteral("container"),
         QCoreApplication::translate("PitrCommand", "With --stack: the database container (default %1).")
             .arg(PitrLayout().container),
         QStringLiteral("NAME"), PitrLayout().container},
        {QStringLiteral("json"),
         QCoreApplication::translate("PitrCommand", "Print the status as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    Result<PitrStatus> result = Error{ErrorCode::CliUsage, QString()};
    const bool local = parser.isSet(QStringLiteral("dsn")) || parser.isSet(QStringLiteral("data-dir"));
    if (local) {
        if (!parser.isSet(QStringLiteral("dsn")) || !parser.isSet(QStringLiteral("data-dir")))
            return usage(c);
        const Result<PostgresDsn> dsn = PgConnInfo::parse(parser.value(QStringLiteral("dsn")));
        if (!dsn.ok()) {
            c.err << dsn.error().message << Qt::endl;
            return status(ExitStatus::Usage);
        }
        PostgresDsn live = dsn.value();
        if (live.password.isEmpty())
            live.password = qEnvironmentVariable("PGPASSWORD");
        result = PitrArchive::status(live, parser.value(QStringLiteral("data-dir")),
                                     QDateTime::currentDateTimeUtc());
        if (!result.ok()) {
            c.err << result.error().message << Qt::endl;
            return status(ExitStatus::Usage);
        }
    } else if (parser.isSet(QStringLiteral("stack")) || parser.isSet(QStringLiteral("host"))) {
        bool noConnection = false;
        result = remoteStatus(parser, c, &noConnection);
        if (!result.ok()) {
            c.err << result.error().message << Qt::endl;
            return status(ExitStatus::Usage);
        }
    } else {
        return usage(c);
    }
    const PitrStatus &s = result.value();
    if (parser.isSet(QStringLiteral("json"))) {
        c.out << QJsonDocument(PitrRules::toJson(s)).toJson(QJsonDocument::Indented);
    } else {
        c.out << QCoreApplication::translate("PitrCommand", "Point-in-time recovery: %1")
                     .arg(PitrRules::stateText(s.state))
              << Qt::endl
              << QLatin1String("  ") << s.summary << Qt::endl;
        for (const QString &line : s.evidence)
            c.out << QLatin1String("  ") << line << Qt::endl;
        for (const BaseBackupInfo &b : s.baseBackups)
            c.out << QLatin1String("  ")
                  << QCoreApplication::translate("PitrCommand", "Base backup %1: %2 to %3")
                         .arg(b.folder(), b.startTime.toString(Qt::ISODate), b.stopTime.toString(Qt::ISODate))
                  << Qt::endl;
    }
    return s.state == PitrStatus::State::Failing || s.state == PitrStatus::State::Off
               ? status(ExitStatus::Failed)
               : status(ExitStatus::Ok);
}

// An ISO 8601 time; without an offset it is this computer's local time, as people write them.
QDateTime parseTarget(const QString &text)
{
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(QString(text.trimmed()).replace(QLatin1Char(' '), QLatin1Char('T')),
                                  Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : t;
}

QJsonArray runQueries(const PitrRestoreResult &restored, const QStringList &queries, CliContext &c, bool json)
{
    QJsonArray out;
    for (const QString &sql : queries) {
        const ScratchCluster::Run r = ScratchCluster::run(
            restored.cluster->tool(QStringLiteral("psql")),
            {QStringLiteral("-h"), restored.socketDir(), QStringLiteral("-U"), QStringLiteral("postgres"),
             QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-F"), QStringLiteral("\t"),
             QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql,
             QStringLiteral("postgres")},
            &g_cancel);
        const QStringList rows = r.standardOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        out.append(QJsonObject{{QStringLiteral("sql"), sql},
                               {QStringLiteral("ok"), r.exitCode == 0},
                               {QStringLiteral("rows"), QJsonArray::fromStringList(rows)},
                               {QStringLiteral("error"), r.standardError.trimmed()}});
        if (json)
            continue;
        c.out << QStringLiteral("%1> ").arg(restored.socketDir()) << sql << Qt::endl;
        for (const QString &row : rows)
            c.out << QLatin1String("  ") << row << Qt::endl;
        if (r.exitCode != 0)
            c.out << QLatin1String("  ") << r.standardError.trimmed() << Qt::endl;
    }
    return out;
}

void printError(CliContext &c, bool json, const Error &error)
{
    if (json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("code"), error.code},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Indented);
}

// `pitr restore --stack`: the stack's server reads its archive (PitrRules::statusCommand), the target is
// checked against the restorable window, the base backup and WAL are restored into a scratch instance on
// the server (PitrServerRestore), and with --into live and the stack's name typed, the restored instance
// replaces the live database (the old data directory kept aside, moved back when the new one fails).
int remoteRestore(CliContext &c, const QCommandLineParser &parser)
{
    const bool json = parser.isSet(QStringLiteral("json"));
    const QString into = parser.value(QStringLiteral("into"));
    if (!parser.isSet(QStringLiteral("target-time")) ||
        (into != QLatin1String("scratch") && into != QLatin1String("live")))
        return usage(c);
    // The name to type: the stack's, or for an ad hoc server its host.
    const QString stackName = parser.isSet(QStringLiteral("stack")) ? parser.value(QStringLiteral("stack"))
                                                                    : parser.value(QStringLiteral("host"));
    if (into == QLatin1String("live") &&
        !PitrServerRestore::confirmed(stackName, parser.value(QStringLiteral("confirm")))) {
        c.err << QCoreApplication::translate("PitrCommand",
                                             "Replacing the live database needs --stack NAME and --confirm "
                                             "with the same name, typed.")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    const QDateTime target = parseTarget(parser.value(QStringLiteral("target-time")));
    if (!target.isValid()) {
        const Error e{ErrorCode::PitrTarget,
                      QCoreApplication::translate("PitrCommand", "\"%1\" is not an ISO 8601 time.")
                          .arg(parser.value(QStringLiteral("target-time")))};
        printError(c, json, e);
        return fail(c, e);
    }
    PitrServerPaths paths;
    paths.layout.hostDir = parser.value(QStringLiteral("pitr-dir"));
    paths.layout.container = parser.value(QStringLiteral("container"));
    paths.layout.envFile = parser.value(QStringLiteral("env-file"));
    paths.liveDataDir = parser.value(QStringLiteral("live-data-dir"));
    paths.binDir = parser.value(QStringLiteral("bin-dir"));
    paths.pathFirst = parser.value(QStringLiteral("path-first"));
    paths.verifySeconds = parser.value(QStringLiteral("verify-seconds")).toInt();
    if (parser.isSet(QStringLiteral("scratch-dir")))
        paths.scratchBase = parser.value(QStringLiteral("scratch-dir"));

    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return fail(c, settings.error());
    StackConnection::Settings s = settings.value();
    s.forwards.clear();
    StackConnection connection(s);
    if (const Status up = connectAndWait(connection); !up.ok()) {
        c.err << up.error().message << Qt::endl;
        return status(ExitStatus::NoConnection);
    }
    const QString pathPrefix = paths.pathFirst.isEmpty()
                                   ? QString()
                                   : QStringLiteral("PATH=%1:$PATH; export PATH\n").arg(paths.pathFirst);
    const Result<QString> read =
        ServerScriptRun::runShort(&connection, pathPrefix + PitrRules::statusCommand(paths.layout));
    if (!read.ok())
        return fail(c, read.error());
    const PitrServerReading reading = PitrRules::parseStatus(read.value());
    const PitrStatus pitr = PitrRules::evaluate(reading.archiver, reading.walFiles, reading.baseBackups,
                                                QDateTime::currentDateTimeUtc());
    const Result<BaseBackupInfo> base = PitrServerRestore::checkTarget(pitr, target);
    if (!base.ok()) {
        printError(c, json, base.error());
        return fail(c, base.error());
    }

    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const auto progress = [&](const QString &chunk) {
        if (json)
            return;
        for (const QString &line : chunk.split(QLatin1Char('\n')))
            if (const auto step = PitrServerRestore::stepOf(line))
                c.err << PitrServerRestore::stepText(*step) << QStringLiteral("…") << Qt::endl;
    };
    const QString scratchDir = PitrServerRestore::scratchDirFor(paths, QDateTime::currentDateTimeUtc());
    const Result<QString> script = PitrServerRestore::restoreScript(paths, base.value(), target, scratchDir);
    if (!script.ok())
        return fail(c, script.error());
    const Result<QString> ran = ServerScriptRun::run(
        &connection, BackupServerScripts::asRoot(script.value(), paths.pathFirst), progress, &g_cancel);
    const Result<PitrScratchRestore> restored =
        ran.ok() ? PitrServerRestore::parseRestore(ran.value(), base.value(), target)
                 : Result<PitrScratchRestore>(ran.error());
    if (!restored.ok()) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        printError(c, json, restored.error());
        return fail(c, restored.error());
    }
    const PitrScratchRestore &r = restored.value();
    QJsonArray tables;
    for (const PitrScratchTable &t : r.tables)
        tables.append(QJsonObject{{QStringLiteral("database"), t.database},
                                  {QStringLiteral("table"), t.name},
                                  {QStringLiteral("rows"), t.rows}});
    QJsonObject out{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("target"), r.target.toString(Qt::ISODateWithMs)},
        {QStringLiteral("baseBackup"), r.base.label},
        {QStringLiteral("scratch"), r.scratchDir},
        {QStringLiteral("lastTransaction"),
         r.lastReplayed.isValid() ? QJsonValue(r.lastReplayed.toString(Qt::ISODateWithMs)) : QJsonValue()},
        {QStringLiteral("tables"), tables},
        {QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidence)}};
    if (!json) {
        c.out << QCoreApplication::translate("PitrCommand", "Restored to %1 from base backup %2.")
                     .arg(r.target.toString(Qt::ISODateWithMs), r.base.label)
              << Qt::endl;
        for (const QString &line : r.evidence)
            c.out << QLatin1String("  ") << line << Qt::endl;
        for (const PitrScratchTable &t : r.tables)
            c.out << QStringLiteral("  %1 %2: %3").arg(t.database, t.name).arg(t.rows) << Qt::endl;
    }

    int exit = status(ExitStatus::Ok);
    if (into == QLatin1String("live")) {
        const Result<QString> replace = PitrServerRestore::replaceScript(paths, r.scratchDir);
        const Result<QString> swapped =
            replace.ok() ? ServerScriptRun::run(&connection,
                                                BackupServerScripts::asRoot(replace.value(), paths.pathFirst),
                                                progress)
                         : Result<QString>(replace.error());
        const Result<PitrReplaceResult> replaced = swapped.ok()
                                                       ? PitrServerRestore::parseReplace(swapped.value())
                                                       : Result<PitrReplaceResult>(swapped.error());
        if (replaced.ok()) {
            out.insert(QStringLiteral("replaced"), true);
            out.insert(QStringLiteral("aside"), replaced.value().asideDir);
            if (!json)
                for (const QString &line : replaced.value().evidence)
                    c.out << line << Qt::endl;
        } else {
            out.insert(QStringLiteral("status"), QStringLiteral("failed"));
            out.insert(QStringLiteral("replaced"), false);
            out.insert(QStringLiteral("code"), replaced.error().code);
            out.insert(QStringLiteral("message"), replaced.error().message);
            c.err << replaced.error().message << Qt::endl;
            exit = status(ExitStatus::Failed);
        }
    } else if (parser.isSet(QStringLiteral("keep"))) {
        out.insert(QStringLiteral("kept"), r.scratchDir);
    } else {
        const Result<QString> discard = PitrServerRestore::discardScript(paths, r.scratchDir);
        const Result<QString> gone =
            discard.ok() ? ServerScriptRun::runShort(
                               &connection, BackupServerScripts::asRoot(discard.value(), paths.pathFirst))
                         : Result<QString>(discard.error());
        if (!gone.ok())
            c.err << gone.error().message << Qt::endl;
        if (!json)
            c.out << QCoreApplication::translate("PitrCommand", "The scratch instance was removed.")
                  << Qt::endl;
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (json)
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return exit;
}

int restoreCommand(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        dataDirOption(),
        {QStringLiteral("target-time"),
         QCoreApplication::translate(
             "PitrCommand",
             "The moment to restore to, ISO 8601 (e.g. 2026-12-07T14:03:00Z); without an offset, this "
             "computer's local time."),
         QStringLiteral("ISO")},
        {QStringLiteral("into"),
         QCoreApplication::translate("PitrCommand",
                                     "Where to restore: only \"scratch\" (a private cluster, never the live "
                                     "database)."),
         QStringLiteral("WHERE")},
        {QStringLiteral("scratch-dir"),
         QCoreApplication::translate("PitrCommand",
                                     "Where the scratch cluster is made (default: the temporary folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("query"),
         QCoreApplication::translate("PitrCommand", "A query to run in the restore and print (repeatable)."),
         QStringLiteral("SQL")},
        {QStringLiteral("keep"),
         QCoreApplication::translate(
             "PitrCommand", "Leave the scratch cluster running for inspection; the output says how to "
                            "connect and how to remove it.")},
        {QStringLiteral("dsn"),
         QCoreApplication::translate("PitrCommand",
                                     "Accepted for symmetry with status; the restore reads only the folder."),
         QStringLiteral("DSN")},
        {QStringLiteral("confirm"),
         QCoreApplication::translate("PitrCommand",
                                     "With --into live: the stack's name, typed to confirm that the live "
                                     "database is replaced."),
         QStringLiteral("NAME")},
        {QStringLiteral("pitr-dir"),
         QCoreApplication::translate("PitrCommand", "With --stack: the server's PITR folder (default %1).")
             .arg(PitrLayout().hostDir),
         QStringLiteral("DIR"), PitrLayout().hostDir},
        {QStringLiteral("container"),
         QCoreApplication::translate("PitrCommand", "With --stack: the database container (default %1).")
             .arg(PitrLayout().container),
         QStringLiteral("NAME"), PitrLayout().container},
        {QStringLiteral("env-file"),
         QCoreApplication::translate(
             "PitrCommand", "With --stack: the stack's .env on the server; its folder is the compose "
                            "project (default %1).")
             .arg(PitrLayout().envFile),
         QStringLiteral("FILE"), PitrLayout().envFile},
        {QStringLiteral("live-data-dir"),
         QCoreApplication::translate("PitrCommand",
                                     "With --stack: the live data directory (default: volumes/db/data beside "
                                     "the .env)."),
         QStringLiteral("DIR")},
        {QStringLiteral("bin-dir"),
         QCoreApplication::translate("PitrCommand", "With --stack: PostgreSQL's programs on the server."),
         QStringLiteral("DIR")},
        {QStringLiteral("path-first"),
         QCoreApplication::translate("PitrCommand",
                                     "With --stack: a folder put first on the server's PATH (a docker "
                                     "stand-in)."),
         QStringLiteral("DIR")},
        {QStringLiteral("verify-seconds"),
         QCoreApplication::translate("PitrCommand",
                                     "With --into live: how long the restarted database has to answer."),
         QStringLiteral("N"), QStringLiteral("120")},
        {QStringLiteral("json"),
         QCoreApplication::translate("PitrCommand", "Print the result as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (parser.isSet(QStringLiteral("stack")) || parser.isSet(QStringLiteral("host")))
        return remoteRestore(c, parser);
    if (!parser.isSet(QStringLiteral("data-dir")) || !parser.isSet(QStringLiteral("target-time")) ||
        !parser.isSet(QStringLiteral("into")))
        return usage(c);
    if (parser.value(QStringLiteral("into")) != QLatin1String("scratch")) {
        c.err << QCoreApplication::translate(
                     "PitrCommand",
                     "Only --into scratch is supported: replacing the live database needs the typed "
                     "confirmation of the Backups workspace.")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    PitrRestoreRequest request;
    request.pitrDir = QFileInfo(parser.value(QStringLiteral("data-dir"))).absoluteFilePath();
    request.target = parseTarget(parser.value(QStringLiteral("target-time")));
    request.scratchBase = parser.value(QStringLiteral("scratch-dir"));
    if (!request.target.isValid())
        return fail(c, Error{ErrorCode::PitrTarget,
                             QCoreApplication::translate("PitrCommand", "\"%1\" is not an ISO 8601 time.")
                                 .arg(parser.value(QStringLiteral("target-time")))});
    const bool json = parser.isSet(QStringLiteral("json"));

    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    Result<PitrRestoreResult> result = PitrRestore::run(request, &g_cancel, [&](const QString &step) {
        if (!json)
            c.err << step << QStringLiteral("…") << Qt::endl;
    });
    if (!result.ok()) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        if (json)
            c.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                               {QStringLiteral("code"), result.error().code},
                                               {QStringLiteral("message"), result.error().message}})
                         .toJson(QJsonDocument::Indented);
        return fail(c, result.error());
    }
    PitrRestoreResult &restored = result.value();
    QJsonObject out{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("target"), restored.target.toString(Qt::ISODateWithMs)},
                    {QStringLiteral("baseBackup"), restored.base.label},
                    {QStringLiteral("stoppedAt"), restored.outcome.stoppedAt},
                    {QStringLiteral("lastTransaction"), restored.outcome.lastTransaction},
                    {QStringLiteral("evidence"), QJsonArray::fromStringList(restored.evidence)},
                    {QStringLiteral("durationMs"), restored.durationMs}};
    if (!json) {
        c.out << QCoreApplication::translate("PitrCommand", "Restored to %1 from base backup %2.")
                     .arg(restored.target.toString(Qt::ISODateWithMs), restored.base.label)
              << Qt::endl;
        for (const QString &line : std::as_const(restored.evidence))
            c.out << QLatin1String("  ") << line << Qt::endl;
    }
    out.insert(QStringLiteral("queries"),
               runQueries(restored, parser.values(QStringLiteral("query")), c, json));
    if (parser.isSet(QStringLiteral("keep"))) {
        const QString socket = restored.socketDir();
        const QString pgCtl = restored.cluster->tool(QStringLiteral("pg_ctl"));
        const QString dir = restored.cluster->keep();
        out.insert(QStringLiteral("kept"), dir);
        out.insert(QStringLiteral("connect"), QStringLiteral("psql -h %1 -U postgres postgres").arg(socket));
        out.insert(QStringLiteral("remove"),
                   QStringLiteral("%1 -D %2/data -m fast stop && rm -rf %2").arg(pgCtl, dir));
        if (!json)
            c.out << QCoreApplication::translate(
                         "PitrCommand", "The scratch cluster keeps running: psql -h %1 -U postgres postgres")
                         .arg(socket)
                  << Qt::endl
                  << QCoreApplication::translate("PitrCommand",
                                                 "Remove it with: %1 -D %2/data -m fast stop && rm -rf %2")
                         .arg(pgCtl, dir)
                  << Qt::endl;
    } else if (!json) {
        c.out << QCoreApplication::translate("PitrCommand", "The scratch cluster was removed.") << Qt::endl;
    }
    restored.cluster.reset();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (json)
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return status(ExitStatus::Ok);
}

int runPitr(CliContext &c)
{
    if (c.args.size() < 2)
        return usage(c);
    const QString sub = c.args.takeAt(1);
    c.args[0] += QLatin1Char(' ') + sub;
    if (sub == QLatin1String("status"))
        return statusCommand(c);
    if (sub == QLatin1String("restore"))
        return restoreCommand(c);
    return usage(c);
}

} // namespace

REGISTER_CLI_COMMAND("pitr",
                     QT_TRANSLATE_NOOP("Cli", "Point-in-time recovery: archiver status, restore to a time"),
                     runPitr);

} // namespace supadesk::cli
