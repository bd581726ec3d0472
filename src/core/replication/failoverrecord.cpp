// SPDX-License-Identifier: GPL-3.0-or-later
#include "failoverrecord.h"

#include <QJsonArray>

namespace supadesk {

QJsonObject FailoverRecord::toJson() const
{
    QJsonObject o{{QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
                  {QStringLiteral("user"), user},
                  {QStringLiteral("stack"), stack},
                  {QStringLiteral("standby"), standby},
                  {QStringLiteral("old_primary"), oldPrimary},
                  {QStringLiteral("new_primary"), newPrimary},
                  {QStringLiteral("old_data_dir"), oldDataDir},
                  {QStringLiteral("checks"),
                   QJsonObject{{QStringLiteral("primary_answered_from_desktop"), primaryFromDesktop},
                               {QStringLiteral("primary_answered_from_standby"), primaryFromStandby}}},
                  {QStringLiteral("fenced"), fenced},
                  {QStringLiteral("promoted"), promoted},
                  {QStringLiteral("repoint"), repoint},
                  {QStringLiteral("repoint_detail"), repointDetail},
                  {QStringLiteral("log"), QJsonArray::fromStringList(log)}};
    o.insert(QStringLiteral("lag_bytes"), lagBytes ? QJsonValue(double(*lagBytes)) : QJsonValue());
    o.insert(QStringLiteral("seconds_since_replay"),
             secondsSinceReplay ? QJsonValue(*secondsSinceReplay) : QJsonValue());
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

FailoverRecord FailoverRecord::fromJson(const QJsonObject &o)
{
    FailoverRecord r;
    r.at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODate).toUTC();
    r.user = o.value(QStringLiteral("user")).toString();
    r.stack = o.value(QStringLiteral("stack")).toString();
    r.standby = o.value(QStringLiteral("standby")).toString();
    r.oldPrimary = o.value(QStringLiteral("old_primary")).toString();
    r.newPrimary = o.value(QStringLiteral("new_primary")).toString();
    r.oldDataDir = o.value(QStringLiteral("old_data_dir")).toString();
    const QJsonObject checks = o.value(QStringLiteral("checks")).toObject();
    r.primaryFromDesktop = checks.value(QStringLiteral("primary_answered_from_desktop")).toBool();
    r.primaryFromStandby = checks.value(QStringLiteral("primary_answered_from_standby")).toBool();
    r.fenced = o.value(QStringLiteral("fenced")).toBool();
    r.promoted = o.value(QStringLiteral("promoted")).toBool();
    if (o.value(QStringLiteral("lag_bytes")).isDouble())
        r.lagBytes = qint64(o.value(QStringLiteral("lag_bytes")).toDouble());
    if (o.value(QStringLiteral("seconds_since_replay")).isDouble())
        r.secondsSinceReplay = o.value(QStringLiteral("seconds_since_replay")).toDouble();
    r.error = o.value(QStringLiteral("error")).toString();
    r.repoint = o.value(QStringLiteral("repoint")).toString();
    r.repointDetail = o.value(QStringLiteral("repoint_detail")).toString();
    for (const QJsonValue &line : o.value(QStringLiteral("log")).toArray())
        r.log << line.toString();
    return r;
}

QString FailoverRecord::summary() const
{
    return FailoverRecordText::summary(*this);
}

QString FailoverRecordText::repoint(const QString &state)
{
    if (state == QLatin1String("done"))
        return tr("services repointed");
    if (state == QLatin1String("unchanged"))
        return tr("services already pointed there");
    if (state == QLatin1String("failed"))
        return tr("repointing failed, rolled back");
    return tr("services not repointed");
}

QString FailoverRecordText::summary(const FailoverRecord &r)
{
    QStringList notes;
    notes << (r.promoted ? tr("promoted") : tr("not promoted"));
    if (r.fenced)
        notes << tr("old primary fenced");
    if (r.promoted)
        notes << repoint(r.repoint);
    return tr("%1  %2 → %3  by %4  (%5)")
        .arg(r.at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")), r.stack, r.standby,
             r.user.isEmpty() ? QStringLiteral("?") : r.user, notes.join(QStringLiteral(", ")));
}

} // namespace supadesk
