// SPDX-License-Identifier: GPL-3.0-or-later
#include "statssample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace supadesk {

namespace {

std::optional<qint64> optionalInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return static_cast<qint64>(value.toDouble());
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QJsonArray arrayFrom(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).array();
}

} // namespace

std::optional<double> StatsSample::cumulativeCacheHitRatio() const
{
    const qint64 accesses = database.blksHit + database.blksRead;
    if (accesses <= 0)
        return std::nullopt;
    return static_cast<double>(database.blksHit) / static_cast<double>(accesses);
}

std::optional<qint64> StandbyLag::furthestLagBytes() const
{
    return lagBytes ? lagBytes : flushLagBytes ? flushLagBytes : writeLagBytes;
}

std::optional<double> StandbyLag::furthestLagSeconds() const
{
    return replayLagSeconds ? replayLagSeconds : flushLagSeconds ? flushLagSeconds : writeLagSeconds;
}

std::optional<qint64> StatsSample::maxReplicationLagBytes() const
{
    std::optional<qint64> worst;
    for (const StandbyLag &s : standbys)
        if (const std::optional<qint64> lag = s.furthestLagBytes(); lag && (!worst || *lag > *worst))
            worst = lag;
    return worst;
}

std::optional<double> StatsSample::maxReplicationLagSeconds() const
{
    std::optional<double> worst;
    for (const StandbyLag &s : standbys)
        if (const std::optional<double> lag = s.furthestLagSeconds(); lag && (!worst || *lag > *worst))
            worst = lag;
    return worst;
}

std::optional<qint64> StatsSample::maxSlotRetainedBytes() const
{
    std::optional<qint64> worst;
    for (const SlotRetention &s : replicationSlots)
        if (s.retainedBytes && (!worst || *s.retainedBytes > *worst))
            worst = s.retainedBytes;
    return worst;
}

QList<StandbyLag> StatsSample::standbysFromJson(const QByteArray &json)
{
    QList<StandbyLag> result;
    for (const QJsonValue &v : arrayFrom(json)) {
        const QJsonObject o = v.toObject();
        StandbyLag s;
        s.name = o.value(QLatin1String("name")).toString();
        s.address = o.value(QLatin1String("address")).toString();
        s.state = o.value(QLatin1String("state")).toString();
        s.syncState = o.value(QLatin1String("sync")).toString();
        s.lagBytes = optionalInt(o.value(QLatin1String("lag_bytes")));
        s.writeLagBytes = optionalInt(o.value(QLatin1String("write_lag_bytes")));
        s.flushLagBytes = optionalInt(o.value(QLatin1String("flush_lag_bytes")));
        s.writeLagSeconds = optionalDouble(o.value(QLatin1String("write_lag")));
        s.flushLagSeconds = optionalDouble(o.value(QLatin1String("flush_lag")));
        s.replayLagSeconds = optionalDouble(o.value(QLatin1String("replay_lag")));
        s.slotName = o.value(QLatin1String("slot")).toString();
        s.slotRetainedBytes = optionalInt(o.value(QLatin1String("slot_retained")));
        result.append(s);
    }
    return result;
}

void StatsSample::setReceiverFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    receiverStatus = o.value(QLatin1String("status")).toString();
    receiverSender = o.value(QLatin1String("sender")).toString();
    receiverSlot = o.value(QLatin1String("slot")).toString();
}

QList<SlotRetention> StatsSample::slotsFromJson(const QByteArray &json)
{
    QList<SlotRetention> result;
    for (const QJsonValue &v : arrayFrom(json)) {
        const QJsonObject o = v.toObject();
        SlotRetention s;
        s.name = o.value(QLatin1String("name")).toString();
        s.type = o.value(QLatin1String("type")).toString();
        s.active = o.value(QLatin1String("active")).toBool();
        s.retainedBytes = optionalInt(o.value(QLatin1String("retained_bytes")));
        result.append(s);
    }
    return result;
}

} // namespace supadesk
