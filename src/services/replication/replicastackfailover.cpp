// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastackfailover.h"

#include "failoverhistory.h"
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

ReplicaStackFailoverOutcome ReplicaStackFailover::promote(const ReplicaStackFailoverRequest &request,
                                                          const ReplicaLog &log)
{
    ReplicaStackFailoverOutcome out;
    FailoverRecord &record = out.record;
    const auto say = [&](const QString &line) {
        record.log << line;
        if (log)
            log(line);
    };
    record.user = FailoverHistory::currentUser();
    record.stack = request.primary.name;
    record.standby = request.standby.name;
    const QString newAddress =
        !request.newPrimaryAddress.isEmpty()
            ? request.newPrimaryAddress
            : ReplicaStackLink::primaryAddress(request.standby, request.standbySettings.ssh.host);
    record.newPrimary = QStringLiteral("%1:%2").arg(newAddress).arg(request.standby.dbPort);
    Opened o;
    PromoteFacts facts;
    out.status = open(o, request, say);
    record.oldPrimary = QStringLiteral("%1:%2").arg(o.request.primaryAddress).arg(request.primary.dbPort);
    if (out.status.ok())
        out.status = ReplicaPromote::run(o.request, say, &facts);
    record.primaryFromDesktop = facts.primaryFromDesktop;
    record.primaryFromStandby = facts.primaryFromStandby;
    record.fenced = facts.fenced;
    record.lagBytes = facts.lagBytes;
    record.secondsSinceReplay = facts.secondsSinceReplay;
    record.promoted = out.status.ok();
    if (!out.status.ok())
        record.error = out.status.error().message;

    if (out.status.ok()) {
        // The services run on the primary stack's server; a server that is gone runs none.
        if (!request.repoint) {
            record.repoint = QStringLiteral("skipped");
            record.repointDetail = tr("Not asked for.");
        } else if (!o.primary.isConnected()) {
            record.repoint = QStringLiteral("skipped");
            record.repointDetail = tr("The primary stack's server cannot be reached: point its services at "
                                      "%1 once it is back.")
                                       .arg(record.newPrimary);
            say(record.repointDetail);
        } else {
            RepointRequest rp;
            rp.installDir = request.primary.installDir;
            rp.pgbouncerIni = request.pgbouncerIni;
            rp.host = newAddress;
            rp.port = request.standby.dbPort;
            if (!request.composeCommand.isEmpty())
                rp.composeCommand = request.composeCommand;
            rp.services = request.services;
            out.repoint = ReplicaRepoint::run(*o.primary.root, rp, say);
            record.repoint = out.repoint.state;
            record.repointDetail = out.repoint.detail();
            if (out.repoint.ok()) {
                Stack moved = request.primary;
                moved.dbHost = newAddress;
                moved.dbPort = request.standby.dbPort;
                out.repointedPrimary = moved;
            }
        }
    }
    record.at = QDateTime::currentDateTimeUtc();
    FailoverHistory history(request.historyFile.isEmpty() ? FailoverHistory::defaultFile()
                                                          : request.historyFile);
    if (const Status kept = history.append(record); !kept.ok() && log)
        log(kept.error().message);
    return out;
}

} // namespace supadesk
