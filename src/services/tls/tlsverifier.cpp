// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsverifier.h"

namespace supadesk {

TlsVerifyReport TlsVerifier::verify(const TlsVerifyRequest &request)
{
    TlsVerifyReport report;
    auto fail = [&report](const QString &message) {
        report.status = Error{ErrorCode::TlsVerify, message};
        return report;
    };
    const TlsTarget https{request.name, request.address, request.httpsPort};
    report.probe = TlsProber::probe(https, request.extraTrust, request.timeoutMs);
    const TlsObservation &tls = report.probe.observation;
    if (!tls.reached)
        return fail(tr("No TLS handshake with %1: %2").arg(request.name, tls.error));
    if (!tls.trusted)
        return fail(tr("The certificate of %1 is not trusted: %2")
                        .arg(request.name, tls.verificationErrors.join(QStringLiteral("; "))));
    if (!tls.namesMatch)
        return fail(tr("The certificate does not name %1; it names %2.")
                        .arg(request.name, tls.names.join(QStringLiteral(", "))));
    if (report.probe.daysLeft < request.minDaysLeft)
        return fail(tr("The certificate of %1 expires in %n day(s).", nullptr, int(report.probe.daysLeft))
                        .arg(request.name));
    report.passed << tr("Certificate for %1 from %2, %3, valid for %n more day(s).", nullptr,
                        int(report.probe.daysLeft))
                         .arg(request.name, tls.issuer, tls.protocol);

    if (request.httpPort > 0) {
        const Status redirect = TlsProber::checkRedirect(
            {request.name, request.address, request.httpPort},
            request.publicHttpsPort > 0 ? request.publicHttpsPort : request.httpsPort, request.timeoutMs);
        if (!redirect)
            return fail(redirect.error().message);
        report.passed << tr("http:// redirects to https://.");
    }

    for (const QString &route : request.routes) {
        const HttpExchange answer =
            TlsProber::get(https, true, route, request.headers, request.extraTrust, request.timeoutMs);
        if (answer.status < 200 || answer.status > 299)
            return fail(answer.status == 0
                            ? tr("%1 did not answer through HTTPS: %2").arg(route, answer.error)
                            : tr("%1 answered HTTP %2 through HTTPS.").arg(route).arg(answer.status));
        report.passed << tr("%1 answers through HTTPS.").arg(route);
    }

    if (!request.webSocketPath.isEmpty()) {
        const Status ws = TlsProber::checkWebSocketEcho(https, request.webSocketPath, "supadesk",
                                                        request.extraTrust, request.timeoutMs);
        if (!ws)
            return fail(ws.error().message);
        report.passed << tr("WebSocket upgrades reach the gateway.");
    }

    if (!request.webSocketUpgradePath.isEmpty()) {
        const Status ws = TlsProber::checkWebSocketUpgrade(
            https, request.webSocketUpgradePath, request.headers, request.extraTrust, request.timeoutMs);
        if (!ws)
            return fail(ws.error().message);
        report.passed << tr("Realtime's WebSocket upgrade is answered with 101 through HTTPS.");
    }
    return report;
}

TlsVerifyRequest TlsVerifier::throughTunnel(TlsVerifyRequest request, int localHttpsPort, int localHttpPort)
{
    if (request.publicHttpsPort <= 0)
        request.publicHttpsPort = request.httpsPort;
    request.address = QStringLiteral("127.0.0.1");
    request.httpsPort = localHttpsPort;
    request.httpPort = localHttpPort;
    return request;
}

} // namespace supadesk
