// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alertconfig.h"

#include "core/shellquote.h"

#include <QJsonArray>
#include <QSet>

namespace supadesk {

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 15);
}

} // namespace

Status AlertConfig::validate() const
{
    const auto bad = [](ErrorCode code, const QString &text) { return Status{Error{code, text}}; };
    if (failuresBeforeDown < 1 || failuresBeforeDown > 100)
        return bad(ErrorCode::AlertRule, tr("Failures before down must be between 1 and 100."));
    if (stormSeconds < MinStormSeconds || stormSeconds > MaxStormSeconds)
        return bad(ErrorCode::AlertRule, tr("The interval between two messages of a rule must be "
                                            "between %1 seconds and a day.")
                                             .arg(MinStormSeconds));
    QSet<QString> ids;
    for (const AlertRule &r : rules) {
        if (const Status s = AlertRules::validate(r); !s)
            return s;
        if (ids.contains(r.id))
            return bad(ErrorCode::AlertRule, tr("Two rules have the id \"%1\".").arg(r.id));
        ids.insert(r.id);
    }
    ids.clear();
    for (const AlertChannel &c : channels) {
        if (const Status s = AlertChannels::validate(c); !s)
            return s;
        if (ids.contains(c.id))
            return bad(ErrorCode::AlertChannel, tr("Two channels have the id \"%1\".").arg(c.id));
        ids.insert(c.id);
    }
    return success();
}

QByteArray AlertConfig::configFile(const QString &stateDir, const QString &secretsPath) const
{
    QStringList lines = {
        QStringLiteral(
            "# Alert rules and channels of the Supadesk uptime probe for the stack \"%1\"; written by "
            "Supadesk. The channels' secrets are in %2 (root only).")
            .arg(stackName.simplified(), secretsPath),
        QStringLiteral("SUPADESK_ALERT_STACK=") + shellQuote(stackName.simplified()),
        QStringLiteral("SUPADESK_ALERT_DIR=") + shellQuote(stateDir),
        QStringLiteral("SUPADESK_ALERT_SECRETS=") + shellQuote(secretsPath),
        QStringLiteral("SUPADESK_ALERT_FAILURES=%1").arg(failuresBeforeDown),
        QStringLiteral("SUPADESK_ALERT_STORM_SECONDS=%1").arg(stormSeconds),
        QStringLiteral("SUPADESK_ALERT_PSQL_URL=") + shellQuote(databaseUrl),
    };
    // START-END in seconds since the epoch, one word per window.
    QStringList windows;
    for (const TimeRange &w : maintenance)
        if (w.length() > 0)
            windows.append(QStringLiteral("%1-%2").arg(w.startMs / 1000).arg((w.endMs + 999) / 1000));
    lines.append(QStringLiteral("SUPADESK_ALERT_MAINTENANCE=") + shellQuote(windows.join(QLatin1Char(' '))));
    QStringList ruleIds;
    for (const AlertRule &r : rules) {
        if (!r.enabled)
            continue;
        ruleIds.append(r.id);
        // KIND SEVERITY THRESHOLD FOR_SECONDS TARGET, split by the alerter's `set --`.
        lines.append(
            QStringLiteral("ALERT_RULE_%1=").arg(r.id) +
            shellQuote(QStringList{AlertRules::kindKey(r.kind), AlertRules::severityKey(r.severity),
                                   number(r.threshold), QString::number(r.forSeconds),
                                   r.target.trimmed().isEmpty() ? QStringLiteral("-") : r.target.trimmed()}
                           .join(QLatin1Char(' '))));
        lines.append(QStringLiteral("ALERT_FIRING_%1=").arg(r.id) + shellQuote(AlertRules::firingText(r)));
        lines.append(QStringLiteral("ALERT_RESOLVED_%1=").arg(r.id) +
                     shellQuote(AlertRules::resolvedText(r)));
    }
    lines.append(QStringLiteral("SUPADESK_ALERT_RULES=") + shellQuote(ruleIds.join(QLatin1Char(' '))));
    QStringList channelIds;
    for (const AlertChannel &c : channels) {
        if (!c.enabled)
            continue;
        channelIds.append(c.id);
        const QString p = QStringLiteral("ALERT_CHANNEL_%1_").arg(c.id);
        lines.append(p + QStringLiteral("KIND=") + AlertChannels::kindKey(c.kind));
        if (c.kind == AlertChannelKind::Telegram)
            lines.append(p + QStringLiteral("CHAT=") + shellQuote(c.chatId));
        if (c.kind == AlertChannelKind::Email) {
            lines.append(p + QStringLiteral("SMTP=") + shellQuote(c.smtpUrl));
            lines.append(p + QStringLiteral("STARTTLS=") +
                         (c.startTls ? QStringLiteral("1") : QStringLiteral("0")));
            lines.append(p + QStringLiteral("USER=") + shellQuote(c.smtpUser));
            lines.append(p + QStringLiteral("FROM=") + shellQuote(c.mailFrom));
            lines.append(p + QStringLiteral("TO=") + shellQuote(c.mailTo.join(QLatin1Char(' '))));
        }
    }
    lines.append(QStringLiteral("SUPADESK_ALERT_CHANNELS=") + shellQuote(channelIds.join(QLatin1Char(' '))));
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

QByteArray AlertConfig::secretsFile() const
{
    QByteArray out =
        "# Secrets of the Supadesk alert channels: CHANNEL=SECRET, read line by line (root only).\n";
    for (const AlertChannel &c : channels)
        if (c.enabled && !c.secret.isEmpty())
            out += c.id.toUtf8() + '=' + c.secret.toUtf8() + '\n';
    return out;
}

QJsonObject AlertConfig::toJson() const
{
    QJsonArray r;
    for (const AlertRule &rule : rules)
        r.append(QJsonObject{{QStringLiteral("id"), rule.id},
                             {QStringLiteral("kind"), AlertRules::kindKey(rule.kind)},
                             {QStringLiteral("severity"), AlertRules::severityKey(rule.severity)},
                             {QStringLiteral("threshold"), rule.threshold},
                             {QStringLiteral("for_seconds"), rule.forSeconds},
                             {QStringLiteral("target"), rule.target},
                             {QStringLiteral("resolved_message"), rule.resolvedMessage},
                             {QStringLiteral("enabled"), rule.enabled}});
    QJsonArray c;
    for (const AlertChannel &ch : channels)
        c.append(QJsonObject{{QStringLiteral("id"), ch.id},
                             {QStringLiteral("kind"), AlertChannels::kindKey(ch.kind)},
                             {QStringLiteral("chat_id"), ch.chatId},
                             {QStringLiteral("smtp_url"), ch.smtpUrl},
                             {QStringLiteral("smtp_user"), ch.smtpUser},
                             {QStringLiteral("starttls"), ch.startTls},
                             {QStringLiteral("from"), ch.mailFrom},
                             {QStringLiteral("to"), QJsonArray::fromStringList(ch.mailTo)},
                             {QStringLiteral("enabled"), ch.enabled}});
    return QJsonObject{{QStringLiteral("failures_before_down"), failuresBeforeDown},
                       {QStringLiteral("storm_seconds"), stormSeconds},
                       {QStringLiteral("database_url"), databaseUrl},
                       {QStringLiteral("rules"), r},
                       {QStringLiteral("channels"), c}};
}

Result<AlertConfig> AlertConfig::fromJson(const QJsonObject &json)
{
    AlertConfig config;
    config.failuresBeforeDown = json.value(QLatin1String("failures_before_down")).toInt(2);
    config.stormSeconds = json.value(QLatin1String("storm_seconds")).toInt(300);
    config.databaseUrl = json.value(QLatin1String("database_url")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("rules")).toArray()) {
        const QJsonObject o = v.toObject();
        AlertRule r;
        r.id = o.value(QLatin1String("id")).toString();
        const auto kind = AlertRules::kindFromKey(o.value(QLatin1String("kind")).toString());
        const auto severity = AlertRules::severityFromKey(o.value(QLatin1String("severity")).toString());
        if (!kind || !severity)
            return Error{ErrorCode::AlertRule,
                         tr("The rule \"%1\" has an unknown kind or severity.").arg(r.id)};
        r.kind = *kind;
        r.severity = *severity;
        r.threshold = o.value(QLatin1String("threshold")).toDouble();
        r.forSeconds = o.value(QLatin1String("for_seconds")).toInt();
        r.target = o.value(QLatin1String("target")).toString();
        r.resolvedMessage = o.value(QLatin1String("resolved_message")).toString();
        r.enabled = o.value(QLatin1String("enabled")).toBool(true);
        config.rules.append(r);
    }
    for (const QJsonValue &v : json.value(QLatin1String("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        AlertChannel c;
        c.id = o.value(QLatin1String("id")).toString();
        const auto kind = AlertChannels::kindFromKey(o.value(QLatin1String("kind")).toString());
        if (!kind)
            return Error{ErrorCode::AlertChannel, tr("The channel \"%1\" has an unknown kind.").arg(c.id)};
        c.kind = *kind;
        c.chatId = o.value(QLatin1String("chat_id")).toString();
        c.smtpUrl = o.value(QLatin1String("smtp_url")).toString();
        c.smtpUser = o.value(QLatin1String("smtp_user")).toString();
        c.startTls = o.value(QLatin1String("starttls")).toBool(true);
        c.mailFrom = o.value(QLatin1String("from")).toString();
        for (const QJsonValue &to : o.value(QLatin1String("to")).toArray())
            c.mailTo.append(to.toString());
        c.enabled = o.value(QLatin1String("enabled")).toBool(true);
        config.channels.append(c);
    }
    return config;
}

} // namespace supadesk
