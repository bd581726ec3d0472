// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitysession.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace supadesk {

namespace {

std::optional<double> optionalDouble(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

std::optional<double> ActivitySession::durationSeconds() const
{
    if (state == QLatin1String("active"))
        return querySeconds;
    return stateSeconds;
}

QList<ActivitySession> ActivitySnapshot::sessionsFromJson(const QByteArray &json)
{
    QList<ActivitySession> result;
    const QJsonArray rows = QJsonDocument::fromJson(json).array();
    result.reserve(rows.size());
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        ActivitySession s;
        s.pid = o.value(QLatin1String("pid")).toInt();
        s.user = o.value(QLatin1String("user")).toString();
        s.application = o.value(QLatin1String("application")).toString();
        s.database = o.value(QLatin1String("database")).toString();
        s.clientAddress = o.value(QLatin1String("client")).toString();
        s.state = o.value(QLatin1String("state")).toString();
        s.waitEventType = o.value(QLatin1String("wait_type")).toString();
        s.waitEvent = o.value(QLatin1String("wait")).toString();
        s.transactionSeconds = optionalDouble(o.value(QLatin1String("xact_s")));
        s.querySeconds = optionalDouble(o.value(QLatin1String("query_s")));
        s.stateSeconds = optionalDouble(o.value(QLatin1String("state_s")));
        s.query = o.value(QLatin1String("query")).toString();
        for (const QJsonValue &pid : o.value(QLatin1String("blocked_by")).toArray())
            s.blockedBy.append(pid.toInt());
        result.append(s);
    }
    return result;
}

QList<BlockingPair> ActivitySnapshot::blockingPairs(const QList<ActivitySession> &sessions)
{
    QHash<int, const ActivitySession *> byPid;
    for (const ActivitySession &s : sessions)
        byPid.insert(s.pid, &s);
    QList<BlockingPair> pairs;
    for (const ActivitySession &blocked : sessions) {
        for (int blockingPid : blocked.blockedBy) {
            BlockingPair p;
            p.blockedPid = blocked.pid;
            p.blockingPid = blockingPid;
            p.blockedUser = blocked.user;
            p.blockedQuery = blocked.query;
            // The statement's age is what its user has been waiting for.
            p.waitSeconds = blocked.querySeconds;
            if (const ActivitySession *holder = byPid.value(blockingPid)) {
                p.blockingUser = holder->user;
                p.blockingQuery = holder->query;
                p.blockingState = holder->state;
            }
            pairs.append(p);
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const BlockingPair &a, const BlockingPair &b) {
        return a.waitSeconds.value_or(0) > b.waitSeconds.value_or(0);
    });
    return pairs;
}

QList<int> ActivitySnapshot::rootBlockers(const QList<ActivitySession> &sessions)
{
    QSet<int> waiting;
    for (const ActivitySession &s : sessions)
        if (s.isWaitingOnLock())
            waiting.insert(s.pid);
    QList<int> roots;
    for (const ActivitySession &s : sessions)
        for (int pid : s.blockedBy)
            if (!waiting.contains(pid) && !roots.contains(pid))
                roots.append(pid);
    std::sort(roots.begin(), roots.end());
    return roots;
}

} // namespace supadesk
