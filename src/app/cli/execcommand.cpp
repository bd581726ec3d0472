// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli exec: runs one command on a stack's server and passes on its output and exit status.
#include "clicontext.h"
#include "sshcliopts.h"

#include <QCoreApplication>

#include <cstdio>

namespace supadesk::cli {

namespace {

int runExec(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("Cli", "The command to run on the server, after --."));
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    const auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return fail(c, settings.error());
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty()) {
        c.err << QCoreApplication::translate("Cli",
                                             "Usage: supadesk-cli exec --stack NAME -- COMMAND [ARGS...]")
              << Qt::endl;
        return 2;
    }
    SshSession session;
    const Status opened = session.open(settings.value().ssh);
    if (!opened.ok()) {
        c.err << opened.error().message << Qt::endl;
        if (opened.error().id == ErrorCode::SshHostKeyUnknown)
            c.err << QCoreApplication::translate("Cli",
                                                 "Run again with --accept-new-host-key to trust this key.")
                  << Qt::endl;
        return status(ExitStatus::NoConnection); // whatever the code, as ssh(1): no connection
    }
    c.out.flush();
    // Output is passed through as it arrives, byte for byte.
    const auto result =
        session.exec(words.join(QLatin1Char(' ')), {}, [](const QByteArray &chunk, bool isStderr) {
            std::FILE *stream = isStderr ? stderr : stdout;
            std::fwrite(chunk.constData(), 1, size_t(chunk.size()), stream);
            std::fflush(stream);
        });
    if (!result.ok()) {
        c.err << result.error().message << Qt::endl;
        return status(ExitStatus::NoConnection);
    }
    return result.value().exitStatus < 0 ? 255 : result.value().exitStatus;
}

} // namespace

REGISTER_CLI_COMMAND("exec", QT_TRANSLATE_NOOP("Cli", "Run a command on a stack's server over SSH"), runExec);

} // namespace supadesk::cli
