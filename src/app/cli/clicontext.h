#pragma once

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

#define REGISTER_CLI_COMMAND(name, summary, handler)                                                       \
    static const supadesk::cli::CliRegistration cliRegistration_##handler(name, summary, handler)
