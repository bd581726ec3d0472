// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostverdict.h"

namespace supadesk {

HostVerdict::Level HostVerdict::container(const ContainerStatus &c)
{
    if (c.oomKilled || c.state == QLatin1String("dead"))
        return Level::Bad;
    if (c.state == QLatin1String("exited"))
        return c.exitCode == 0 ? Level::Idle : Level::Bad;
    if (c.state == QLatin1String("restarting"))
        return c.restartCount >= 3 ? Level::Bad : Level::Warn;
    if (c.health == QLatin1String("unhealthy"))
        return Level::Bad;
    if (c.state != QLatin1String("running") || c.health == QLatin1String("starting"))
        return Level::Warn;
    return Level::Ok;
}

HostVerdict::Level HostVerdict::disk(const MountUsage &m, std::optional<double> daysUntilFull)
{
    Level level = Level::Ok;
    const double used = m.usedPercent();
    if (used >= 90)
        level = Level::Bad;
    else if (used >= 80)
        level = Level::Warn;
    if (daysUntilFull) {
        if (*daysUntilFull < 7)
            level = worst(level, Level::Bad);
        else if (*daysUntilFull < 30)
            level = worst(level, Level::Warn);
    }
    return level;
}

HostVerdict::Level HostVerdict::memory(const MemoryInfo &m)
{
    if (m.totalBytes <= 0)
        return Level::Idle;
    const double used = 100.0 * double(m.usedBytes()) / double(m.totalBytes);
    return used >= 95 ? Level::Bad : used >= 80 ? Level::Warn : Level::Ok;
}

HostVerdict::Level HostVerdict::swap(const MemoryInfo &m)
{
    if (m.swapTotalBytes <= 0)
        return Level::Idle;
    return m.swapUsedBytes() * 2 > m.swapTotalBytes ? Level::Warn : Level::Ok;
}

HostVerdict::Level HostVerdict::cpu(double busyPercent)
{
    return busyPercent >= 95 ? Level::Bad : busyPercent >= 80 ? Level::Warn : Level::Ok;
}

HostVerdict::Level HostVerdict::worst(Level a, Level b)
{
    auto rank = [](Level l) { return l == Level::Bad ? 3 : l == Level::Warn ? 2 : l == Level::Ok ? 1 : 0; };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace supadesk
