// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastackfailover.h"

#include "replicadb.h"
#include "replicastacklink.h"

namespace supadesk {

namespace {

// Both sides opened and the promotion's request filled in, as the CLI's promote does.
struct Opened
{
    ReplicaStackSide standby;
    ReplicaStackSide primary;
    ReplicaPromoteRequest request;
};

Status open(Opened &o, const ReplicaStackFailoverRequest &r, const ReplicaLog &log)
{
    o.standby.stack = r.standby;
    if (const Status s = ReplicaStackLink::open(o.standby, r.standbySettings, r.databasePassword); !s.ok())
        return s;
    // The primary's server may be gone: then its database is asked directly from here, and from the
    // standby's host.
    o.primary.stack = r.primary;
    const Status primaryOpened = ReplicaStackLink::open(o.primary, r.primarySettings, r.databasePassword);
    if (!primaryOpened.ok() && log)
        log(primaryOpened.error().message);
    const QString primaryAddress =
        !r.primaryAddress.isEmpty()
            ? r.primaryAddress
            : ReplicaStackLink::primaryAddress(r.primary, o.primary.connection
                                                              ? o.primary.connection->settings().ssh.host
                                                              : r.primarySettings.ssh.host);
    ReplicaPromoteRequest &q = o.request;
    q.standbyDsn = o.standby.dsn;
    q.standbyDsn.user = r.primary.dbUser;
    q.primaryDataDir = r.primaryDataDir;
    if (!r.binDir.isEmpty())
        q.binDir = r.binDir;
    if (primaryOpened.ok()) {
        q.primaryDsn = o.primary.dsn;
        q.primaryHost = o.primary.postgres.get();
        ReplicaDb db(o.primary.dsn, 5);
        if (q.primaryDataDir.isEmpty() && db.open().ok())
            if (const auto dir = db.value(QStringLiteral("SELECT current_setting('data_directory')"));
                dir.ok())
                q.primaryDataDir = dir.value().toString();
    } else {
        q.primaryDsn = o.standby.dsn;
        q.primaryDsn.host = primaryAddress;
        q.primaryDsn.port = r.primary.dbPort;
    }
    q.confirmation = r.confirmation.trimmed();
    q.expectedConfirmation = r.primary.name;
    q.standbyHost = o.standby.postgres.get();
    q.primaryAddress = primaryAddress;
    q.primaryPort = r.primary.dbPort;
    return success();
}

} // namespace

Result<FailoverCheck> ReplicaStackFailover::check(const ReplicaStackFailoverRequest &request,
                                                  const ReplicaLog &log)
{
    Opened o;
    if (const Status s = open(o, request, log); !s.ok())
        return s.error();
    FailoverCheck check;
    ReplicaDb standby(o.request.standbyDsn);
    if (const Status s = standby.open(); !s.ok())
        return s.error();
    const auto recovering = standby.value(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!recovering.ok())
        return recovering.error();
    check.standbyInRecovery = recovering.value().toBool();
    check.primaryFromDesktop = ReplicaDb::answers(o.request.primaryDsn);
    check.primaryFromStandby = ReplicaPromote::answersFromStandby(o.request);
    return check;
}

Status ReplicaStackFailover::promote(const ReplicaStackFailoverRequest &request, const ReplicaLog &log)
{
    Opened o;
    if (const Status s = open(o, request, log); !s.ok())
        return s;
    return ReplicaPromote::run(o.request, log);
}

} // namespace supadesk
