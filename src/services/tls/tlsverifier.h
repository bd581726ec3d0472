// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlsprober.h"

#include <QCoreApplication>

namespace supadesk {

// What "HTTPS works" means after the proxy is in place, asked of one name.
struct TlsVerifyRequest
{
    QString name;    // the public name (SNI, certificate check, Host)
    QString address; // where to connect: empty for the name itself, else an address or a tunnel's end
    int httpsPort = 443;
    int httpPort = 80;  // 0: the redirect is not checked (no way to reach port 80 from here)
    QStringList routes; // gateway routes that must answer 2xx through HTTPS, e.g. "/auth/v1/health"
    QList<QPair<QByteArray, QByteArray>> headers; // sent with the routes (the apikey)
    QString webSocketPath; // empty: no WebSocket check; else a path answering with an echo
    // Empty: none; else the handshake alone must answer 101 (Realtime's /realtime/v1/websocket, with
    // `headers` for the gateway's key check).
    QString webSocketUpgradePath;
    // The port https:// URLs name (what the redirect must point at); 0: httpsPort. Differs through a
    // tunnel, where httpsPort is the forward's local end.
    int publicHttpsPort = 0;
    QList<QSslCertificate> extraTrust;
    int minDaysLeft = 7;
    int timeoutMs = 10000;
};

struct TlsVerifyReport
{
    TlsProbe probe;
    QStringList passed;        // one translated line per check that held
    Status status = success(); // the first check that did not hold (tls.verify)
};

// Runs the checks in order — handshake (chain, names, days left, protocol), the http:// redirect, each
// route through HTTPS, the WebSocket — and stops at the first that fails. Only a clean report lets the
// caller close the gateway's own port: until then it stays open. Blocking, off the GUI thread.
class TlsVerifier
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsVerifier)

public:
    static TlsVerifyReport verify(const TlsVerifyRequest &request);
    // The same checks through an SSH tunnel when the public name is not reachable from this computer:
    // connections go to the forwards' local ends on 127.0.0.1 (0: that check is left out), the public
    // name still goes as SNI, into the certificate check and the Host header.
    static TlsVerifyRequest throughTunnel(TlsVerifyRequest request, int localHttpsPort, int localHttpPort);
    // True when the report failed for want of a connection (not because of what HTTPS answered).
    static bool unreachable(const TlsVerifyReport &report) { return !report.probe.observation.reached; }
};

} // namespace supadesk
