// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace supadesk {

// One standby as the primary sees it (a row of pg_stat_replication, joined to its slot).
struct ReplicaSender
{
    QString applicationName;
    QString clientAddress;
    QString state;               // startup, catchup, streaming, backup, stopping
    QString syncState;           // async, potential, sync, quorum
    double writeLagSeconds = -1; // -1: not reported (no recent traffic)
    double flushLagSeconds = -1;
    double replayLagSeconds = -1;
    qint64 replayLagBytes = -1; // sent but not yet replayed
    QString slotName;
};

// One replication slot on the primary and the WAL it holds back.
struct ReplicaSlotInfo
{
    QString name;
    bool active = false;
    qint64 retainedBytes = -1; // WAL kept for it (pg_current_wal_lsn() - restart_lsn)
    QString walStatus;         // reserved, extended, unreserved, lost
};

// The standby's own view (pg_stat_wal_receiver and its replay position).
struct ReplicaReceiver
{
    bool inRecovery = false;
    QString status; // streaming, waiting, ...; empty: no WAL receiver runs
    QString senderHost;
    int senderPort = 0;
    QString slotName;
    double secondsSinceReplay = -1; // now() - pg_last_xact_replay_timestamp(); -1: nothing replayed yet
};

// The replication state of a primary and (optionally) one standby, as `replica status` shows it.
struct ReplicaStatus
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::ReplicaStatus)

public:
    bool primaryInRecovery = false; // the "primary" is itself a standby
    QList<ReplicaSender> senders;
    QList<ReplicaSlotInfo> replicationSlots;
    bool hasStandby = false;
    ReplicaReceiver receiver;

    // Lag and retention bounds above which `status` reports a problem (and the alert rules fire).
    static constexpr double LagWarnSeconds = 60;
    static constexpr qint64 SlotRetainWarnBytes = 1024LL * 1024 * 1024;

    // Translated problems: a slot nobody uses holding WAL, lag over the bound, a standby not streaming.
    QStringList problems() const;
    QJsonObject toJson() const;

    // The queries that fill it; each row's columns in the order the reader expects.
    static QString sendersSql();
    static QString slotsSql();
    static QString receiverSql();
};

} // namespace supadesk
