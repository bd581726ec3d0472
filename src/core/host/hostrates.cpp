// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostrates.h"

namespace supadesk {

HostRates HostRatesCalculator::rates(const HostSample &previous, const HostSample &current)
{
    HostRates r;
    if (previous.cpu && current.cpu) {
        const qint64 total = current.cpu->total() - previous.cpu->total();
        const qint64 idle = current.cpu->idleAll() - previous.cpu->idleAll();
        if (total > 0 && idle >= 0 && idle <= total)
            r.cpuBusyPercent = 100.0 * double(total - idle) / double(total);
    }
    const double seconds = double(current.tMs - previous.tMs) / 1000.0;
    if (seconds <= 0 || previous.network.isEmpty() || current.network.isEmpty())
        return r;
    qint64 rx = 0;
    qint64 tx = 0;
    for (const NetCounters &now : current.network) {
        for (const NetCounters &before : previous.network) {
            if (before.interface != now.interface)
                continue;
            if (now.rxBytes < before.rxBytes || now.txBytes < before.txBytes)
                return r; // counters reset: no honest figure this time
            rx += now.rxBytes - before.rxBytes;
            tx += now.txBytes - before.txBytes;
        }
    }
    r.rxBytesPerSecond = double(rx) / seconds;
    r.txBytesPerSecond = double(tx) / seconds;
    return r;
}

QString HostSeries::diskUsedMetric(const QString &mountPoint)
{
    return QStringLiteral("disk.%1.used").arg(mountPoint);
}

QString HostSeries::diskTotalMetric(const QString &mountPoint)
{
    return QStringLiteral("disk.%1.total").arg(mountPoint);
}

QList<QPair<QString, double>> HostSeries::values(const HostSample &sample, const HostRates &rates)
{
    QList<QPair<QString, double>> v;
    if (sample.load)
        v.append({QStringLiteral("host.load1"), sample.load->one});
    if (rates.cpuBusyPercent)
        v.append({QStringLiteral("host.cpu"), *rates.cpuBusyPercent});
    if (sample.memory) {
        v.append({QStringLiteral("host.mem.used"), double(sample.memory->usedBytes())});
        v.append({QStringLiteral("host.mem.total"), double(sample.memory->totalBytes)});
        v.append({QStringLiteral("host.swap.used"), double(sample.memory->swapUsedBytes())});
        v.append({QStringLiteral("host.swap.total"), double(sample.memory->swapTotalBytes)});
    }
    if (rates.rxBytesPerSecond)
        v.append({QStringLiteral("host.net.rx"), *rates.rxBytesPerSecond});
    if (rates.txBytesPerSecond)
        v.append({QStringLiteral("host.net.tx"), *rates.txBytesPerSecond});
    for (const MountUsage &m : sample.mounts) {
        v.append({diskUsedMetric(m.mountPoint), double(m.usedBytes)});
        // The size a mount can grow to: used plus what df says is still available to users.
        v.append({diskTotalMetric(m.mountPoint), double(m.usedBytes + m.availableBytes)});
    }
    return v;
}

} // namespace supadesk
