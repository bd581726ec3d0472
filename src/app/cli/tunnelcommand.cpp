// SPDX-License-Identifier: GPL-3.0-or-later
// supadesk-cli tunnel: local port forwarding through one SSH session, until SIGINT/SIGTERM.
#include "clicontext.h"
#include "sshcliopts.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace supadesk::cli {

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &byte, 1);
}

int runTunnel(CliContext &c)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    SshCliOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("forward"),
         QCoreApplication::translate(
             "Cli", "LOCALPORT:REMOTEHOST:REMOTEPORT, as the server sees REMOTEHOST (repeatable)."),
         QStringLiteral("SPEC")});
    parser.addOption({QStringLiteral("keepalive"),
                      QCoreApplication::translate("Cli", "Seconds between keepalives."),
                      QStringLiteral("SECONDS"), QStringLiteral("15")});
    if (const int done = parseArguments(parser, c); done >= 0)
        return done;
    auto settings = SshCliOptions::read(parser);
    if (!settings.ok())
        return fail(c, settings.error());
    StackConnection::Settings s = settings.value();
    if (parser.isSet(QStringLiteral("forward"))) {
        s.forwards.clear();
        for (const QString &spec : parser.values(QStringLiteral("forward"))) {
            const auto f = SshCliOptions::parseForward(spec);
            if (!f.ok())
                return fail(c, f.error());
            s.forwards.append(f.value());
        }
    }
    if (s.forwards.isEmpty()) {
        c.err << QCoreApplication::translate(
                     "Cli", "Nothing to forward: give --forward LOCALPORT:REMOTEHOST:REMOTEPORT.")
              << Qt::endl;
        return 2;
    }
    s.keepaliveSeconds = qMax(1, parser.value(QStringLiteral("keepalive")).toInt());
    s.deadAfterSeconds = s.keepaliveSeconds * 3;

    if (::pipe2(g_signalPipe, O_CLOEXEC) != 0)
        return 1;
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    struct sigaction action
    {};
    action.sa_handler = onSignal;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);

    StackConnection connection(s);
    int exitStatus = status(ExitStatus::Ok);
    bool announced = false;
    QObject::connect(&connection, &StackConnection::stateChanged, qApp,
                     [&](StackConnection::State state, const QString &reason) {
                         switch (state) {
                         case StackConnection::State::Connected:
                             if (!announced) {
                                 // A fixed, untranslated line: scripts wait for it.
                                 for (const PortForward &f : s.forwards)
                                     c.out << "listening on 127.0.0.1:" << connection.localPort(f.name)
                                           << Qt::endl;
                                 announced = true;
                             } else {
                                 c.err << QCoreApplication::translate("Cli", "Reconnected.") << Qt::endl;
                             }
                             break;
                         case StackConnection::State::Reconnecting:
                         case StackConnection::State::Connecting:
                             c.err << reason << Qt::endl;
                             break;
                         case StackConnection::State::Failed:
                             c.err << reason << Qt::endl;
                             if (connection.errorId() == ErrorCode::SshHostKeyUnknown)
                                 c.err
                                     << QCoreApplication::translate(
                                            "Cli", "Run again with --accept-new-host-key to trust this key.")
                                     << Qt::endl;
                             // The connection is the tunnel's work: it failed, whatever the code.
                             exitStatus = status(ExitStatus::Failed);
                             qApp->quit();
                             break;
                         case StackConnection::State::Disconnected:
                             break;
                         }
                     });
    const Status started = connection.connectToStack();
    if (!started.ok())
        return fail(c, started.error());
    QCoreApplication::exec();
    connection.disconnectFromStack();
    return exitStatus;
}

} // namespace

REGISTER_CLI_COMMAND("tunnel", QT_TRANSLATE_NOOP("Cli", "Forward local ports through SSH until interrupted"),
                     runTunnel);

} // namespace supadesk::cli
