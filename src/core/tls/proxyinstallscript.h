// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssite.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace supadesk {

// The shell script that puts a proxy configuration in place without leaving a half-changed server:
// the new file (on standard input) replaces the old one atomically, the proxy's own check runs, and a
// refused configuration is undone — the old file put back (or the new one removed when there was none)
// — before the proxy is ever reloaded. Built on RemoteFileScript, so it runs the same through SSH (with
// sudo) and locally in tests.
class ProxyInstallScript
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ProxyInstallScript)

public:
    static constexpr int RefusedExit = 3; // the proxy's check refused the file; the old one is back
    static constexpr int WriteExit = 4;   // the file could not be written; nothing changed
    static constexpr int ReloadExit = 5;  // the reload failed; the old file is back and reloaded

    static QString checkCommand(TlsProxyKind kind, const QString &configPath);
    static QString reloadCommand(TlsProxyKind kind);

    static QString install(const QString &path, const QString &backupPath, const QString &checkCommand,
                           const QString &reloadCommand);
    // tls.config for the script's exit codes, with what the proxy said (its standard error).
    static Status outcome(int exitCode, const QString &errorOutput);
};

} // namespace supadesk
