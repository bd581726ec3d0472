// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli plan: writes the setup bundle (PostgreSQL tuning, .env with fresh secrets, pooler
// settings, compose override, firewall and backup scripts, README) for a host described on the command line.
#include "clicontext.h"
#include "core/setup/exportfilemode.h"
#include "core/setup/setupbundle.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace supadesk::cli {

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "Cli", "Usage: supadesk-cli plan --ram 16GiB --cpus 4 --storage ssd|hdd --connections N "
               "--workload web|oltp|analytics|mixed [--env-in FILE] --out DIR");
}

bool positiveInt(const QString &text, int *value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value > 0;
}

Status writeFile(const QString &path, const BundleFile &file)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error{ErrorCode::PlanWrite,
                     QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, out.errorString())};
    // The same modes as the Setup wizard's export: secrets readable by the owner only, from the first byte
    // on; scripts 0750 (they run as root, and read secrets beside them); text 0644.
    out.setPermissions(ExportFileMode::forBundleFile(file.kind));
    if (out.write(file.content) != file.content.size() || !out.commit())
        return Error{ErrorCode::PlanWrite,
                     QCoreApplication::translate("Cli", "Cannot write %1: %2").arg(path, out.errorString())};
    return success();
}

int runPlan(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const BackupOptions backupDefaults;
    parser.addOptions({
        {QStringLiteral("ram"), QCoreApplication::translate("Cli", "RAM of the server, e.g. 16GiB."),
         QStringLiteral("SIZE")},
        {QStringLiteral("cpus"), QCoreApplication::translate("Cli", "vCPUs of the server."),
         QStringLiteral("N")},
        {QStringLiteral("storage"), QCoreApplication::translate("Cli", "ssd or hdd."), QStringLiteral("KIND"),
         QStringLiteral("ssd")},
        {QStringLiteral("connections"),
         QCoreApplication::translate("Cli", "Expected PostgreSQL connections (max_connections)."),
         QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("workload"), QCoreApplication::translate("Cli", "web, oltp, analytics or mixed."),
         QStringLiteral("KIND"), QStringLiteral("web")},
        {QStringLiteral("env-in"),
         QCoreApplication::translate(
             "Cli", "The server's .env to edit in place (comments and other keys are kept)."),
         QStringLiteral("FILE")},
        {QStringLiteral("rotate-all"),
         QCoreApplication::translate("Cli", "Replace every secret, not only example, weak or broken ones.")},
        {QStringLiteral("preload"),
         QCoreApplication::translate(
             "Cli",
             "The server's current shared_preload_libraries (comma-separated), to extend instead of merging "
             "on the "
             "server."),
         QStringLiteral("LIST")},
        {QStringLiteral("wal-archive"),
         QCoreApplication::translate(
             "Cli", "Turn on WAL archiving (PITR) into this folder inside the db container (e.g. %1): WAL "
                    "goes to DIR/wal, base backups to DIR/base.")
             .arg(PitrLayout().containerDir),
         QStringLiteral("DIR")},
        {QStringLiteral("wal-archive-host"),
         QCoreApplication::translate(
             "Cli", "The server's folder mounted at --wal-archive by the compose override (default %1).")
             .arg(PitrLayout().hostDir),
         QStringLiteral("DIR"), PitrLayout().hostDir},
        {QStringLiteral("ssh-port"),
         QCoreApplication::translate("Cli", "SSH port the firewall must keep open."), QStringLiteral("PORT"),
         QStringLiteral("22")},
        {QStringLiteral("retention-days"), QCoreApplication::translate("Cli", "Days to keep backups."),
         QStringLiteral("DAYS"), QString::number(backupDefaults.retentionDays)},
        {QStringLiteral("out"), QCoreApplication::translate("Cli", "Directory to write the bundle to."),
         QStringLiteral("DIR")},
    });
    if (!parser.parse(c.args)) {
        c.err << parser.errorText() << Qt::endl << usage() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        c.out << parser.helpText();
        return 0;
    }
    for (const char *required : {"ram", "cpus", "out"})
        if (!parser.isSet(QString::fromLatin1(required))) {
            c.err << QCoreApplication::translate("Cli", "Missing --%1.").arg(QString::fromLatin1(required))
                  << Qt::endl
                  << usage() << Qt::endl;
            return 2;
        }

    BundleInput in;
    in.now = QDateTime::currentDateTimeUtc();
    const Result<qint64> ram = HostProfile::parseMemoryMb(parser.value(QStringLiteral("ram")));
    const Result<StorageKind> storage = HostProfile::parseStorage(parser.value(QStringLiteral("storage")));
    const Result<Workload> workload = HostProfile::parseWorkload(parser.value(QStringLiteral("workload")));
    for (const Error *e : {ram.ok() ? nullptr : &ram.error(), storage.ok() ? nullptr : &storage.error(),
                           workload.ok() ? nullptr : &workload.error()})
        if (e)
            return fail(c, *e);
    in.host.ramMb = ram.value();
    in.host.storage = storage.value();
    in.host.workload = workload.value();
    if (!positiveInt(parser.value(QStringLiteral("cpus")), &in.host.cpus) ||
        !positiveInt(parser.value(QStringLiteral("connections")), &in.host.connections) ||
        !positiveInt(parser.value(QStringLiteral("ssh-port")), &in.firewall.sshPort) ||
        !positiveInt(parser.value(QStringLiteral("retention-days")), &in.backup.retentionDays)) {
        c.err << QCoreApplication::translate(
                     "Cli",
                     "--cpus, --connections, --ssh-port and --retention-days take positive whole numbers.")
              << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("preload"))) {
        QStringList libraries;
        for (const QString &item :
             parser.value(QStringLiteral("preload")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            libraries.append(item.trimmed());
        in.host.preloadLibraries = libraries;
    }
    if (parser.isSet(QStringLiteral("wal-archive"))) {
        // The archive folder is mounted from the server into the container, created and handed to
        // postgres by pitr-setup.sh: archive_command never points at a folder nobody made.
        PitrLayout pitr;
        pitr.containerDir = parser.value(QStringLiteral("wal-archive"));
        if (pitr.containerDir.endsWith(QLatin1Char('/')) && pitr.containerDir.size() > 1)
            pitr.containerDir.chop(1);
        pitr.hostDir = parser.value(QStringLiteral("wal-archive-host"));
        pitr.envFile = in.backup.envFile;
        pitr.container = in.backup.container;
        in.pitr = pitr;
    }
    in.rotateAllSecrets = parser.isSet(QStringLiteral("rotate-all"));
    if (parser.isSet(QStringLiteral("env-in"))) {
        QFile env(parser.value(QStringLiteral("env-in")));
        if (!env.open(QIODevice::ReadOnly)) {
            c.err << QCoreApplication::translate("Cli", "Cannot read %1: %2")
                         .arg(env.fileName(), env.errorString())
                  << Qt::endl;
            return 1;
        }
        in.envIn = QString::fromUtf8(env.readAll());
    }

    const Result<Bundle> bundle = SetupBundle::build(in);
    if (!bundle.ok())
        return fail(c, bundle.error());
    const QString outDir = parser.value(QStringLiteral("out"));
    if (!QDir().mkpath(outDir)) {
        c.err << QCoreApplication::translate("Cli", "Cannot create the directory %1.").arg(outDir)
              << Qt::endl;
        return 1;
    }
    for (const BundleFile &file : bundle.value().files) {
        const Status written = writeFile(QDir(outDir).filePath(file.name), file);
        if (!written.ok())
            return fail(c, written.error());
    }
    for (const Finding &f : bundle.value().findings)
        c.err << (f.line > 0
                      ? QCoreApplication::translate("Cli", ".env line %1: %2").arg(f.line).arg(f.message)
                      : f.message)
              << Qt::endl;
    if (!bundle.value().replacedSecrets.isEmpty())
        c.out << QCoreApplication::translate("Cli", "New secrets: %1")
                     .arg(bundle.value().replacedSecrets.join(QStringLiteral(", ")))
              << Qt::endl;
    c.out << QCoreApplication::translate("Cli", "Wrote %n file(s) to %1; README.md lists the steps in order.",
                                         nullptr, static_cast<int>(bundle.value().files.size()))
                 .arg(outDir)
          << Qt::endl;
    return 0;
}

} // namespace

REGISTER_CLI_COMMAND("plan",
                     QT_TRANSLATE_NOOP("Cli",
                                       "Write a setup bundle: tuning, secrets, pooler, firewall, backups"),
                     runPlan);

} // namespace supadesk::cli
