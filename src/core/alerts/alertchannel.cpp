// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/alerts/alertchannel.h"

#include "core/alerts/alertrule.h"

#include <QRegularExpression>
#include <QUrl>

namespace supadesk {

QString AlertChannels::kindKey(AlertChannelKind kind)
{
    switch (kind) {
    case AlertChannelKind::Webhook:
        return QStringLiteral("webhook");
    case AlertChannelKind::Slack:
        return QStringLiteral("slack");
    case AlertChannelKind::Telegram:
        return QStringLiteral("telegram");
    case AlertChannelKind::Email:
        return QStringLiteral("email");
    }
    return {};
}

std::optional<AlertChannelKind> AlertChannels::kindFromKey(const QString &key)
{
    for (AlertChannelKind k : {AlertChannelKind::Webhook, AlertChannelKind::Slack, AlertChannelKind::Telegram,
                               AlertChannelKind::Email})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString AlertChannels::kindTitle(AlertChannelKind kind)
{
    switch (kind) {
    case AlertChannelKind::Webhook:
        return tr("Webhook (JSON)");
    case AlertChannelKind::Slack:
        return tr("Slack-compatible webhook");
    case AlertChannelKind::Telegram:
        return tr("Telegram bot");
    case AlertChannelKind::Email:
        return tr("E-mail (SMTP)");
    }
    return {};
}

QString AlertChannels::secretTitle(AlertChannelKind kind)
{
    switch (kind) {
    case AlertChannelKind::Webhook:
    case AlertChannelKind::Slack:
        return tr("Webhook URL");
    case AlertChannelKind::Telegram:
        return tr("Bot token");
    case AlertChannelKind::Email:
        return tr("SMTP password");
    }
    return {};
}

QString AlertChannels::secretName(const QString &channelId)
{
    return QStringLiteral("alert-channel.") + channelId;
}

Status AlertChannels::validate(const AlertChannel &c)
{
    const auto bad = [](const QString &text) { return Status{Error{ErrorCode::AlertChannel, text}}; };
    if (!AlertRules::validId(c.id))
        return bad(tr("The channel id \"%1\" must start with a lower-case letter and hold only lower-case "
                      "letters, digits and underscores (at most 32).")
                       .arg(c.id));
    // No line breaks anywhere: every value is one line of a configuration file on the server.
    for (const QString &v :
         {c.secret, c.chatId, c.smtpUrl, c.smtpUser, c.mailFrom, c.mailTo.join(QLatin1Char(','))})
        if (v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('"')) ||
            v.contains(QLatin1Char('\\')))
            return bad(tr("The channel \"%1\" has a value with a line break, a double quote or a backslash.")
                           .arg(c.id));
    switch (c.kind) {
    case AlertChannelKind::Webhook:
    case AlertChannelKind::Slack: {
        const QUrl url(c.secret, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty())
            return bad(tr("The channel \"%1\" needs an http:// or https:// URL.").arg(c.id));
        break;
    }
    case AlertChannelKind::Telegram: {
        static const QRegularExpression token(QStringLiteral("^[0-9]+:[A-Za-z0-9_-]{20,}$"));
        static const QRegularExpression chat(QStringLiteral("^(-?[0-9]+|@[A-Za-z0-9_]{5,})$"));
        if (!token.match(c.secret).hasMatch())
            return bad(tr("The bot token of the channel \"%1\" should look like 123456:ABC… as BotFather "
                          "gives it.")
                           .arg(c.id));
        if (!chat.match(c.chatId).hasMatch())
            return bad(tr("The chat id of the channel \"%1\" is a number or an @channel name.").arg(c.id));
        break;
    }
    case AlertChannelKind::Email: {
        const QUrl url(c.smtpUrl, QUrl::StrictMode);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("smtp") && url.scheme() != QLatin1String("smtps")) ||
            url.host().isEmpty() || !url.userInfo().isEmpty())
            return bad(tr("The channel \"%1\" needs a server as smtp://host:port or smtps://host:port, "
                          "without a login in it.")
                           .arg(c.id));
        static const QRegularExpression address(QStringLiteral("^[^@\\s<>,;]+@[^@\\s<>,;]+$"));
        if (!address.match(c.mailFrom).hasMatch())
            return bad(tr("The sender address of the channel \"%1\" is not an e-mail address.").arg(c.id));
        if (c.mailTo.isEmpty())
            return bad(tr("The channel \"%1\" needs at least one recipient.").arg(c.id));
        for (const QString &to : c.mailTo)
            if (!address.match(to).hasMatch())
                return bad(
                    tr("The recipient \"%1\" of the channel \"%2\" is not an e-mail address.").arg(to, c.id));
        if (!c.smtpUser.isEmpty() && c.secret.isEmpty())
            return bad(tr("The channel \"%1\" has a login but no password.").arg(c.id));
        break;
    }
    }
    return success();
}

} // namespace supadesk
