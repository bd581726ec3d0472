// SPDX-License-Identifier: GPL-3.0-or-later
#include "jumphost.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace supadesk {

namespace {

Error badHop(const QString &hop)
{
    return Error{ErrorCode::SshJumpSyntax,
                 QCoreApplication::translate("JumpHostList",
                                             "\"%1\" is not a jump host: use [user@]host[:port], several "
                                             "separated by commas.")
                     .arg(hop)};
}

Result<JumpHost> parseHop(QString text)
{
    const QString original = text;
    if (text.startsWith(QLatin1String("ssh://")))
        text = text.mid(6);
    JumpHost hop;
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@')); at >= 0) {
        hop.user = text.left(at);
        text = text.mid(at + 1);
        if (hop.user.isEmpty())
            return badHop(original);
    }
    QString portText;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return badHop(original);
        hop.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return badHop(original);
            portText = rest.mid(1);
        }
    } else if (text.count(QLatin1Char(':')) == 1) {
        hop.host = text.section(QLatin1Char(':'), 0, 0);
        portText = text.section(QLatin1Char(':'), 1);
    } else {
        hop.host = text; // a name, or a bare IPv6 address without a port
    }
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9_.:%-]+$"));
    if (hop.host.isEmpty() || hop.host.startsWith(QLatin1Char('-')) ||
        !hostPattern.match(hop.host).hasMatch())
        return badHop(original);
    if (!portText.isNull()) {
        bool ok = false;
        hop.port = portText.toInt(&ok);
        if (!ok || hop.port < 1 || hop.port > 65535)
            return badHop(original);
    }
    return hop;
}

} // namespace

Result<QList<JumpHost>> JumpHostList::parse(const QString &text)
{
    QList<JumpHost> hops;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return hops;
    const QStringList parts = trimmed.split(QLatin1Char(','));
    for (const QString &part : parts) {
        Result<JumpHost> hop = parseHop(part.trimmed());
        if (!hop.ok())
            return hop.error();
        hops.append(hop.value());
    }
    return hops;
}

QString JumpHostList::format(const QList<JumpHost> &hops)
{
    QStringList parts;
    for (const JumpHost &hop : hops) {
        QString host = hop.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(hop.host) : hop.host;
        if (!hop.user.isEmpty())
            host.prepend(hop.user + QLatin1Char('@'));
        if (hop.port > 0)
            host += QLatin1Char(':') + QString::number(hop.port);
        parts.append(host);
    }
    return parts.join(QLatin1Char(','));
}

} // namespace supadesk
