// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace supadesk {

// What the fleet overview shows of one stack: its latest figures and how fresh they are.
struct FleetStatus
{
    enum class Health { Down, Reconnecting, Stale, Warning, Healthy, NotConnected };

    QString stackId;
    QString name;
    bool connected = false;    // the stack's tunnel is up
    bool reconnecting = false; // the tunnel was up and is being re-established
    bool sampling = false;     // its last sample succeeded
    QString error;             // why the last sample failed
    std::optional<double> secondsSinceSample;
    std::optional<double> tps;
    std::optional<double> connectionsUsedRatio; // total / max_connections, in [0, 1]
    std::optional<double> cacheHitRatio;        // of the last interval, in [0, 1]
    std::optional<qint64> replicationLagBytes;
    std::optional<qint64> databaseSize;

    // Reconnecting: the tunnel is being re-established (the last figures are kept, with their age).
    // Down: connected but sampling fails. Stale: no sample for 3 intervals. Warning: a figure is past
    // the line where people start to worry (connections >= 80%, cache hit < 99%, lag >= 16 MiB).
    Health health(double intervalSeconds) const;
    // A number that grows with how much the stack needs attention, for sorting worst first.
    double severity(double intervalSeconds) const;
};

class FleetRanking
{
public:
    static constexpr double ConnectionsWarning = 0.8;
    static constexpr double CacheHitWarning = 0.99;
    static constexpr qint64 LagWarningBytes = 16 * 1024 * 1024;

    // Worst first; stacks that are equally bad stay in name order, so tiles do not jump around.
    static QList<FleetStatus> sorted(QList<FleetStatus> stacks, double intervalSeconds);
};

} // namespace supadesk
