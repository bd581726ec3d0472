// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// One client session as pg_stat_activity shows it at the moment of the sample.
struct ActivitySession
{
    int pid = 0;
    QString user;
    QString application;
    QString database;
    QString clientAddress;
    QString state; // empty when the sampling role may not see it
    QString waitEventType;
    QString waitEvent;
    std::optional<double> transactionSeconds; // since the transaction began
    std::optional<double> querySeconds;       // since the current (or last) statement began
    std::optional<double> stateSeconds;       // since the state last changed
    QString query;                            // cut to a reasonable length by the server
    QList<int> blockedBy;                     // pg_blocking_pids(), only for sessions waiting on a lock

    bool isWaitingOnLock() const { return !blockedBy.isEmpty(); }
    // How long the session has been doing what it does now: the statement's age while active,
    // otherwise the time since its state changed.
    std::optional<double> durationSeconds() const;
};

// A session waiting for a lock another session holds (or waits for ahead of it).
struct BlockingPair
{
    int blockedPid = 0;
    int blockingPid = 0;
    QString blockedUser;
    QString blockingUser;
    QString blockedQuery;
    QString blockingQuery;
    QString blockingState;
    std::optional<double> waitSeconds;
};

class ActivitySnapshot
{
public:
    // The sample returns the sessions as one JSON array (one round trip for any number of rows).
    static QList<ActivitySession> sessionsFromJson(const QByteArray &json);
    // Every (blocked, blocking) pair, the longest waits first. A blocking session the sample does not
    // list (another database's, or already gone) is still named by its pid.
    static QList<BlockingPair> blockingPairs(const QList<ActivitySession> &sessions);
    // Sessions that block others but wait for nobody: ending one of them releases the whole chain.
    static QList<int> rootBlockers(const QList<ActivitySession> &sessions);
};

} // namespace supadesk
