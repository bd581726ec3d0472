// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace supadesk {

namespace {

QJsonValue optional(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString HostJson::dockerStateKey(DockerState state)
{
    switch (state) {
    case DockerState::Ok:
        return QStringLiteral("ok");
    case DockerState::NotFound:
        return QStringLiteral("not-found");
    case DockerState::Unavailable:
        return QStringLiteral("unavailable");
    }
    return QString();
}

QJsonObject HostJson::toJson(const HostReading &reading)
{
    const HostSample &s = reading.sample;
    QJsonObject o;
    o.insert(QStringLiteral("time"),
             QDateTime::fromMSecsSinceEpoch(s.tMs, QTimeZone::utc()).toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("round_trip_ms"), double(reading.roundTripUs) / 1000.0);
    o.insert(QStringLiteral("server_cpu_seconds"),
             s.serverCpuSeconds >= 0 ? QJsonValue(s.serverCpuSeconds) : QJsonValue(QJsonValue::Null));
    if (s.load)
        o.insert(QStringLiteral("load"), QJsonObject{{QStringLiteral("one"), s.load->one},
                                                     {QStringLiteral("five"), s.load->five},
                                                     {QStringLiteral("fifteen"), s.load->fifteen}});
    else
        o.insert(QStringLiteral("load"), QJsonValue::Null);
    o.insert(QStringLiteral("cpu"),
             QJsonObject{{QStringLiteral("cpus"), s.cpu ? s.cpu->cpus : 0},
                         {QStringLiteral("busy_pct"), optional(reading.rates.cpuBusyPercent)}});
    if (s.memory)
        o.insert(QStringLiteral("memory"),
                 QJsonObject{{QStringLiteral("total_bytes"), double(s.memory->totalBytes)},
                             {QStringLiteral("used_bytes"), double(s.memory->usedBytes())},
                             {QStringLiteral("available_bytes"), double(s.memory->availableBytes)},
                             {QStringLiteral("swap_total_bytes"), double(s.memory->swapTotalBytes)},
                             {QStringLiteral("swap_used_bytes"), double(s.memory->swapUsedBytes())}});
    else
        o.insert(QStringLiteral("memory"), QJsonValue::Null);
    QJsonArray mounts;
    for (const MountUsage &m : s.mounts) {
        const auto days = reading.daysUntilFull.find(m.mountPoint);
        mounts.append(QJsonObject{{QStringLiteral("mount"), m.mountPoint},
                                  {QStringLiteral("device"), m.device},
                                  {QStringLiteral("type"), m.fsType},
                                  {QStringLiteral("total_bytes"), double(m.totalBytes)},
                                  {QStringLiteral("used_bytes"), double(m.usedBytes)},
                                  {QStringLiteral("available_bytes"), double(m.availableBytes)},
                                  {QStringLiteral("used_pct"), m.usedPercent()},
                                  {QStringLiteral("days_until_full"), days != reading.daysUntilFull.end()
                                                                          ? QJsonValue(*days)
                                                                          : QJsonValue(QJsonValue::Null)}});
    }
    o.insert(QStringLiteral("mounts"), mounts);
    QJsonArray interfaces;
    for (const NetCounters &n : s.network)
        interfaces.append(n.interface);
    o.insert(QStringLiteral("network"),
             QJsonObject{{QStringLiteral("interfaces"), interfaces},
                         {QStringLiteral("rx_bytes_per_s"), optional(reading.rates.rxBytesPerSecond)},
                         {QStringLiteral("tx_bytes_per_s"), optional(reading.rates.txBytesPerSecond)}});
    o.insert(QStringLiteral("docker"), dockerStateKey(s.docker));
    if (!s.dockerError.isEmpty())
        o.insert(QStringLiteral("docker_error"), s.dockerError);
    QJsonArray containers;
    for (const ContainerStatus &c : s.containers) {
        QJsonObject j{{QStringLiteral("name"), c.name},
                      {QStringLiteral("id"), c.id},
                      {QStringLiteral("image"), c.image},
                      {QStringLiteral("state"), c.state},
                      {QStringLiteral("health"),
                       c.health.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.health)},
                      {QStringLiteral("restarts"), c.restartCount},
                      {QStringLiteral("oom_killed"), c.oomKilled},
                      {QStringLiteral("exit_code"), c.exitCode}};
        if (c.hasStats) {
            j.insert(QStringLiteral("cpu_pct"), c.cpuPercent);
            j.insert(QStringLiteral("mem_used_bytes"), double(c.memUsedBytes));
            j.insert(QStringLiteral("mem_limit_bytes"), double(c.memLimitBytes));
            j.insert(QStringLiteral("mem_pct"), c.memPercent);
        }
        containers.append(j);
    }
    o.insert(QStringLiteral("containers"), containers);
    return o;
}

} // namespace supadesk
