// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli pitr: point-in-time recovery of a local server's PITR folder (the layout pitr-setup.sh and
// pitr-basebackup.sh keep: wal/ and base/STAMP/). `status` reads pg_stat_archiver and the folder; `restore`
// replays a base backup and the archive up to a time into a scratch cluster, never the live database.
// Exit 0 ok, 1 archiving fails or is off / the restore failed, 2 usage or no connection.
#include "clicontext.h"
#include "core/backup/pitrrules.h"
#include "db/pgconninfo.h"
#include "services/backup/pitrarchive.h"
#include "services/backup/pitrrestore.h"
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
                 "[--query SQL]... [--keep] [--json]")
          << Qt::endl;
    return status(ExitStatus::Usage);
}

// The --stack form needs the server's own folder and a scratch instance there; until then the local form
// is the only one, and says so rather than failing some other way.
int stackRefused(CliContext &c)
{
    c.err << QCoreApplication::translate(
                 "PitrCommand",
                 "--stack is not supported yet: copy the server's PITR folder (or mount it) and use "
                 "--data-dir with --dsn through `supadesk-cli tunnel`.")
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

int restoreCommand(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
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
        {QStringLiteral("stack"),
         QCoreApplication::translate("PitrCommand", "A stack's server (not supported yet)."),
         QStringLiteral("NAME")},
        {QStringLiteral("json"),
         QCoreApplication::translate("PitrCommand", "Print the result as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (parser.isSet(QStringLiteral("stack")))
        return stackRefused(c);
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
