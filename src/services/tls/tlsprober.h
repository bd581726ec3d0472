// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/endpointverdicts.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QTcpSocket;

namespace supadesk {

// Where to knock: `name` is what the TLS handshake names (SNI, the certificate check, the Host header);
// `address` is where the TCP connection goes — the name itself from the desktop, or 127.0.0.1 and a
// forwarded port when only the tunnel reaches the server.
struct TlsTarget
{
    QString name;
    QString address; // empty: `name`
    int port = 443;

    QString connectTo() const { return address.isEmpty() ? name : address; }
};

// What one handshake showed: the audit's observation plus the chain as served and the days left.
struct TlsProbe
{
    TlsObservation observation;
    QList<QSslCertificate> chain; // leaf first
    qint64 daysLeft = 0;          // whole days until the leaf expires (negative: expired)

    // Reached, and the chain verifies for the name.
    bool verified() const { return observation.reached && observation.trusted && observation.namesMatch; }
};

// One HTTP/1.1 exchange, read raw so that redirects and upgrades are seen as the server sent them.
struct HttpExchange
{
    int status = 0; // 0: no answer (see error)
    QString error;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Checks from the desktop that HTTPS in front of the gateway works: the certificate (chain, names,
// expiry, protocol), the http:// redirect, routes through HTTPS and a WebSocket upgrade. Blocking, with
// timeouts: run it off the GUI thread (the audit's thread, a worker).
class TlsProber
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::TlsProber)

public:
    // `extraTrust`: roots trusted besides the system's (a test CA, a pinned self-signed certificate).
    // Verification errors are recorded, not fatal: they are the finding.
    static TlsProbe probe(const TlsTarget &target, const QList<QSslCertificate> &extraTrust = {},
                          int timeoutMs = 10000);

    // GET `path` over plain HTTP (https false) or HTTPS (verified; a failed verification is an error).
    static HttpExchange get(const TlsTarget &target, bool https, const QString &path,
                            const QList<QPair<QByteArray, QByteArray>> &headers = {},
                            const QList<QSslCertificate> &extraTrust = {}, int timeoutMs = 10000);

    // http://name[:port]/path must answer 301/302/307/308 with Location https://name[:httpsPort]/path.
    static Status checkRedirect(const TlsTarget &httpTarget, int httpsPort, int timeoutMs = 10000);

    // Opens a WebSocket over HTTPS at `path`, sends `text` and expects it back (an echo endpoint):
    // proves the proxy passes the upgrade on.
    static Status checkWebSocketEcho(const TlsTarget &target, const QString &path, const QByteArray &text,
                                     const QList<QSslCertificate> &extraTrust = {}, int timeoutMs = 10000);

    // The WebSocket handshake alone at `path` (with `headers`, e.g. the apikey): 101 Switching
    // Protocols with the right Sec-WebSocket-Accept, as Realtime answers behind the gateway.
    static Status checkWebSocketUpgrade(const TlsTarget &target, const QString &path,
                                        const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                        const QList<QSslCertificate> &extraTrust = {}, int timeoutMs = 10000);

    static QString protocolName(int sslProtocol);

private:
    static Status upgrade(const TlsTarget &target, const QString &path,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QList<QSslCertificate> &extraTrust, QDeadlineTimer deadline,
                          std::unique_ptr<QTcpSocket> *socket, QByteArray *rest);
};

} // namespace supadesk
