// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alertlog.h"

#include <QJsonObject>

namespace supadesk {

QList<AlertLogEntry> AlertLog::parse(const QByteArray &text)
{
    QList<AlertLogEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = line.split('\t');
        if (f.size() != 6)
            continue;
        AlertLogEntry e;
        e.at = QDateTime::fromString(QString::fromUtf8(f.at(0)), Qt::ISODate);
        if (!e.at.isValid())
            continue;
        e.at = e.at.toUTC();
        e.rule = QString::fromUtf8(f.at(1));
        e.event = QString::fromUtf8(f.at(2));
        e.channel = QString::fromUtf8(f.at(3));
        e.result = QString::fromUtf8(f.at(4));
        e.detail = QString::fromUtf8(f.at(5));
        entries.append(e);
    }
    return entries;
}

QJsonArray AlertLog::toJson(const QList<AlertLogEntry> &entries)
{
    QJsonArray array;
    for (const AlertLogEntry &e : entries)
        array.append(QJsonObject{{QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                 {QStringLiteral("rule"), e.rule},
                                 {QStringLiteral("event"), e.event},
                                 {QStringLiteral("channel"), e.channel},
                                 {QStringLiteral("result"), e.result},
                                 {QStringLiteral("detail"), e.detail}});
    return array;
}

} // namespace supadesk
