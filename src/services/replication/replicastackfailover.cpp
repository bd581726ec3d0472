// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastackfailover.h"

#include "core/replication/replicarules.h"
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
    record.oldDataDir = o.request.primaryDataDir;
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

Status ReplicaStackFailover::rejoin(const ReplicaStackRejoinRequest &request, const ReplicaLog &log)
{
    // What the pair's last failover knew of the old primary: its data directory and port.
    FailoverRecord last;
    const Result<FailoverRecords> records =
        FailoverHistory(request.historyFile.isEmpty() ? FailoverHistory::defaultFile() : request.historyFile)
            .list(request.oldPrimary.name);
    if (records.ok())
        for (const FailoverRecord &r : records.value())
            if (r.promoted && r.stack == request.oldPrimary.name && r.standby == request.newPrimary.name)
                last = r;
    ReplicaRejoinRequest q;
    q.oldDataDir = !request.oldDataDir.isEmpty() ? request.oldDataDir : last.oldDataDir;
    if (q.oldDataDir.isEmpty())
        return Error{ErrorCode::CliUsage,
                     tr("The old primary's data directory is not known (no failover of %1 to %2 is recorded "
                        "with it): give it.")
                         .arg(request.oldPrimary.name, request.newPrimary.name)};
    q.oldPort = request.oldPort;
    if (q.oldPort <= 0)
        q.oldPort = last.oldPrimary.section(QLatin1Char(':'), -1).toInt();
    if (q.oldPort <= 0)
        q.oldPort = request.oldPrimary.dbPort;

    ReplicaStackSide fresh;
    fresh.stack = request.newPrimary;
    if (const Status s = ReplicaStackLink::open(fresh, request.newPrimarySettings, request.databasePassword);
        !s.ok())
        return s;
    // The old server's tunnel goes to the old cluster's own port (its entry may already point its
    // database at the new primary, after the services were repointed).
    ReplicaStackSide old;
    old.stack = request.oldPrimary;
    StackConnection::Settings oldSettings = request.oldPrimarySettings;
    for (PortForward &f : oldSettings.forwards)
        if (f.name == StackConnection::Database) {
            f.remoteHost = QStringLiteral("127.0.0.1");
            f.remotePort = quint16(q.oldPort);
        }
    if (const Status s = ReplicaStackLink::open(old, oldSettings, request.databasePassword); !s.ok())
        return s;

    q.newPrimaryDsn = fresh.dsn;
    q.newPrimaryHost = fresh.postgres.get();
    q.oldPrimaryHost = old.postgres.get();
    q.oldPrimaryDsn = old.dsn;
    q.oldPrimaryDsn.user = fresh.dsn.user;
    q.primaryHost =
        ReplicaStackLink::primaryAddress(request.newPrimary, fresh.connection->settings().ssh.host);
    q.primaryPort = request.newPrimary.dbPort;
    const Result<QString> source = ReplicaStackLink::sourceAddress(*old.postgres, q.primaryHost);
    if (!source.ok())
        return source.error();
    q.oldAddress = source.value();
    if (!request.role.isEmpty())
        q.role = request.role;
    q.password = request.replicationPassword;
    q.slot = request.slot.isEmpty() ? ReplicaRules::slotName(request.oldPrimary.name) : request.slot;
    if (!request.binDir.isEmpty())
        q.binDir = request.binDir;
    if (log)
        log(tr("Re-joining %1 (%2 on its server) as a standby of %3 on the slot %4.")
                .arg(request.oldPrimary.name, q.oldDataDir, request.newPrimary.name, q.slot));
    return ReplicaRejoin::run(q, log);
}

} // namespace supadesk
