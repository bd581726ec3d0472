// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/alerts/alertconfig.h"
#include "core/uptime/uptimeprobeinstallplan.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

class SecretStore;
struct Stack;

// The desktop's copy of each stack's alerting, and the fleet's defaults a stack without its own
// uses: rules and channels as JSON in the profile's settings file (AlertConfig::toJson, no secret),
// the channels' secrets in the keychain under the stack (or under FleetKey for the defaults).
class AlertConfigStore
{
public:
    explicit AlertConfigStore(QString settingsFile);

    // The keychain "stack" the fleet defaults' channel secrets are kept under.
    static inline const QString FleetKey = QStringLiteral("fleet-defaults");

    // The stack's own configuration; nullopt when it follows the fleet defaults.
    std::optional<AlertConfig> stackConfig(const QString &stackId) const;
    // The fleet defaults: AlertRules::defaults() and no channel until saved.
    AlertConfig fleetDefaults() const;
    // What applies to the stack: its own, or the fleet defaults.
    AlertConfig effective(const QString &stackId) const;
    // The keychain owner of the channel secrets that apply to the stack.
    QString secretOwner(const QString &stackId) const;

    void setStackConfig(const QString &stackId, const AlertConfig &config);
    void setFleetDefaults(const AlertConfig &config);
    // The stack follows the fleet defaults again.
    void clearStackConfig(const QString &stackId);
    // The stack was removed: nothing of its alerts stays in the settings.
    void forgetStack(const QString &stackId);

    // The keychain names of the stack's own channel secrets (removed with the stack): those of its
    // own channels and every one written for it (rememberSecret).
    QStringList secretNames(const QString &stackId) const;
    // A channel secret was written to the keychain for the stack outside its saved configuration
    // (`supadesk-cli alerts set-secret`): its name is kept so removing the stack removes it too.
    void rememberSecret(const QString &stackId, const QString &channelId);

    // What the probe installer needs: the configuration that applies, each channel's secret from
    // `keychain`, the database the probe probes, and the stack's maintenance windows.
    // alert.channel when a channel has no secret in the keychain.
    Result<UptimeProbeAlerts> forInstall(const Stack &stack, const UptimeProbeSettings &probe,
                                         SecretStore &keychain, const QList<TimeRange> &maintenance) const;

    // `config` made ready for the installer: the stack's name, the probe's database when none is set,
    // each channel's secret read from `keychain` under `owner`; validated.
    static Result<UptimeProbeAlerts> prepare(AlertConfig config, const Stack &stack,
                                             const UptimeProbeSettings &probe, SecretStore &keychain,
                                             const QString &owner);

private:
    std::optional<AlertConfig> read(const QString &key) const;
    void write(const QString &key, const AlertConfig &config);
    QString m_file;
};

} // namespace supadesk
