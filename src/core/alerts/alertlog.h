// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QPair>
#include <QString>

namespace supadesk {

// One line of the server alerter's history (alerts.log): what fired or cleared, which channel was
// told and whether it arrived (delivered, queued, refused, dropped, held, failed).
struct AlertLogEntry
{
    QDateTime at; // UTC
    QString rule;
    QString event;   // firing, resolved, digest, test
    QString channel; // "-" when the message was held back
    QString result;
    QString detail; // the channel's answer or why

    bool operator==(const AlertLogEntry &) const = default;
};

// One alert from the history: when its rule fired and cleared, who was told and how it went.
struct AlertIncident
{
    QString rule;
    QDateTime firedAt;    // UTC; the first line of the firing
    QDateTime resolvedAt; // UTC; invalid while it is still firing
    // Per channel that was to be told of the firing, the last result: "hook" → "delivered".
    // A firing held back by the storm bound has the channel "-" and the result "held".
    QList<QPair<QString, QString>> told;

    bool firing() const { return !resolvedAt.isValid(); }
    // Whether at least one channel received the firing message.
    bool delivered() const;
    qint64 durationMs(const QDateTime &now) const;
    // "hook: delivered, mail: queued"
    QString toldText() const;

    bool operator==(const AlertIncident &) const = default;
};

class AlertLog
{
public:
    // TIME TAB RULE TAB EVENT TAB CHANNEL TAB RESULT TAB DETAIL per line; other lines are skipped.
    static QList<AlertLogEntry> parse(const QByteArray &text);
    static QJsonArray toJson(const QList<AlertLogEntry> &entries);
    // A POSIX sh command printing the lines of the log at `path` from the second `since` on (the whole
    // log when `since` is invalid), the last `maxLines` of them; nothing when there is no log. The
    // alerter writes its times as %Y-%m-%dT%H:%M:%SZ, so a string comparison orders them. Lines of
    // the second `since` itself are read again: the desktop's store drops those it already holds.
    static QString readCommand(const QString &path, const QDateTime &since, int maxLines = 5000);
    // The history as incidents, oldest first: a rule's first firing line opens one, later lines of
    // the same firing (retries, other channels) update who was told, its first resolved line closes
    // it. Tests and digests are not incidents.
    static QList<AlertIncident> incidents(const QList<AlertLogEntry> &entries);
};

} // namespace supadesk
