// SPDX-License-Identifier: GPL-3.0-or-later
#include "probetargets.h"

#include <QRegularExpression>
#include <QStringList>

namespace supadesk {

QList<ProbeTarget> ProbeTargets::standard()
{
    using Kind = ProbeTarget::Kind;
    // Kong's routes in Supabase's docker compose (volumes/api/kong.yml): each service's health
    // resource behind its prefix.
    return {
        {Ssh, Kind::SshEndpoint, QString()},
        {Postgres, Kind::Postgres, QString()},
        {QStringLiteral("auth"), Kind::GatewayHttp, QStringLiteral("/auth/v1/health")},
        {QStringLiteral("rest"), Kind::GatewayHttp, QStringLiteral("/rest/v1/")},
        {QStringLiteral("realtime"), Kind::GatewayHttp,
         QStringLiteral("/realtime/v1/api/tenants/realtime-dev/health")},
        {QStringLiteral("storage"), Kind::GatewayHttp, QStringLiteral("/storage/v1/status")},
    };
}

QString ProbeTargets::serverGatewayTargets(int gatewayPort)
{
    QStringList parts;
    for (const ProbeTarget &t : standard())
        if (t.kind == ProbeTarget::Kind::GatewayHttp)
            parts.append(
                QStringLiteral("%1=http://127.0.0.1:%2%3").arg(t.component).arg(gatewayPort).arg(t.path));
    return parts.join(QLatin1Char(' '));
}

QString ProbeTargets::serverCertificateTarget(const QString &name, int httpsPort)
{
    return QStringLiteral("%1=tls://%2:%3").arg(Certificate, name).arg(httpsPort);
}

std::optional<int> ProbeTargets::certificateDaysLeft(const QString &reason)
{
    static const QRegularExpression days(QStringLiteral("^(-?\\d+) days left"));
    const QRegularExpressionMatch m = days.match(reason);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

} // namespace supadesk
