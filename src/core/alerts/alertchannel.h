// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace supadesk {

enum class AlertChannelKind { Webhook, Slack, Telegram, Email };

// Where the server sends alerts. The secret part (a webhook or Slack URL that carries a token, a
// Telegram bot token, an SMTP password) is kept apart from the rest: in the keychain on the desktop,
// in a root-only file (0600) on the server, never in settings, logs or a command line.
struct AlertChannel
{
    QString id; // [a-z][a-z0-9_]*, at most 32 characters
    AlertChannelKind kind = AlertChannelKind::Webhook;
    QString secret;       // Webhook/Slack: the URL; Telegram: the bot token; Email: the SMTP password
    QString chatId;       // Telegram
    QString smtpUrl;      // Email: smtp://host:port or smtps://host:port (no credentials)
    QString smtpUser;     // Email: the login (empty: no authentication)
    bool startTls = true; // Email over smtp://: STARTTLS required
    QString mailFrom;     // Email
    QStringList mailTo;   // Email
    bool enabled = true;

    bool operator==(const AlertChannel &) const = default;
};

class AlertChannels
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::AlertChannels)
public:
    static QString kindKey(AlertChannelKind kind); // "webhook", "slack", "telegram", "email"
    static std::optional<AlertChannelKind> kindFromKey(const QString &key);
    static QString kindTitle(AlertChannelKind kind); // translated
    // What the secret of the kind is, for a form's label (translated).
    static QString secretTitle(AlertChannelKind kind);
    // alert.channel when the channel cannot deliver: a bad id, a URL that is not http(s), a token
    // or chat id of the wrong shape, an address without @, no recipient.
    static Status validate(const AlertChannel &channel);
    // The name of the channel's secret among the stack's keychain entries (SecretStore).
    static QString secretName(const QString &channelId);
};

} // namespace supadesk
