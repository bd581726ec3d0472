// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// DOCKER-USER rules that survive a reboot. iptables forgets them when the server restarts, and Docker
// then recreates its chains empty: a port closed from outside would quietly open again. Each page that
// closes ports (the firewall page, the TLS page) lists its rules in a file of its own under rulesDir()
// ("IFACE PORT" lines), and a small systemd unit, started after docker.service (and again whenever
// Docker restarts), runs a script that inserts every listed rule still missing. Undoing a page removes
// only its file; the unit and script go when no file is left.
class DockerUserPersistence
{
public:
    static QString scriptPath() { return QStringLiteral("/usr/local/sbin/supadesk-docker-user"); }
    static QString unitName() { return QStringLiteral("supadesk-docker-user.service"); }
    static QString unitPath() { return QStringLiteral("/etc/systemd/system/") + unitName(); }
    static QString rulesDir() { return QStringLiteral("/etc/supadesk/docker-user.d"); }

    // Every path in the commands and the script is prefixed with $SUPADESK_DOCKER_USER_ROOT (unset on
    // a server): tests run them in a network namespace without touching the machine's /etc, and with
    // it set systemctl is left alone.
    static QString rootVariable() { return QStringLiteral("SUPADESK_DOCKER_USER_ROOT"); }

    // The script that puts the listed rules back (sh; reads every *.rules under rulesDir()).
    static QString script();
    static QString unit();

    // Shell (sh or bash) that writes `owner`.rules with "$iface PORT" for each of `ports` (shell words,
    // e.g. "8000 8443" or "${CLOSED_PORTS[*]}"; `$iface` must be set), installs the script and the
    // unit and enables the unit where systemd runs.
    static QString persistCommand(const QString &owner, const QString &ports);
    // Removes `owner`.rules, and the script and unit when no other page's file is left.
    static QString forgetCommand(const QString &owner);
};

} // namespace supadesk
