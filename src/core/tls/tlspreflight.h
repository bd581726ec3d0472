// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlssite.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace supadesk {

// A listening TCP socket and the program holding it, from `ss -Hltnp`.
struct PortHolder
{
    QString address;
    int port = 0;
    QString process; // "caddy", "nginx", "docker-proxy"; empty when ss could not tell (no privileges)
    int pid = 0;
};

// Preflight's rules for the TLS page: the names point at this server (tls.dns), and the proxy's ports
// are free or already held by the proxy chosen (tls.port).
class TlsPreflight
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsPreflight)

public:
    // The command that lists who listens on the two ports, and its parser.
    static QString portsCommand(int httpPort, int httpsPort);
    static QList<PortHolder> parsePorts(const QString &ssOutput);
    // The processes that count as "ours" for `kind`: the proxy itself, and Docker's port forwarder when
    // the proxy runs as Supabase's compose overlay.
    static QStringList ownProcesses(TlsProxyKind kind, bool overlay);
    static Status checkPorts(const QList<PortHolder> &holders, TlsProxyKind kind, bool overlay, int httpPort,
                             int httpsPort);

    // `resolved`: each name's addresses as this computer's resolver answers (an empty list: it did not
    // resolve); `serverAddresses`: the server's public addresses. Every name must resolve, and only to
    // the server (an extra address would send some visitors elsewhere, and ACME validation with them).
    static Status checkNames(const QStringList &names, const QHash<QString, QStringList> &resolved,
                             const QStringList &serverAddresses);
};

} // namespace supadesk
