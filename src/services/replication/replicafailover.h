// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

namespace supadesk {

class HostCommandRunner;

using ReplicaLog = std::function<void(const QString &)>;

struct ReplicaPromoteRequest
{
    PostgresDsn standbyDsn; // a superuser on the standby to promote
    PostgresDsn primaryDsn; // the old primary, asked whether it still answers
    // Fencing the old primary when it still answers: its host and data directory (pg_ctl stop).
    HostCommandRunner *primaryHost = nullptr;
    QString primaryDataDir;
    QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    // What the user typed to confirm a promotion while the primary answers, and what it must be
    // (the stack's name; host:port of the primary for a connection given by hand).
    QString confirmation;
    QString expectedConfirmation;
    // Asked too, when given: whether the primary answers from the standby's host (pg_isready), since
    // a primary the desktop cannot reach may still be up for the standby and the stack's services.
    HostCommandRunner *standbyHost = nullptr;
    QString primaryAddress; // as the standby reaches it
    int primaryPort = 5432;
};

// What a promotion found and did, for the failover's record.
struct PromoteFacts
{
    bool primaryFromDesktop = false;
    bool primaryFromStandby = false;
    bool fenced = false;
    std::optional<qint64> lagBytes; // WAL the standby had received but not replayed
    std::optional<double> secondsSinceReplay;
};

// Turns a standby into the primary. A primary that still answers means two primaries after the
// promotion (split brain), so it is refused (replica.promote.refused) unless the user confirmed by
// typing the expected name AND the old primary can be fenced first (stopped); the promotion then
// waits for pg_promote() and proves the new primary takes writes.
class ReplicaPromote
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaPromote)

public:
    static Status run(const ReplicaPromoteRequest &request, const ReplicaLog &log = {},
                      PromoteFacts *facts = nullptr);
    // Whether the primary answers pg_isready from the standby's host (false when that host is not given).
    static bool answersFromStandby(const ReplicaPromoteRequest &request);
};

struct ReplicaRejoinRequest
{
    PostgresDsn newPrimaryDsn;                   // a superuser on the new primary, from here
    HostCommandRunner *newPrimaryHost = nullptr; // for its pg_hba.conf and the password the standby kept
    HostCommandRunner *oldPrimaryHost = nullptr;
    QString oldDataDir;
    int oldPort = 5432;
    PostgresDsn oldPrimaryDsn; // the old primary once it runs as a standby, to verify it
    // The new primary as the old primary's host reaches it.
    QString primaryHost;
    int primaryPort = 5432;
    QString oldAddress; // the old primary's address as the new primary sees it (pg_hba)
    QString role = QStringLiteral("replicator");
    QString password; // empty: the one in the new primary's primary_conninfo (left by its setup)
    QString slot;
    QString binDir = QStringLiteral("/usr/lib/postgresql/15/bin");
    int verifyTimeoutSeconds = 60;
};

// Turns the old primary into a standby of the new one: stops it if it runs, rewinds it with
// pg_rewind (which needs wal_log_hints or data checksums: checked first, replica.rejoin says which),
// gives it standby.signal and a primary_conninfo with its own slot on the new primary, starts it and
// verifies that it streams. Slots the old primary kept for its own standbys survive pg_rewind (it
// skips pg_replslot) and would hold WAL on it for ever: once it streams, the ones nobody uses are dropped.
class ReplicaRejoin
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaRejoin)

public:
    static Status run(const ReplicaRejoinRequest &request, const ReplicaLog &log = {});

private:
    static Status dropLeftoverSlots(const ReplicaRejoinRequest &request, const ReplicaLog &log);
};

} // namespace supadesk
