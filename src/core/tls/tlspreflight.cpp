// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlspreflight.h"

#include "ipaddress.h"

#include <QRegularExpression>

namespace supadesk {

QString TlsPreflight::portsCommand(int httpPort, int httpsPort)
{
    return QStringLiteral("ss -Hltnp '( sport = :%1 or sport = :%2 )'").arg(httpPort).arg(httpsPort);
}

QList<PortHolder> TlsPreflight::parsePorts(const QString &ssOutput)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    static const QRegularExpression user(QStringLiteral("\\(\\(\"([^\"]+)\",pid=(\\d+)"));
    QList<PortHolder> holders;
    for (const QString &line : ssOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList cols = line.trimmed().split(space, Qt::SkipEmptyParts);
        if (cols.size() < 4 || cols.at(0) != QLatin1String("LISTEN"))
            continue;
        const QString local = cols.at(3);
        const qsizetype colon = local.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        PortHolder holder;
        holder.port = local.mid(colon + 1).toInt(&ok);
        if (colon < 0 || !ok)
            continue;
        holder.address = local.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'));
        if (const QRegularExpressionMatch m = user.match(line); m.hasMatch()) {
            holder.process = m.captured(1);
            holder.pid = m.captured(2).toInt();
        }
        holders << holder;
    }
    return holders;
}

QStringList TlsPreflight::ownProcesses(TlsProxyKind kind, bool overlay)
{
    QStringList own{kind == TlsProxyKind::Caddy ? QStringLiteral("caddy") : QStringLiteral("nginx")};
    if (overlay)
        own << QStringLiteral("docker-proxy");
    return own;
}

Status TlsPreflight::checkPorts(const QList<PortHolder> &holders, TlsProxyKind kind, bool overlay,
                                int httpPort, int httpsPort)
{
    const QStringList own = ownProcesses(kind, overlay);
    for (const PortHolder &h : holders) {
        if (h.port != httpPort && h.port != httpsPort)
            continue;
        if (own.contains(h.process))
            continue;
        if (h.process.isEmpty())
            return Error{ErrorCode::TlsPort,
                         tr("Port %1 is taken by a program Supadesk cannot name (listing the owner needs "
                            "root): stop it, or free the port, before the proxy takes it.")
                             .arg(h.port)};
        return Error{ErrorCode::TlsPort, tr("Port %1 is taken by %2 (process %3): stop it, or free the port, "
                                            "before the proxy takes it.")
                                             .arg(h.port)
                                             .arg(h.process)
                                             .arg(h.pid)};
    }
    return success();
}

Status TlsPreflight::checkNames(const QStringList &names, const QHash<QString, QStringList> &resolved,
                                const QStringList &serverAddresses)
{
    QList<IpAddress> server;
    for (const QString &a : serverAddresses) {
        if (const std::optional<IpAddress> address = IpAddress::parse(a))
            server << *address;
    }
    for (const QString &name : names) {
        const QStringList addresses = resolved.value(name);
        if (addresses.isEmpty())
            return Error{ErrorCode::TlsDns,
                         tr("%1 does not resolve: add an A (or AAAA) record pointing at %2, and wait for it "
                            "to spread, before asking for a certificate.")
                             .arg(name, serverAddresses.join(QStringLiteral(", ")))};
        for (const QString &a : addresses) {
            const std::optional<IpAddress> address = IpAddress::parse(a);
            if (!address || !server.contains(*address))
                return Error{ErrorCode::TlsDns,
                             tr("%1 resolves to %2, which is not this server (%3): the certificate authority "
                                "would ask that address for proof.")
                                 .arg(name, a, serverAddresses.join(QStringLiteral(", ")))};
        }
    }
    return success();
}

} // namespace supadesk
