#pragma once

#include <QStringList>
#include <QTextStream>

namespace supadesk::cli {

// What every subcommand gets: its own arguments (after the subcommand words) and the two streams.
struct CliContext
{
    QStringList args; // args[0] is the program name as QCommandLineParser expects
    QTextStream &out;
    QTextStream &err;
};

int runStacks(CliContext &context);

} // namespace supadesk::cli
