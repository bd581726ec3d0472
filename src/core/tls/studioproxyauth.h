// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// Studio's extra password at the proxy (StudioAuth::Proxy): Supadesk draws the password, keeps it in the
// keychain, and has the server hash it. The password goes to the server on the command's standard input
// (never in an argument list or a file) and only the bcrypt hash comes back: it is what the Caddyfile's
// basicauth and nginx's auth_basic_user_file hold (Debian's libxcrypt reads bcrypt for nginx too).
class StudioProxyAuth
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StudioProxyAuth)

public:
    static QString defaultUser() { return QStringLiteral("supabase"); }
    // The password's name among the stack's keychain entries.
    static QString secretName() { return QStringLiteral("studio-proxy-password"); }
    // A new password: 24 letters and digits (typed into a browser's prompt, so nothing to escape).
    static QString newPassword();
    // Reads one line (the password) on standard input and prints its bcrypt hash: Caddy's own
    // `caddy hash-password` where Caddy is installed, else Python's crypt (the system's libxcrypt).
    static QString hashCommand();
    // The hash from the command's output (tls.value when there is none).
    static Result<QString> parseHash(const QString &output);
};

} // namespace supadesk
