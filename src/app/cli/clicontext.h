// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace supadesk::cli {

// What every subcommand gets: its arguments (args[0] is "supadesk-cli COMMAND", as
// QCommandLineParser expects a program name) and the two streams.
struct CliContext
{
    QStringList args;
    QTextStream &out;
    QTextStream &err;
};

using CliHandler = std::function<int(CliContext &)>;

// Exit statuses (docs/cli.md): an error that ends a command exits with its code's status from the
// catalogue (core/errorcode.h); status() names the others.
constexpr int status(ExitStatus s)
{
    return static_cast<int>(s);
}

// Tells why the command ends and returns the exit status of the error's code.
inline int fail(CliContext &c, const Error &error)
{
    c.err << error.message << Qt::endl;
    return ErrorCatalogue::exitStatus(error.id);
}

// Parses a subcommand's arguments. Returns the exit code when the command is already done (a usage
// error, exit 2; --help printed, exit 0), or -1 when the command should go on.
inline int parseArguments(QCommandLineParser &parser, CliContext &c)
{
    if (!parser.parse(c.args)) {
        c.err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        c.out << parser.helpText();
        return 0;
    }
    return -1;
}

// Subcommands register themselves from their own .cpp file (see REGISTER_CLI_COMMAND), so adding
// one is adding one file in src/app/cli/.
struct CliCommand
{
    QString name;
    const char *summary; // untranslated; shown through QCoreApplication::translate("Cli", ...)
    CliHandler handler;
};

QList<CliCommand> &cliCommands();

struct CliRegistration
{
    CliRegistration(const char *name, const char *summary, CliHandler handler)
    {
        cliCommands().append({QString::fromLatin1(name), summary, std::move(handler)});
    }
};

} // namespace supadesk::cli

#define REGISTER_CLI_COMMAND(name, summary, handler)                                                         \
    static const supadesk::cli::CliRegistration cliRegistration_##handler(name, summary, handler)
