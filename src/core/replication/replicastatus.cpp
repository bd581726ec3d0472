// SPDX-License-Identifier: GPL-3.0-or-later
#include "replicastatus.h"

#include <QJsonArray>
#include <QLocale>

namespace supadesk {

namespace {

QJsonValue number(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

QJsonValue bytes(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}

} // namespace

QString ReplicaStatus::sendersSql()
{
    return QStringLiteral(
        "SELECT r.application_name, coalesce(host(r.client_addr), 'local'), r.state, r.sync_state, "
        "extract(epoch FROM r.write_lag), extract(epoch FROM r.flush_lag), extract(epoch FROM r.replay_lag), "
        "pg_wal_lsn_diff(pg_current_wal_lsn(), r.replay_lsn)::bigint, coalesce(s.slot_name::text, '') "
        "FROM pg_stat_replication r LEFT JOIN pg_replication_slots s ON s.active_pid = r.pid "
        "ORDER BY r.application_name");
}

QString ReplicaStatus::slotsSql()
{
    return QStringLiteral(
        "SELECT slot_name, active, CASE WHEN pg_is_in_recovery() OR restart_lsn IS NULL THEN NULL "
        "ELSE pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint END, coalesce(wal_status, '') "
        "FROM pg_replication_slots WHERE slot_type = 'physical' ORDER BY slot_name");
}

QString ReplicaStatus::receiverSql()
{
    return QStringLiteral("SELECT pg_is_in_recovery(), coalesce(w.status, ''), coalesce(w.sender_host, ''), "
                          "coalesce(w.sender_port, 0), coalesce(w.slot_name, ''), "
                          "extract(epoch FROM now() - pg_last_xact_replay_timestamp()) "
                          "FROM (SELECT 1) one LEFT JOIN pg_stat_wal_receiver w ON true");
}

QStringList ReplicaStatus::problems() const
{
    QStringList out;
    const QLocale locale;
    for (const ReplicaSlotInfo &slot : replicationSlots) {
        if (!slot.active && slot.retainedBytes >= SlotRetainWarnBytes)
            out.append(tr("The slot %1 is not in use and holds %2 of WAL on the primary.")
                           .arg(slot.name, locale.formattedDataSize(slot.retainedBytes)));
        if (slot.walStatus == QLatin1String("lost"))
            out.append(
                tr("The slot %1 has lost WAL its standby still needs: that standby must be made again.")
                    .arg(slot.name));
    }
    for (const ReplicaSender &s : senders) {
        if (s.state != QLatin1String("streaming"))
            out.append(tr("The standby %1 is %2, not streaming.").arg(s.applicationName, s.state));
        if (s.replayLagSeconds > LagWarnSeconds)
            out.append(tr("The standby %1 replays %2 s behind the primary.")
                           .arg(s.applicationName, locale.toString(s.replayLagSeconds, 'f', 1)));
    }
    if (hasStandby && receiver.status != QLatin1String("streaming"))
        out.append(receiver.inRecovery ? tr("The standby receives no WAL from the primary.")
                                       : tr("The standby is not in recovery: it runs as a primary."));
    return out;
}

QJsonObject ReplicaStatus::toJson() const
{
    QJsonArray sendersJson;
    for (const ReplicaSender &s : senders)
        sendersJson.append(QJsonObject{{QStringLiteral("application_name"), s.applicationName},
                                       {QStringLiteral("client_addr"), s.clientAddress},
                                       {QStringLiteral("state"), s.state},
                                       {QStringLiteral("sync_state"), s.syncState},
                                       {QStringLiteral("write_lag_seconds"), number(s.writeLagSeconds)},
                                       {QStringLiteral("flush_lag_seconds"), number(s.flushLagSeconds)},
                                       {QStringLiteral("replay_lag_seconds"), number(s.replayLagSeconds)},
                                       {QStringLiteral("replay_lag_bytes"), bytes(s.replayLagBytes)},
                                       {QStringLiteral("slot"), s.slotName}});
    QJsonArray slotsJson;
    for (const ReplicaSlotInfo &s : replicationSlots)
        slotsJson.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("active"), s.active},
                                     {QStringLiteral("retained_bytes"), bytes(s.retainedBytes)},
                                     {QStringLiteral("wal_status"), s.walStatus}});
    QJsonObject json{{QStringLiteral("primary_in_recovery"), primaryInRecovery},
                     {QStringLiteral("senders"), sendersJson},
                     {QStringLiteral("slots"), slotsJson},
                     {QStringLiteral("problems"), QJsonArray::fromStringList(problems())}};
    if (hasStandby)
        json.insert(
            QStringLiteral("standby"),
            QJsonObject{{QStringLiteral("in_recovery"), receiver.inRecovery},
                        {QStringLiteral("receiver_status"), receiver.status},
                        {QStringLiteral("sender_host"), receiver.senderHost},
                        {QStringLiteral("sender_port"), receiver.senderPort},
                        {QStringLiteral("slot"), receiver.slotName},
                        {QStringLiteral("seconds_since_replay"), number(receiver.secondsSinceReplay)}});
    return json;
}

} // namespace supadesk
