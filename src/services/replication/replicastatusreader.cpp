// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastatusreader.h"

#include "replicadb.h"

namespace supadesk {

namespace {

double seconds(const QVariant &v)
{
    return v.isNull() ? -1 : v.toDouble();
}

qint64 bytes(const QVariant &v)
{
    return v.isNull() ? -1 : v.toLongLong();
}

} // namespace

Result<ReplicaStatus> ReplicaStatusReader::read(const PostgresDsn &primaryDsn,
                                                const std::optional<PostgresDsn> &standbyDsn)
{
    ReplicaStatus status;
    ReplicaDb primary(primaryDsn);
    if (const Status opened = primary.open(ErrorCode::ReplicaNetwork); !opened.ok())
        return opened.error();
    const auto recovery = primary.value(QStringLiteral("SELECT pg_is_in_recovery()"));
    if (!recovery.ok())
        return recovery.error();
    status.primaryInRecovery = recovery.value().toBool();
    const auto senders = primary.rows(ReplicaStatus::sendersSql());
    if (!senders.ok())
        return senders.error();
    for (const QVariantList &r : senders.value()) {
        ReplicaSender s;
        s.applicationName = r.at(0).toString();
        s.clientAddress = r.at(1).toString();
        s.state = r.at(2).toString();
        s.syncState = r.at(3).toString();
        s.writeLagSeconds = seconds(r.at(4));
        s.flushLagSeconds = seconds(r.at(5));
        s.replayLagSeconds = seconds(r.at(6));
        s.replayLagBytes = bytes(r.at(7));
        s.slotName = r.at(8).toString();
        status.senders.append(s);
    }
    const auto slotRows = primary.rows(ReplicaStatus::slotsSql());
    if (!slotRows.ok())
        return slotRows.error();
    for (const QVariantList &r : slotRows.value())
        status.replicationSlots.append(
            {r.at(0).toString(), r.at(1).toBool(), bytes(r.at(2)), r.at(3).toString()});
    if (standbyDsn) {
        ReplicaDb standby(*standbyDsn);
        if (const Status opened = standby.open(ErrorCode::ReplicaNetwork); !opened.ok())
            return opened.error();
        const auto row = standby.rows(ReplicaStatus::receiverSql());
        if (!row.ok() || row.value().isEmpty())
            return row.ok() ? Result<ReplicaStatus>(status) : Result<ReplicaStatus>(row.error());
        const QVariantList &r = row.value().first();
        status.hasStandby = true;
        status.receiver.inRecovery = r.at(0).toBool();
        status.receiver.status = r.at(1).toString();
        status.receiver.senderHost = r.at(2).toString();
        status.receiver.senderPort = r.at(3).toInt();
        status.receiver.slotName = r.at(4).toString();
        status.receiver.secondsSinceReplay = seconds(r.at(5));
    }
    return status;
}

} // namespace supadesk
