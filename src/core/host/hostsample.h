// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

namespace supadesk {

// /proc/loadavg: the run-queue averages and the scheduler's entity counts.
struct LoadAverage
{
    double one = 0;
    double five = 0;
    double fifteen = 0;
    int running = 0;
    int total = 0;
};

// /proc/meminfo in bytes. "Used" is what the kernel cannot hand back: total minus MemAvailable.
struct MemoryInfo
{
    qint64 totalBytes = 0;
    qint64 availableBytes = 0;
    qint64 swapTotalBytes = 0;
    qint64 swapFreeBytes = 0;

    qint64 usedBytes() const { return totalBytes - availableBytes; }
    qint64 swapUsedBytes() const { return swapTotalBytes - swapFreeBytes; }
};

// The aggregate "cpu" line of /proc/stat, in clock ticks since boot. Guest time is already counted
// in user/nice, so it is left out.
struct CpuTimes
{
    qint64 user = 0;
    qint64 nice = 0;
    qint64 system = 0;
    qint64 idle = 0;
    qint64 iowait = 0;
    qint64 irq = 0;
    qint64 softirq = 0;
    qint64 steal = 0;
    int cpus = 0; // the cpuN lines

    qint64 total() const { return user + nice + system + idle + iowait + irq + softirq + steal; }
    qint64 idleAll() const { return idle + iowait; }
};

// One mounted file system from `df -P -B1 -T`.
struct MountUsage
{
    QString device;
    QString fsType;
    QString mountPoint;
    qint64 totalBytes = 0;
    qint64 usedBytes = 0;
    qint64 availableBytes = 0;

    double usedPercent() const
    {
        const qint64 usable = usedBytes + availableBytes; // df's own Use%: reserved blocks excluded
        return usable > 0 ? 100.0 * double(usedBytes) / double(usable) : 0.0;
    }
};

// One interface of /proc/net/dev, bytes since boot.
struct NetCounters
{
    QString interface;
    qint64 rxBytes = 0;
    qint64 txBytes = 0;
};

// One container of the stack, from `docker inspect` joined with `docker stats --no-stream`.
struct ContainerStatus
{
    QString id;   // full id
    QString name; // without the leading slash
    QString image;
    QString state;  // running, exited, restarting, paused, created, dead
    QString health; // healthy, unhealthy, starting; empty when the image has no health check
    int restartCount = 0;
    bool oomKilled = false; // the last exit was the kernel's OOM killer
    int exitCode = 0;
    QString startedAt;     // as Docker prints it (RFC 3339)
    bool hasStats = false; // docker stats reported it (running containers only)
    double cpuPercent = 0; // of one CPU, as docker stats prints it (200 % = two CPUs busy)
    qint64 memUsedBytes = 0;
    qint64 memLimitBytes = 0;
    double memPercent = 0;
};

// Whether the containers could be read.
enum class DockerState {
    Ok,
    NotFound,   // no docker command on the server
    Unavailable // the command is there, the daemon did not answer (or refused the user)
};

// One reading of the host, from one run of HostSampleParser::command().
struct HostSample
{
    qint64 tMs = 0; // when it arrived (ms since the epoch), set by the reader
    std::optional<LoadAverage> load;
    std::optional<MemoryInfo> memory;
    std::optional<CpuTimes> cpu;
    QList<MountUsage> mounts;
    QList<NetCounters> network;
    DockerState docker = DockerState::NotFound;
    QString dockerError; // what docker said when Unavailable
    QList<ContainerStatus> containers;
    // CPU time (user + system, the shell and its children) the batch itself cost on the server,
    // from the shell's `times`; negative when unknown.
    double serverCpuSeconds = -1;
};

// What needs two readings: CPU busy share and network throughput.
struct HostRates
{
    std::optional<double> cpuBusyPercent; // 0..100 of all CPUs
    std::optional<double> rxBytesPerSecond;
    std::optional<double> txBytesPerSecond;
};

// One reading as the host view shows it: the sample, the rates since the one before, and per mount
// point the days until it is full where the trend gives a forecast.
struct HostReading
{
    HostSample sample;
    HostRates rates;
    QMap<QString, double> daysUntilFull;
    qint64 roundTripUs = 0; // the remote command, as the desktop waited for it
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::HostReading)
Q_DECLARE_METATYPE(supadesk::HostSample)
Q_DECLARE_METATYPE(supadesk::HostRates)
