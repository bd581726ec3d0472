// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertchannel.h"
#include "core/alerts/alertrule.h"
#include "core/result.h"
#include "core/uptime/proberesult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace supadesk {

// A stack's alerting as the server-side alerter reads it: the rules, the channels and how loud it may
// be. Two files on the server, beside the uptime probe's: `alerts.conf` (sourced by the alerter's
// shell, no secret in it, 0644) and `alerts.secrets` (one `CHANNEL=SECRET` line per channel, read
// line by line and never sourced or passed on a command line, root only: 0600).
struct AlertConfig
{
    QString stackName;
    int failuresBeforeDown = 2;
    // At most one message per rule in this many seconds; changes in between go into one digest.
    int stormSeconds = 300;
    // The database the psql-based rules ask (connections, replication, archiving, transactions);
    // empty: those rules are not evaluated. Its password comes from the probe's stack .env.
    QString databaseUrl;
    QList<AlertRule> rules;
    QList<AlertChannel> channels;
    // The stack's declared maintenance windows (from the Uptime workspace, not kept in the JSON):
    // the alerter fires nothing while one is open.
    QList<TimeRange> maintenance;

    static constexpr int MinStormSeconds = 60;
    static constexpr int MaxStormSeconds = 86400;

    // Every rule and channel valid, ids unique, something to send to.
    Status validate() const;

    // The two files (paths from the uptime probe's layout).
    QByteArray configFile(const QString &stateDir, const QString &secretsPath) const;
    QByteArray secretsFile() const;

    // The desktop's copy, kept in the stack's settings: everything but the secrets.
    QJsonObject toJson() const;
    static Result<AlertConfig> fromJson(const QJsonObject &json);

    Q_DECLARE_TR_FUNCTIONS(supadesk::AlertConfig)
};

} // namespace supadesk
