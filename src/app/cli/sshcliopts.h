// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicontext.h"
#include "core/result.h"
#include "services/stackconnection.h"

#include <QCommandLineParser>

namespace supadesk::cli {

// The SSH options `tunnel` and `exec` share: either --stack NAME or an ad hoc
// --host/--port/--user/--identity, plus host-key and authentication choices.
class SshCliOptions
{
public:
    static void addTo(QCommandLineParser &parser);
    // Settings for a connection; forwards are those of the stack (or none for ad hoc targets).
    static Result<StackConnection::Settings> read(const QCommandLineParser &parser);
    // A stack entry's settings for a command that opens more than one stack (replica): the
    // known-hosts, accept-new-host-key, ssh-config and timeout options of `parser` (it must define
    // them), the secrets from the environment or the stack's keychain entries.
    static StackConnection::Settings forStack(const QCommandLineParser &parser, const Stack &stack);
    // "LPORT:RHOST:RPORT" (or "RHOST:RPORT" for a random local port).
    static Result<PortForward> parseForward(const QString &text);
};

// Connects and waits until the session is up or has failed.
Status connectAndWait(StackConnection &connection);

} // namespace supadesk::cli
