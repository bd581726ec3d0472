// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/alerts/alertconfigstore.h"

#include "core/stack.h"
#include "services/secretstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace supadesk {

namespace {

QString stackKey(const QString &stackId)
{
    return QStringLiteral("alerts/stack-") + stackId;
}

const QString fleetKey = QStringLiteral("alerts/fleet");

} // namespace

AlertConfigStore::AlertConfigStore(QString settingsFile) : m_file(std::move(settingsFile)) {}

std::optional<AlertConfig> AlertConfigStore::read(const QString &key) const
{
    const QByteArray json = QSettings(m_file, QSettings::IniFormat).value(key).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    Result<AlertConfig> config = AlertConfig::fromJson(doc.object());
    if (!config)
        return std::nullopt;
    return std::move(config).value();
}

void AlertConfigStore::write(const QString &key, const AlertConfig &config)
{
    // Secrets never reach the settings file: toJson leaves them out.
    QSettings(m_file, QSettings::IniFormat)
        .setValue(key, QString::fromUtf8(QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact)));
}

std::optional<AlertConfig> AlertConfigStore::stackConfig(const QString &stackId) const
{
    return read(stackKey(stackId));
}

AlertConfig AlertConfigStore::fleetDefaults() const
{
    if (std::optional<AlertConfig> saved = read(fleetKey))
        return *saved;
    AlertConfig config;
    config.rules = AlertRules::defaults();
    return config;
}

AlertConfig AlertConfigStore::effective(const QString &stackId) const
{
    return stackConfig(stackId).value_or(fleetDefaults());
}

QString AlertConfigStore::secretOwner(const QString &stackId) const
{
    return stackConfig(stackId) ? stackId : FleetKey;
}

void AlertConfigStore::setStackConfig(const QString &stackId, const AlertConfig &config)
{
    write(stackKey(stackId), config);
}

void AlertConfigStore::setFleetDefaults(const AlertConfig &config)
{
    write(fleetKey, config);
}

void AlertConfigStore::clearStackConfig(const QString &stackId)
{
    QSettings(m_file, QSettings::IniFormat).remove(stackKey(stackId));
}

void AlertConfigStore::forgetStack(const QString &stackId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    settings.remove(stackKey(stackId));
    settings.remove(QStringLiteral("alerts/secrets-") + stackId);
}

QStringList AlertConfigStore::secretNames(const QString &stackId) const
{
    QStringList names = QSettings(m_file, QSettings::IniFormat)
                            .value(QStringLiteral("alerts/secrets-") + stackId)
                            .toStringList();
    if (const std::optional<AlertConfig> own = stackConfig(stackId))
        for (const AlertChannel &c : own->channels)
            names.append(AlertChannels::secretName(c.id));
    names.removeDuplicates();
    return names;
}

void AlertConfigStore::rememberSecret(const QString &stackId, const QString &channelId)
{
    QSettings settings(m_file, QSettings::IniFormat);
    const QString key = QStringLiteral("alerts/secrets-") + stackId;
    QStringList names = settings.value(key).toStringList();
    const QString name = AlertChannels::secretName(channelId);
    if (!names.contains(name))
        settings.setValue(key, names << name);
}

Result<UptimeProbeAlerts> AlertConfigStore::forInstall(const Stack &stack, const UptimeProbeSettings &probe,
                                                       SecretStore &keychain,
                                                       const QList<TimeRange> &maintenance) const
{
    AlertConfig config = effective(stack.id);
    config.maintenance = maintenance;
    return prepare(std::move(config), stack, probe, keychain, secretOwner(stack.id));
}

Result<UptimeProbeAlerts> AlertConfigStore::prepare(AlertConfig config, const Stack &stack,
                                                    const UptimeProbeSettings &probe, SecretStore &keychain,
                                                    const QString &owner)
{
    UptimeProbeAlerts alerts;
    alerts.config = std::move(config);
    alerts.config.stackName = stack.name;
    if (alerts.config.databaseUrl.isEmpty())
        alerts.config.databaseUrl = QStringLiteral("postgresql://%1@%2:%3/%4")
                                        .arg(probe.dbUser, probe.dbHost)
                                        .arg(probe.dbPort)
                                        .arg(probe.dbName);
    // The fleet defaults name Supabase's usual folder; a stack installed elsewhere has its own.
    const QString usual = Stack().installDir;
    if (!stack.installDir.isEmpty() && stack.installDir != usual)
        for (AlertRule &rule : alerts.config.rules)
            if ((rule.kind == AlertRuleKind::ContainerTrouble || rule.kind == AlertRuleKind::JwtKeys) &&
                (rule.target == usual || rule.target.startsWith(usual + QLatin1Char('/'))))
                rule.target = stack.installDir + rule.target.mid(usual.size());
    for (AlertChannel &channel : alerts.config.channels) {
        const Result<QString> secret = keychain.readNow(owner, AlertChannels::secretName(channel.id));
        if (secret)
            channel.secret = secret.value();
        else if (channel.kind != AlertChannelKind::Email || !channel.smtpUser.isEmpty())
            return Error{ErrorCode::AlertChannel,
                         QCoreApplication::translate("Cli",
                                                     "The keychain has no secret for the channel \"%1\": "
                                                     "supadesk-cli alerts set-secret --stack %2 --channel %1")
                             .arg(channel.id, stack.name)};
    }
    if (const Status valid = alerts.config.validate(); !valid)
        return valid.error();
    return alerts;
}

} // namespace supadesk
