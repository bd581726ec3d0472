// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auditcheckgroup.h"
#include "core/audit/endpointverdicts.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

#include <optional>

namespace supadesk {

// The audit's checks of the public endpoints: TLS certificate, health routes, Studio exposure.
// Runs blocking on the audit thread: the TLS handshake on a QSslSocket, the HTTP requests through the
// gateway forward with a QNetworkAccessManager in a local event loop, each with a timeout.
class EndpointAuditChecks : public AuditCheckGroup
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::EndpointAuditChecks)

public:
    QStringList checkIds() const override;
    AuditCheckResults run(const AuditContext &context, const QStringList &wanted) override;

    // Certificates trusted in addition to the system's (tests: a CA of their own).
    void setExtraTrust(const QList<QSslCertificate> &certificates) { m_extraTrust = certificates; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    struct HttpAnswer
    {
        RouteProbe probe;
        QByteArray body;
    };
    // GET http://127.0.0.1:port + route with `headers`, waiting at most `timeoutMs`.
    static HttpAnswer get(quint16 port, const QString &route,
                          const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs);
    // The handshake with host:port (SNI = host), verification errors recorded, not fatal.
    static TlsObservation handshake(const QString &host, int port, const QList<QSslCertificate> &extraTrust,
                                    int timeoutMs);

private:
    AuditCheckResult tlsCertificate(const AuditContext &context) const;
    AuditCheckResult healthEndpoints(const AuditContext &context) const;
    AuditCheckResult studioExposed(const AuditContext &context) const;

    QList<QSslCertificate> m_extraTrust;
    int m_timeoutMs = 10000;
};

} // namespace supadesk
