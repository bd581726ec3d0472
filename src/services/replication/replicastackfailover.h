// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/replication/failoverplan.h"
#include "core/replication/failoverrecord.h"
#include "core/result.h"
#include "core/stack.h"
#include "replicafailover.h"
#include "replicarepoint.h"
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
    // After the promotion the stack's services are pointed at the new primary (on the primary
    // stack's server, where they run) unless this is off.
    bool repoint = true;
    QString composeCommand;    // empty: docker compose
    QStringList services;      // empty: every service whose settings changed
    QString pgbouncerIni;      // a PgBouncer's ini to repoint too (optional)
    QString newPrimaryAddress; // as the services reach it; empty: from the standby stack's entry
    QString historyFile;       // empty: FailoverHistory::defaultFile()
};

struct ReplicaStackFailoverOutcome
{
    Status status = success();
    FailoverRecord record;
    RepointOutcome repoint;
    // The primary's entry with its database at the new primary, when the services were repointed.
    std::optional<Stack> repointedPrimary;
};

struct ReplicaStackRejoinRequest
{
    Stack newPrimary; // the promoted standby's stack entry
    Stack oldPrimary; // the entry whose server holds the old primary's data directory
    StackConnection::Settings newPrimarySettings; // secrets filled in
    StackConnection::Settings oldPrimarySettings;
    QString databasePassword;
    QString oldDataDir; // empty: the one the last failover of the pair fenced
    int oldPort = 0;    // 0: the old primary's port in that failover's record, else its entry's
    QString role = QStringLiteral("replicator");
    QString replicationPassword; // empty: the one the promoted standby was set up with
    QString slot;                // empty: supadesk_ and the old primary stack's name
    QString binDir;
    QString historyFile; // empty: FailoverHistory::defaultFile()
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
    // promoted, the services repointed, and the event recorded in the failover history.
    static ReplicaStackFailoverOutcome promote(const ReplicaStackFailoverRequest &request,
                                               const ReplicaLog &log = {});
    // The old primary re-joined as a standby of the new one (ReplicaRejoin), each server over its own
    // SSH endpoint: its cluster's commands on its server, the new primary's pg_hba.conf on the
    // other, and the streaming verified through the old server's own tunnel to its port.
    static Status rejoin(const ReplicaStackRejoinRequest &request, const ReplicaLog &log = {});
};

} // namespace supadesk
