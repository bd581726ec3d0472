// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli backup: restore drills of a dump against the database it came from, and the catalogue of
// a backup folder as the nightly script (backup.sh) leaves it. Exit 0 ok, 1 a drill or the newest run
// failed (or the drill could not run: its code says why), 2 usage.
#include "clicontext.h"
#include "clistores.h"
#include "core/backup/backupcatalogue.h"
#include "core/backup/backupserverscripts.h"
#include "core/backup/drillrules.h"
#include "core/locale/displayformat.h"
#include "core/setup/backupscriptwriter.h"
#include "db/pgconninfo.h"
#include "services/apppaths.h"
#include "services/backup/backupkey.h"
#include "services/backup/restoredrill.h"
#include "services/backup/serverscriptrun.h"
#include "services/secretstore.h"
#include "services/stackrepository.h"
#include "sshcliopts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <csignal>
#include <memory>
#include <variant>

namespace supadesk::cli {

int runRunbook(CliContext &c); // runbookcommand.cpp

namespace {

std::atomic_bool g_cancel = false;

void printDrill(QTextStream &out, const DrillResult &d)
{
    const DisplayFormat format;
    out << (d.passed() ? QCoreApplication::translate("BackupCommand", "Restore drill passed")
                       : QCoreApplication::translate("BackupCommand", "Restore drill FAILED"))
        << QLatin1String(": ") << d.dumpFile << QLatin1String(" (") << format.duration(d.durationMs)
        << QLatin1Char(')') << Qt::endl;
    for (const QString &line : d.evidence)
        out << QLatin1String("  ") << line << Qt::endl;
    if (d.tables.isEmpty())
        return;
    int width = 0;
    for (const DrillTable &t : d.tables)
        width = std::max(width, int(t.qualifiedName().size()));
    out << Qt::endl
        << QCoreApplication::translate("BackupCommand", "Table").leftJustified(width) << QLatin1String("  ")
        << QCoreApplication::translate("BackupCommand", "Live").rightJustified(12) << QLatin1String("  ")
        << QCoreApplication::translate("BackupCommand", "Restored").rightJustified(12) << QLatin1String("  ")
        << QCoreApplication::translate("BackupCommand", "Verdict") << Qt::endl;
    const auto rows = [&](qint64 n, bool estimate) {
        return n < 0 ? QStringLiteral("—") : (estimate ? QStringLiteral("~") : QString()) + format.number(n);
    };
    for (const DrillTable &t : d.tables) {
        out << t.qualifiedName().leftJustified(width) << QLatin1String("  ")
            << rows(t.liveRows, !t.liveExact).rightJustified(12) << QLatin1String("  ")
            << rows(t.restoredRows, false).rightJustified(12) << QLatin1String("  ")
            << drillVerdictText(t.verdict) << Qt::endl;
    }
}

int drill(CliContext &c)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "BackupCommand", "With --stack NAME and without --dsn, the drill runs on the stack's server instead "
                         "(backup drill --stack NAME --help)."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dsn"),
         QCoreApplication::translate(
             "BackupCommand",
             "The live database the dump was taken from (read only), as for psql: "
             "postgresql://USER@HOST:PORT/DB or service=NAME. The password comes from PGPASSWORD, "
             "the password file or the service file, never from this option."),
         QStringLiteral("DSN")},
        {QStringLiteral("dump"),
         QCoreApplication::translate("BackupCommand", "The custom-format pg_dump file to restore."),
         QStringLiteral("FILE")},
        {QStringLiteral("globals"),
         QCoreApplication::translate("BackupCommand", "The pg_dumpall --globals-only file with the roles."),
         QStringLiteral("FILE")},
        {QStringLiteral("query"),
         QCoreApplication::translate("BackupCommand",
                                     "A query that must return rows in the restore (repeatable)."),
         QStringLiteral("SQL")},
        {QStringLiteral("scratch-dir"),
         QCoreApplication::translate("BackupCommand",
                                     "Where the scratch cluster is made (default: the temporary folder)."),
         QStringLiteral("DIR")},
        {QStringLiteral("stack"),
         QCoreApplication::translate("BackupCommand",
                                     "Keep the result in this stack's drill history (the Audit reads it)."),
         QStringLiteral("NAME")},
        {QStringLiteral("json"),
         QCoreApplication::translate("BackupCommand", "Print the result as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (!parser.isSet(QStringLiteral("dsn")) || !parser.isSet(QStringLiteral("dump"))) {
        c.err << QCoreApplication::translate(
                     "BackupCommand",
                     "Usage: supadesk-cli backup drill --dsn DSN --dump FILE [--globals FILE] "
                     "[--query SQL]... [--scratch-dir DIR] [--stack NAME] [--json]")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    const Result<PostgresDsn> dsn = PgConnInfo::parse(parser.value(QStringLiteral("dsn")));
    if (!dsn.ok()) {
        c.err << dsn.error().message << Qt::endl;
        return status(ExitStatus::Usage);
    }
    if (!dsn.value().password.isEmpty()) {
        c.err << QCoreApplication::translate(
                     "BackupCommand", "The connection string holds a password, which ps shows to every "
                                      "user of this machine: give it in PGPASSWORD or a password file.")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    DrillRequest request;
    request.live = dsn.value();
    if (request.live.password.isEmpty())
        request.live.password = qEnvironmentVariable("PGPASSWORD");
    request.dumpFile = QFileInfo(parser.value(QStringLiteral("dump"))).absoluteFilePath();
    if (parser.isSet(QStringLiteral("globals")))
        request.globalsFile = QFileInfo(parser.value(QStringLiteral("globals"))).absoluteFilePath();
    request.queries = parser.values(QStringLiteral("query"));
    request.scratchBase = parser.value(QStringLiteral("scratch-dir"));
    if (parser.isSet(QStringLiteral("stack"))) {
        const auto stack =
            StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
        if (!stack)
            return fail(c,
                        Error{ErrorCode::CliNoStack,
                              QCoreApplication::translate("BackupCommand", "There is no stack called \"%1\".")
                                  .arg(parser.value(QStringLiteral("stack")))});
        request.stackId = stack->id;
    }

    // Ctrl+C or SIGTERM cancels the drill, which then removes its scratch cluster.
    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const bool json = parser.isSet(QStringLiteral("json"));
    const Result<DrillResult> result = RestoreDrill::run(request, &g_cancel, [&](const QString &step) {
        if (!json)
            c.err << step << QStringLiteral("…") << Qt::endl;
    });
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!result.ok()) {
        if (json)
            c.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                               {QStringLiteral("code"), result.error().code},
                                               {QStringLiteral("message"), result.error().message}})
                         .toJson(QJsonDocument::Indented);
        return fail(c, result.error());
    }
    if (!request.stackId.isEmpty())
        if (const Status kept = recordDrill(result.value()); !kept.ok())
            c.err << kept.error().message << Qt::endl;
    if (json)
        c.out << QJsonDocument(drillResultToJson(result.value())).toJson(QJsonDocument::Indented);
    else
        printDrill(c.out, result.value());
    return result.value().passed() ? status(ExitStatus::Ok) : status(ExitStatus::Failed);
}

QString runText(BackupLogRun::Outcome outcome)
{
    switch (outcome) {
    case BackupLogRun::Outcome::Ok:
        return QCoreApplication::translate("BackupCommand", "ok");
    case BackupLogRun::Outcome::Failed:
        return QCoreApplication::translate("BackupCommand", "FAILED");
    case BackupLogRun::Outcome::Unfinished:
        break;
    }
    return QCoreApplication::translate("BackupCommand", "unfinished");
}

int list(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("dir"),
         QCoreApplication::translate("BackupCommand",
                                     "The backup folder (BACKUP_DIR of the nightly script)."),
         QStringLiteral("DIR")},
        {QStringLiteral("log"),
         QCoreApplication::translate("BackupCommand",
                                     "The backup log (LOG_FILE of the nightly script; default %1).")
             .arg(BackupOptions().logFile),
         QStringLiteral("FILE")},
        {QStringLiteral("json"),
         QCoreApplication::translate("BackupCommand", "Print the catalogue as one JSON object.")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    if (!parser.isSet(QStringLiteral("dir"))) {
        c.err << QCoreApplication::translate(
                     "BackupCommand", "Usage: supadesk-cli backup list --dir DIR [--log FILE] [--json]")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    const QString dir = parser.value(QStringLiteral("dir"));
    if (!QFileInfo(dir).isDir())
        return fail(c,
                    Error{ErrorCode::BackupMissing,
                          QCoreApplication::translate("BackupCommand", "The backup folder %1 does not exist.")
                              .arg(dir)});
    QList<BackupFile> files;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files, QDir::Name)) {
        BackupFile f;
        f.name = info.fileName();
        f.size = info.size();
        f.modified = info.lastModified().toUTC();
        files << f;
    }
    const QString logPath =
        parser.isSet(QStringLiteral("log")) ? parser.value(QStringLiteral("log")) : BackupOptions().logFile;
    QString log;
    QFile logFile(logPath);
    if (logFile.open(QIODevice::ReadOnly))
        log = QString::fromUtf8(logFile.readAll());
    else if (parser.isSet(QStringLiteral("log")))
        return fail(c, Error{ErrorCode::BackupMissing,
                             QCoreApplication::translate("BackupCommand", "The backup log %1 cannot be read.")
                                 .arg(logPath)});
    const BackupCatalogue catalogue = BackupCatalogueReader::read(dir, files, log);
    const bool lastFailed =
        !catalogue.runs.isEmpty() && catalogue.runs.first().outcome == BackupLogRun::Outcome::Failed;

    if (parser.isSet(QStringLiteral("json"))) {
        c.out << QJsonDocument(BackupCatalogueReader::toJson(catalogue)).toJson(QJsonDocument::Indented);
        return lastFailed ? status(ExitStatus::Failed) : status(ExitStatus::Ok);
    }
    const DisplayFormat format;
    c.out << QCoreApplication::translate("BackupCommand", "Backups in %1:").arg(dir) << Qt::endl;
    if (catalogue.files.isEmpty())
        c.out << QLatin1String("  ") << QCoreApplication::translate("BackupCommand", "none") << Qt::endl;
    for (const BackupFile &f : catalogue.files) {
        const BackupLogRun *run = catalogue.runFor(f);
        c.out << QLatin1String("  ") << format.dateTime(f.taken.toLocalTime()) << QLatin1String("  ")
              << BackupCatalogueReader::kindText(f.kind).leftJustified(8)
              << format.bytes(f.size).rightJustified(11) << QLatin1String("  ") << f.name;
        if (run)
            c.out << QLatin1String("  [") << runText(run->outcome) << QLatin1Char(']');
        c.out << Qt::endl;
    }
    c.out << QCoreApplication::translate("BackupCommand", "Runs in %1:").arg(logPath) << Qt::endl;
    if (catalogue.runs.isEmpty())
        c.out << QLatin1String("  ") << QCoreApplication::translate("BackupCommand", "none") << Qt::endl;
    for (const BackupLogRun &r : catalogue.runs) {
        c.out << QLatin1String("  ") << format.dateTime(r.started.toLocalTime()) << QLatin1String("  ")
              << runText(r.outcome).leftJustified(10);
        if (r.outcome == BackupLogRun::Outcome::Ok)
            c.out << r.file << QLatin1String(", ") << format.bytes(r.size);
        else if (r.outcome == BackupLogRun::Outcome::Failed)
            c.out << r.message;
        c.out << Qt::endl;
    }
    if (const BackupFile *good = catalogue.newestGoodDump())
        c.out << QCoreApplication::translate("BackupCommand", "Newest good dump: %1, %2.")
                     .arg(good->name, format.dateTime(good->taken.toLocalTime()))
              << Qt::endl;
    else
        c.out << QCoreApplication::translate("BackupCommand", "No good dump.") << Qt::endl;
    return lastFailed ? status(ExitStatus::Failed) : status(ExitStatus::Ok);
}

// --- The SSH forms (--stack NAME, or --host … for an ad hoc server): everything runs on the server. ---

bool hasOption(const QStringList &args, const char *name)
{
    const QString option = QStringLiteral("--") + QLatin1String(name);
    for (const QString &a : args)
        if (a == option || a.startsWith(option + QLatin1Char('=')))
            return true;
    return false;
}

// --stack NAME or --host HOST: the server's form (without either, the local form and its usage).
bool onServer(const QStringList &args)
{
    return hasOption(args, "stack") || hasOption(args, "host");
}

void addServerOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOptions({
        {QStringLiteral("backup-script"),
         QCoreApplication::translate("BackupCommand",
                                     "The nightly backup script on the server (default %1); its settings "
                                     "name the backup folder, the log and the database.")
             .arg(BackupServerPaths().backupScript),
         QStringLiteral("FILE")},
        {QStringLiteral("scratch-dir"),
         QCoreApplication::translate("BackupCommand",
                                     "Where the scratch cluster is made on the server (default %1).")
             .arg(BackupServerPaths().scratchBase),
         QStringLiteral("DIR")},
        {QStringLiteral("path-first"),
         QCoreApplication::translate("BackupCommand",
                                     "A folder put first on the server's PATH (a docker stand-in)."),
         QStringLiteral("DIR")},
        {QStringLiteral("json"), QCoreApplication::translate("BackupCommand", "Print the result as JSON.")},
    });
}

struct Server
{
    std::unique_ptr<StackConnection> connection;
    BackupServerPaths paths;
    QString stackId;
};

// Connects to the stack's (or the ad hoc) server; an exit status when it cannot.
std::variant<Server, int> connectServer(CliContext &c, const QCommandLineParser &parser, const QString &usage)
{
    if (!parser.isSet(QStringLiteral("stack")) && !parser.isSet(QStringLiteral("host"))) {
        c.err << usage << Qt::endl;
        return status(ExitStatus::Usage);
    }
    Server server;
    if (parser.isSet(QStringLiteral("stack"))) {
        const auto stack =
            StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
        if (stack)
            server.stackId = stack->id;
    }
    if (parser.isSet(QStringLiteral("backup-script")))
        server.paths.backupScript = parser.value(QStringLiteral("backup-script"));
    if (parser.isSet(QStringLiteral("scratch-dir")))
        server.paths.scratchBase = parser.value(QStringLiteral("scratch-dir"));
    server.paths.pathFirst = parser.value(QStringLiteral("path-first"));
    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return fail(c, settings.error());
    StackConnection::Settings s = settings.value();
    s.forwards.clear(); // the scripts need no tunnel
    server.connection = std::make_unique<StackConnection>(s);
    if (const Status up = connectAndWait(*server.connection); !up.ok()) {
        c.err << up.error().message << Qt::endl;
        return status(ExitStatus::NoConnection);
    }
    return server;
}

void printError(CliContext &c, bool json, const Error &error)
{
    if (json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("error")},
                                           {QStringLiteral("code"), error.code},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Indented);
}

int remoteList(CliContext &c)
{
    QCommandLineParser parser;
    addServerOptions(parser);
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QString usage = QCoreApplication::translate(
        "BackupCommand", "Usage: supadesk-cli backup list --stack NAME [--backup-script FILE] [--json]");
    auto connected = connectServer(c, parser, usage);
    if (int *code = std::get_if<int>(&connected))
        return *code;
    Server &server = std::get<Server>(connected);
    const bool json = parser.isSet(QStringLiteral("json"));
    const Result<QString> out = ServerScriptRun::runShort(
        server.connection.get(),
        BackupServerScripts::asRoot(BackupServerScripts::catalogueScript(server.paths),
                                    server.paths.pathFirst));
    const Result<BackupCatalogue> catalogue =
        out.ok() ? BackupServerScripts::parseCatalogue(out.value()) : Result<BackupCatalogue>(out.error());
    if (!catalogue.ok()) {
        printError(c, json, catalogue.error());
        return fail(c, catalogue.error());
    }
    const BackupHealth health = BackupHealth::of(catalogue.value(), QDateTime::currentDateTimeUtc());
    if (json) {
        QJsonObject o = BackupCatalogueReader::toJson(catalogue.value());
        o.insert(QStringLiteral("healthy"), !health.red());
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        const DisplayFormat format;
        for (const BackupFile &f : catalogue.value().files)
            c.out << format.dateTime(f.taken.toLocalTime()) << QLatin1String("  ")
                  << BackupCatalogueReader::kindText(f.kind).leftJustified(11)
                  << format.bytes(f.size).rightJustified(11) << QLatin1String("  ")
                  << (f.remote ? catalogue.value().remote + QLatin1Char(':') : QString()) << f.name
                  << Qt::endl;
        for (const BackupLogRun &r : catalogue.value().runs)
            c.out << format.dateTime(r.started.toLocalTime()) << QLatin1String("  ")
                  << BackupCatalogueReader::outcomeText(r.outcome).leftJustified(10)
                  << (r.outcome == BackupLogRun::Outcome::Failed ? r.message : r.file) << Qt::endl;
        if (!catalogue.value().remoteError.isEmpty())
            c.out << catalogue.value().remoteError << Qt::endl;
        c.out << BackupCatalogueReader::coverageText(catalogue.value().coverage()) << Qt::endl;
        c.out << (health.red() ? QCoreApplication::translate("BackupCommand", "Backups are NOT healthy.")
                               : QCoreApplication::translate("BackupCommand", "Backups are healthy."))
              << Qt::endl;
    }
    return health.red() ? status(ExitStatus::Failed) : status(ExitStatus::Ok);
}

int remoteRun(CliContext &c)
{
    QCommandLineParser parser;
    addServerOptions(parser);
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QString usage = QCoreApplication::translate(
        "BackupCommand", "Usage: supadesk-cli backup run --stack NAME [--backup-script FILE] [--json]");
    auto connected = connectServer(c, parser, usage);
    if (int *code = std::get_if<int>(&connected))
        return *code;
    Server &server = std::get<Server>(connected);
    const bool json = parser.isSet(QStringLiteral("json"));
    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const Result<QString> out = ServerScriptRun::run(
        server.connection.get(),
        BackupServerScripts::asRoot(BackupServerScripts::backupNowScript(server.paths),
                                    server.paths.pathFirst),
        [&](const QString &chunk) {
            if (json)
                return;
            for (const QString &line : chunk.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                if (!line.startsWith(QLatin1String("@@")))
                    c.err << line << Qt::endl;
        },
        &g_cancel);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!out.ok()) {
        printError(c, json, out.error());
        return fail(c, out.error());
    }
    const QHash<QString, QString> s = BackupServerScripts::sections(out.value());
    if (s.contains(QStringLiteral("error")) || s.contains(QStringLiteral("nosudo"))) {
        const Error e = BackupServerScripts::parseCatalogue(out.value()).error();
        printError(c, json, e);
        return fail(c, e);
    }
    if (g_cancel) {
        const Error e{ErrorCode::BackupCancelled,
                      QCoreApplication::translate("BackupCommand", "The backup was cancelled.")};
        printError(c, json, e);
        return fail(c, e);
    }
    const bool ok = s.value(QStringLiteral("exit")).trimmed() == QLatin1String("0");
    if (json)
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("status"),
                                            ok ? QStringLiteral("ok") : QStringLiteral("failed")},
                                           {QStringLiteral("output"), s.value(QStringLiteral("output"))}})
                     .toJson(QJsonDocument::Indented);
    else
        c.out << (ok ? QCoreApplication::translate("BackupCommand", "The backup finished.")
                     : QCoreApplication::translate("BackupCommand", "The backup FAILED."))
              << Qt::endl;
    return ok ? status(ExitStatus::Ok) : status(ExitStatus::Failed);
}

int remoteDrill(CliContext &c)
{
    QCommandLineParser parser;
    addServerOptions(parser);
    parser.addOption({QStringLiteral("dump"),
                      QCoreApplication::translate("BackupCommand",
                                                  "The dump on the server to restore (default: the newest)."),
                      QStringLiteral("FILE")});
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QString usage = QCoreApplication::translate(
        "BackupCommand",
        "Usage: supadesk-cli backup drill --stack NAME [--dump FILE] [--scratch-dir DIR] [--json]");
    auto connected = connectServer(c, parser, usage);
    if (int *code = std::get_if<int>(&connected))
        return *code;
    Server &server = std::get<Server>(connected);
    const bool json = parser.isSet(QStringLiteral("json"));
    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    // An encrypted backup is decrypted on the server with the stack's key from the keychain, sent on
    // the drill's stdin; without one the drill says so.
    QByteArray key;
    if (!server.stackId.isEmpty())
        if (const Result<QString> kept =
                SecretStore(AppPaths::keychainService()).readNow(server.stackId, BackupKey::SecretName);
            kept.ok())
            key = kept.value().toUtf8();
    const Result<QString> out = ServerScriptRun::run(
        server.connection.get(),
        BackupServerScripts::asRoot(
            BackupServerScripts::drillScript(server.paths, parser.value(QStringLiteral("dump"))),
            server.paths.pathFirst),
        [&](const QString &chunk) {
            if (json)
                return;
            for (const QString &line : chunk.split(QLatin1Char('\n')))
                if (const auto step = BackupServerScripts::stepOf(line))
                    c.err << BackupServerScripts::stepText(*step) << QStringLiteral("…") << Qt::endl;
        },
        &g_cancel, key);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const Result<DrillResult> result = out.ok() ? BackupServerScripts::parseDrill(out.value(), server.stackId)
                                                : Result<DrillResult>(out.error());
    if (!result.ok()) {
        printError(c, json, result.error());
        return fail(c, result.error());
    }
    if (!server.stackId.isEmpty())
        if (const Status kept = recordDrill(result.value()); !kept.ok())
            c.err << kept.error().message << Qt::endl;
    if (json)
        c.out << QJsonDocument(drillResultToJson(result.value())).toJson(QJsonDocument::Indented);
    else
        printDrill(c.out, result.value());
    return result.value().passed() ? status(ExitStatus::Ok) : status(ExitStatus::Failed);
}

int runBackup(CliContext &c)
{
    const QString usage =
        QCoreApplication::translate("BackupCommand", "Usage: supadesk-cli backup list|run|drill ...");
    if (c.args.size() < 2) {
        c.err << usage << Qt::endl;
        return status(ExitStatus::Usage);
    }
    const QString sub = c.args.takeAt(1);
    c.args[0] += QLatin1Char(' ') + sub;
    // --dsn and --dir are the local forms; --stack (or --host) the server's.
    if (sub == QLatin1String("drill"))
        return hasOption(c.args, "dsn") || !onServer(c.args) ? drill(c) : remoteDrill(c);
    if (sub == QLatin1String("list"))
        return hasOption(c.args, "dir") || !onServer(c.args) ? list(c) : remoteList(c);
    if (sub == QLatin1String("run"))
        return remoteRun(c);
    if (sub == QLatin1String("runbook"))
        return runRunbook(c);
    c.err << usage << Qt::endl;
    return status(ExitStatus::Usage);
}

} // namespace

REGISTER_CLI_COMMAND("backup",
                     QT_TRANSLATE_NOOP("Cli", "A stack's backups: list them, back up now, restore drills"),
                     runBackup);

} // namespace supadesk::cli
