// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostsample.h"
#include "hostverdict.h"

#include <optional>

namespace supadesk {

// What a fleet tile shows of a stack's host: the load against its CPUs, memory in use, the fullest
// disk with its days until full, and how many containers are in trouble, each with the host view's
// verdict (HostVerdict), so the tile and the Host tab colour the same figure the same way.
struct HostSummary
{
    std::optional<LoadAverage> load;
    int cpus = 0; // 0: not known
    HostVerdict::Level loadLevel = HostVerdict::Level::Idle;
    std::optional<double> memoryUsedPercent;
    HostVerdict::Level memoryLevel = HostVerdict::Level::Idle;
    std::optional<MountUsage> fullestDisk; // the highest share used
    std::optional<double> fullestDiskDaysUntilFull;
    HostVerdict::Level diskLevel = HostVerdict::Level::Idle;
    bool containersRead = false; // docker answered
    int containers = 0;
    int troubledContainers =
        0; // a warning or worse: restarting, unhealthy, OOM-killed, exited with a failure
    HostVerdict::Level containerLevel = HostVerdict::Level::Idle;

    HostVerdict::Level worst() const;

    // A disk that fills up soon ranks as "fullest" before a fuller one that does not grow: among the
    // mounts the worst verdict first, then the highest share used.
    static HostSummary of(const HostReading &reading);
    // The 1-minute load per CPU from which the load is a warning (1.0) or bad (2.0): a run queue
    // longer than the CPUs means waiting, twice as long means a server that can't keep up.
    static HostVerdict::Level loadLevelOf(double oneMinute, int cpus);
};

} // namespace supadesk
