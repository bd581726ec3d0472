// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
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

class AlertLog
{
public:
    // TIME TAB RULE TAB EVENT TAB CHANNEL TAB RESULT TAB DETAIL per line; other lines are skipped.
    static QList<AlertLogEntry> parse(const QByteArray &text);
    static QJsonArray toJson(const QList<AlertLogEntry> &entries);
};

} // namespace supadesk
