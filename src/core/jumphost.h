// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace supadesk {

// One hop of OpenSSH's ProxyJump: the SSH server the connection passes through on its way to the
// stack's server. A port of 0 means "whatever ~/.ssh/config says for the host, else 22".
struct JumpHost
{
    QString user;
    QString host;
    int port = 0;

    bool operator==(const JumpHost &) const = default;
};

// Reads and writes the ProxyJump syntax, so a value can be copied between ~/.ssh/config, the
// `ssh -J` command line and Supadesk: comma-separated hops, first hop first, each
// "[user@]host[:port]" or "ssh://[user@]host[:port]", IPv6 addresses in brackets. "none" and an
// empty text mean a direct connection.
class JumpHostList
{
public:
    static Result<QList<JumpHost>> parse(const QString &text);
    static QString format(const QList<JumpHost> &hops);
};

} // namespace supadesk
