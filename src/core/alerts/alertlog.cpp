// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alertlog.h"

#include "core/shellquote.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

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

QString AlertLog::readCommand(const QString &path, const QDateTime &since, int maxLines)
{
    const QString log = shellQuote(path);
    if (!since.isValid())
        return QStringLiteral("if [ -e %1 ]; then tail -n %2 %1; fi").arg(log).arg(maxLines);
    const QString stamp = since.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('Z');
    return QStringLiteral("if [ -e %1 ]; then awk -F '\t' -v s=%2 '$1 >= s' %1 | tail -n %3; fi")
        .arg(log, shellQuote(stamp))
        .arg(maxLines);
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

bool AlertIncident::delivered() const
{
    return std::any_of(told.begin(), told.end(), [](const QPair<QString, QString> &t) {
        return t.second == QLatin1String("delivered");
    });
}

qint64 AlertIncident::durationMs(const QDateTime &now) const
{
    return std::max<qint64>(0, firedAt.msecsTo(resolvedAt.isValid() ? resolvedAt : now));
}

QString AlertIncident::toldText() const
{
    QStringList parts;
    for (const auto &[channel, result] : told)
        parts.append(channel + QStringLiteral(": ") + result);
    return parts.join(QStringLiteral(", "));
}

QList<AlertIncident> AlertLog::incidents(const QList<AlertLogEntry> &entries)
{
    QList<AlertIncident> out;
    QHash<QString, qsizetype> open; // rule → index in out
    for (const AlertLogEntry &e : entries) {
        if (e.event == QLatin1String("firing")) {
            auto it = open.find(e.rule);
            if (it == open.end()) {
                AlertIncident incident;
                incident.rule = e.rule;
                incident.firedAt = e.at;
                out.append(incident);
                it = open.insert(e.rule, out.size() - 1);
            }
            auto &told = out[*it].told;
            const auto same = std::find_if(told.begin(), told.end(), [&e](const QPair<QString, QString> &t) {
                return t.first == e.channel;
            });
            if (same == told.end())
                told.append({e.channel, e.result});
            else
                same->second = e.result;
        } else if (e.event == QLatin1String("resolved")) {
            if (const auto it = open.find(e.rule); it != open.end()) {
                out[*it].resolvedAt = e.at;
                open.erase(it);
            }
        }
    }
    return out;
}

} // namespace supadesk
