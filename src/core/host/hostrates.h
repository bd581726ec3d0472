// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostsample.h"

#include <QList>
#include <QPair>
#include <QString>

namespace supadesk {

// What two readings of a host give that one cannot: the CPU's busy share and the network's
// throughput. A counter that went backwards (a reboot, an interface that came back) gives no rate.
class HostRatesCalculator
{
public:
    static HostRates rates(const HostSample &previous, const HostSample &current);
};

// The history's metric names for a host reading (beside the database's, under the same stack key):
// host.load1, host.cpu (busy %), host.mem.used, host.mem.total, host.swap.used, host.swap.total,
// host.net.rx / host.net.tx (bytes per second), and per mount disk.<mount>.used / disk.<mount>.total.
class HostSeries
{
public:
    static QList<QPair<QString, double>> values(const HostSample &sample, const HostRates &rates);
    static QString diskUsedMetric(const QString &mountPoint);
    static QString diskTotalMetric(const QString &mountPoint);
};

} // namespace supadesk
