// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli backup runbook: a stack's disaster-recovery runbook as Markdown (DisasterRunbook) or PDF
// (RunbookPdf, as the Backups tab writes it), with the stack's paths and commands, the contacts given and
// its newest restore drill from the history file.
// Exit 0 written, 2 usage or no such stack.
#include "clicontext.h"
#include "clistores.h"
#include "core/backup/disasterrunbook.h"
#include "gui/backup/runbookpdf.h"
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
         QCoreApplication::translate("RunbookCommand", "md (default) or pdf (needs --output)."),
         QStringLiteral("FORMAT"), QStringLiteral("md")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("RunbookCommand", "en or ka (default: the interface's)."),
         QStringLiteral("LANG")},
        {{QStringLiteral("output"), QStringLiteral("out")},
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
    const bool pdf = format == QLatin1String("pdf");
    if (!parser.isSet(QStringLiteral("stack")) || (format != QLatin1String("md") && !pdf) ||
        (pdf && !parser.isSet(QStringLiteral("output"))) ||
        (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("ka"))) {
        c.err << QCoreApplication::translate(
                     "RunbookCommand", "Usage: supadesk-cli backup runbook --stack NAME [--format md|pdf] "
                                       "[--lang en|ka] [--output FILE] [--contact TEXT]... [--pitr-dir DIR]")
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
    if (pdf) {
        if (const Status written = RunbookPdf::write(parser.value(QStringLiteral("output")), input, language);
            !written.ok()) {
            c.err << written.error().message << Qt::endl;
            return status(ExitStatus::Failed);
        }
        return status(ExitStatus::Ok);
    }
    const QString text = DisasterRunbook::markdown(input, language);
    if (!parser.isSet(QStringLiteral("output"))) {
        c.out << text;
        return status(ExitStatus::Ok);
    }
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        c.err << QCoreApplication::translate("RunbookCommand", "Cannot write %1: %2")
                     .arg(file.fileName(), file.errorString())
              << Qt::endl;
        return status(ExitStatus::Failed);
    }
    return status(ExitStatus::Ok);
}

} // namespace supadesk::cli
