// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli backup runbook: a stack's disaster-recovery runbook as Markdown (DisasterRunbook), with the
// stack's paths and commands, the contacts given and its newest restore drill from the history file.
// Exit 0 written, 2 usage or no such stack.
#include "clicontext.h"
#include "clistores.h"
#include "core/backup/disasterrunbook.h"
#include "services/stackrepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

namespace supadesk::cli {

int runRunbook(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("stack"),
         QCoreApplication::translate("RunbookCommand", "The stack the runbook is for."),
         QStringLiteral("NAME")},
        {QStringLiteral("format"),
         QCoreApplication::translate("RunbookCommand",
                                     "md (default). The PDF is written by the Backups workspace of the app."),
         QStringLiteral("FORMAT"), QStringLiteral("md")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("RunbookCommand", "en or ka (default: the interface's)."),
         QStringLiteral("LANG")},
        {QStringLiteral("out"),
         QCoreApplication::translate("RunbookCommand", "Write to FILE instead of printing."),
         QStringLiteral("FILE")},
        {QStringLiteral("contact"),
         QCoreApplication::translate("RunbookCommand",
                                     "A contact: name, role, phone or e-mail (repeatable)."),
         QStringLiteral("TEXT")},
        {QStringLiteral("backup-dir"),
         QCoreApplication::translate("RunbookCommand", "The server's backup folder (default %1).")
             .arg(BackupOptions().backupDir),
         QStringLiteral("DIR"), BackupOptions().backupDir},
        {QStringLiteral("rclone"),
         QCoreApplication::translate("RunbookCommand", "The rclone remote of the off-site copy, if any."),
         QStringLiteral("REMOTE")},
        {QStringLiteral("pitr-dir"),
         QCoreApplication::translate(
             "RunbookCommand", "The server's PITR folder, when point-in-time recovery is set up (e.g. %1).")
             .arg(PitrLayout().hostDir),
         QStringLiteral("DIR")},
    });
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const QString format = parser.value(QStringLiteral("format"));
    const QString language = parser.value(QStringLiteral("lang"));
    if (!parser.isSet(QStringLiteral("stack")) ||
        (format != QLatin1String("md") && format != QLatin1String("pdf")) ||
        (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("ka"))) {
        c.err << QCoreApplication::translate(
                     "RunbookCommand", "Usage: supadesk-cli backup runbook --stack NAME [--format md] "
                                       "[--lang en|ka] [--out FILE] [--contact TEXT]... [--pitr-dir DIR]")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    if (format == QLatin1String("pdf")) {
        c.err << QCoreApplication::translate(
                     "RunbookCommand", "The command line writes Markdown; the PDF comes from the Backups "
                                       "workspace (\"Runbook…\").")
              << Qt::endl;
        return status(ExitStatus::Usage);
    }
    const auto stack = StackRepository::forCurrentProfile().findByName(parser.value(QStringLiteral("stack")));
    if (!stack)
        return fail(c, Error{ErrorCode::CliNoStack,
                             QCoreApplication::translate("RunbookCommand", "There is no stack called \"%1\".")
                                 .arg(parser.value(QStringLiteral("stack")))});
    RunbookInput input;
    input.stack = *stack;
    input.backup.backupDir = parser.value(QStringLiteral("backup-dir"));
    input.backup.envFile = stack->installDir + QStringLiteral("/.env");
    input.backup.dbName = stack->dbName;
    input.backup.rcloneRemote = parser.value(QStringLiteral("rclone"));
    if (parser.isSet(QStringLiteral("pitr-dir"))) {
        PitrLayout pitr;
        pitr.hostDir = parser.value(QStringLiteral("pitr-dir"));
        input.pitr = pitr;
    }
    input.lastDrill = lastDrill(stack->id);
    input.contacts = parser.values(QStringLiteral("contact"));
    input.generatedAt = QDateTime::currentDateTimeUtc();
    const QString text = DisasterRunbook::markdown(input, language);
    if (!parser.isSet(QStringLiteral("out"))) {
        c.out << text;
        return status(ExitStatus::Ok);
    }
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        c.err << QCoreApplication::translate("RunbookCommand", "Cannot write %1: %2")
                     .arg(file.fileName(), file.errorString())
              << Qt::endl;
        return status(ExitStatus::Failed);
    }
    return status(ExitStatus::Ok);
}

} // namespace supadesk::cli
