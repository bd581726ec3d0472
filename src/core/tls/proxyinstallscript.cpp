// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyinstallscript.h"

#include "core/setup/remotefilescript.h"
#include "core/shellquote.h"

namespace supadesk {

QString ProxyInstallScript::checkCommand(TlsProxyKind kind, const QString &configPath)
{
    // nginx checks its whole configuration (the site file is one include of it); Caddy reads one file.
    return kind == TlsProxyKind::Nginx
               ? QStringLiteral("nginx -t -q")
               : QStringLiteral("caddy validate --adapter caddyfile --config %1").arg(shellQuote(configPath));
}

QString ProxyInstallScript::reloadCommand(TlsProxyKind kind)
{
    return kind == TlsProxyKind::Nginx ? QStringLiteral("systemctl reload nginx")
                                       : QStringLiteral("systemctl reload caddy");
}

QString ProxyInstallScript::install(const QString &path, const QString &backupPath,
                                    const QString &checkCommand, const QString &reloadCommand)
{
    const QString undo = QStringLiteral("  if [ -n \"$had\" ]; then (\n%1  ); else rm -f -- \"$f\"; fi\n")
                             .arg(RemoteFileScript::restore(backupPath, path));
    QString s = QStringLiteral("f=%1\nhad=\n[ -e \"$f\" ] && had=1\n").arg(shellQuote(path));
    s += QStringLiteral("(\n%1) >/dev/null || exit %2\n")
             .arg(RemoteFileScript::replace(path, backupPath, -1))
             .arg(WriteExit);
    s += QStringLiteral("if ! out=$( (%1) 2>&1); then\n%2  printf '%s\\n' \"$out\" >&2\n  exit %3\nfi\n")
             .arg(checkCommand, undo)
             .arg(RefusedExit);
    s += QStringLiteral("if ! out=$( (%1) 2>&1); then\n%2  (%1) >/dev/null 2>&1 || :\n"
                        "  printf '%s\\n' \"$out\" >&2\n  exit %3\nfi\n")
             .arg(reloadCommand, undo)
             .arg(ReloadExit);
    return s;
}

Status ProxyInstallScript::outcome(int exitCode, const QString &errorOutput)
{
    const QString said = errorOutput.trimmed();
    switch (exitCode) {
    case 0:
        return success();
    case RefusedExit:
        return Error{
            ErrorCode::TlsConfig,
            tr("The proxy refused the new configuration; the previous one is back in place.\n%1").arg(said)};
    case ReloadExit:
        return Error{ErrorCode::TlsConfig,
                     tr("The proxy did not reload with the new configuration; the previous one is back in "
                        "place.\n%1")
                         .arg(said)};
    default:
        return Error{ErrorCode::TlsConfig,
                     tr("The configuration could not be written (status %1); nothing was changed.\n%2")
                         .arg(exitCode)
                         .arg(said)};
    }
}

} // namespace supadesk
