// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostsample.h"

#include <optional>

namespace supadesk {

// How the host view colours a figure: the thresholds in one place, so the panel, the fleet tiles and
// the CLI agree.
class HostVerdict
{
public:
    enum class Level { Ok, Warn, Bad, Idle };

    // Running and healthy (or without a health check) is fine; starting, restarting, paused or
    // unhealthy a warning; an OOM kill, dead, or exited with a failure bad; exited cleanly idle.
    static Level container(const ContainerStatus &c);
    // Use of 80 % a warning, 90 % bad; a forecast under 30 days a warning, under 7 days bad.
    static Level disk(const MountUsage &m, std::optional<double> daysUntilFull);
    // Memory used (not available to programs) from 80 % a warning, from 95 % bad; swap in use above
    // half of it a warning.
    static Level memory(const MemoryInfo &m);
    static Level swap(const MemoryInfo &m);
    static Level cpu(double busyPercent);
    static Level worst(Level a, Level b);
};

} // namespace supadesk
