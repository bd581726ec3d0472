// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostsummary.h"

namespace supadesk {

namespace {

int rank(HostVerdict::Level l)
{
    return l == HostVerdict::Level::Bad    ? 3
           : l == HostVerdict::Level::Warn ? 2
           : l == HostVerdict::Level::Ok   ? 1
                                           : 0;
}

} // namespace

HostVerdict::Level HostSummary::loadLevelOf(double oneMinute, int cpus)
{
    if (cpus <= 0)
        return HostVerdict::Level::Idle;
    const double perCpu = oneMinute / cpus;
    return perCpu >= 2.0   ? HostVerdict::Level::Bad
           : perCpu >= 1.0 ? HostVerdict::Level::Warn
                           : HostVerdict::Level::Ok;
}

HostVerdict::Level HostSummary::worst() const
{
    HostVerdict::Level w = HostVerdict::Level::Idle;
    for (HostVerdict::Level l : {loadLevel, memoryLevel, diskLevel, containerLevel})
        w = HostVerdict::worst(w, l);
    return w;
}

HostSummary HostSummary::of(const HostReading &reading)
{
    const HostSample &s = reading.sample;
    HostSummary h;
    h.load = s.load;
    h.cpus = s.cpu ? s.cpu->cpus : 0;
    if (s.load)
        h.loadLevel = loadLevelOf(s.load->one, h.cpus);
    if (s.memory && s.memory->totalBytes > 0) {
        h.memoryUsedPercent = 100.0 * double(s.memory->usedBytes()) / double(s.memory->totalBytes);
        h.memoryLevel = HostVerdict::memory(*s.memory);
    }
    for (const MountUsage &m : s.mounts) {
        const std::optional<double> days =
            reading.daysUntilFull.contains(m.mountPoint)
                ? std::optional<double>(reading.daysUntilFull.value(m.mountPoint))
                : std::nullopt;
        const HostVerdict::Level level = HostVerdict::disk(m, days);
        const bool worse =
            !h.fullestDisk || rank(level) > rank(h.diskLevel) ||
            (rank(level) == rank(h.diskLevel) && m.usedPercent() > h.fullestDisk->usedPercent());
        if (worse) {
            h.fullestDisk = m;
            h.fullestDiskDaysUntilFull = days;
            h.diskLevel = level;
        }
    }
    h.containersRead = s.docker == DockerState::Ok;
    h.containers = int(s.containers.size());
    for (const ContainerStatus &c : s.containers) {
        const HostVerdict::Level level = HostVerdict::container(c);
        if (level == HostVerdict::Level::Warn || level == HostVerdict::Level::Bad)
            ++h.troubledContainers;
        h.containerLevel = HostVerdict::worst(
            h.containerLevel, level == HostVerdict::Level::Idle ? HostVerdict::Level::Ok : level);
    }
    return h;
}

} // namespace supadesk
