// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replication/failoverplan.h"
#include "core/result.h"
#include "core/stack.h"
#include "replicafailover.h"
#include "services/stackconnection.h"

namespace supadesk {

struct ReplicaStackFailoverRequest
{
    Stack primary;
    Stack standby;
    StackConnection::Settings primarySettings; // secrets filled in
    StackConnection::Settings standbySettings;
    QString databasePassword; // the stack's database user's, on both servers
    QString confirmation;     // what the user typed: the primary stack's name when it still answers
    // Given by hand (the CLI's options); empty: found (the data directory asked of the primary, the
    // address from the primary's SSH host).
    QString primaryDataDir;
    QString primaryAddress;
    QString binDir;
};

// The stack-to-stack failover of the guided dialog (and `replica promote --stack --standby`): both
// stack entries are opened over their own SSH endpoints (the primary's may be gone), then the
// standby is checked or promoted with ReplicaPromote. Blocking: the GUI runs it on a worker thread.
class ReplicaStackFailover
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaStackFailover)

public:
    // Step 1 only: does the old primary answer (from here, from the standby's host), is the standby one.
    static Result<FailoverCheck> check(const ReplicaStackFailoverRequest &request,
                                       const ReplicaLog &log = {});
    // The whole failover: checked again, the old primary fenced if it answers (with the typed name),
    // promoted.
    static Status promote(const ReplicaStackFailoverRequest &request, const ReplicaLog &log = {});
};

} // namespace supadesk
