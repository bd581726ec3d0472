// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/result.h"
#include "core/stack.h"
#include "hostcommandrunner.h"
#include "services/stackconnection.h"

#include <QCoreApplication>

#include <memory>

namespace supadesk {

// One stack as a side of a replication pair: its SSH connection (with the database forward only),
// commands on its server as the cluster's owner and as root, and its database through the forward.
struct ReplicaStackSide
{
    Stack stack;
    std::unique_ptr<StackConnection> connection;
    std::unique_ptr<SshCommandRunner> postgres; // pg_basebackup, pg_ctl, the cluster's files
    std::unique_ptr<SshCommandRunner> root;     // ufw and iptables
    PostgresDsn dsn;                            // the stack's database user, through the forward

    bool isConnected() const
    {
        return connection && connection->state() == StackConnection::State::Connected;
    }
};

// Two stack entries as primary and standby, each reached over its own SSH endpoint (the
// stack-to-stack form of `replica add|status|promote` and of the Add standby wizard). Blocking: it
// waits in local event loops, so the GUI runs it on a worker thread.
class ReplicaStackLink
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaStackLink)

public:
    // Connects `side.stack` with `settings` (the stack's, its secrets filled in) and waits until the
    // session is up or has failed; `dbPassword` is the database user's.
    static Status open(ReplicaStackSide &side, StackConnection::Settings settings, const QString &dbPassword);

    // The address the standby's host sends from when it reaches `primaryAddress`: what the primary
    // sees, so what pg_hba.conf and the firewall let in (`ip route get`, after resolving the name
    // on the standby's host as pg_basebackup will).
    static Result<QString> sourceAddress(HostCommandRunner &standbyHost, const QString &primaryAddress);
    // The address from an `ip -4 route get` answer ("... src 10.0.0.5 uid 0"); empty when none.
    static QString parseRouteSource(const QString &routeOutput);

    // Where the primary is, as the standby reaches it: the stack's SSH host as resolved for the
    // connection (`sshHost`, after ~/.ssh/config), unless the database host is an address of its own.
    static QString primaryAddress(const Stack &primary, const QString &sshHost);
    // The standby's data directory when none is given: beside the Debian clusters, named by the slot.
    static QString defaultDataDir(const QString &slot);
};

} // namespace supadesk
