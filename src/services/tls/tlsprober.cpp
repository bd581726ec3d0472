// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsprober.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

namespace supadesk {

namespace {

bool isTrustError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::HostNameMismatch:
    case QSslError::CertificateExpired: // counted by the days left
        return false;
    default:
        return true;
    }
}

QSslConfiguration configuration(const QList<QSslCertificate> &extraTrust)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!extraTrust.isEmpty())
        config.addCaCertificates(extraTrust);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return config;
}

QString hostHeader(const TlsTarget &target, bool https)
{
    const int standard = https ? 443 : 80;
    return target.port == standard ? target.name : QStringLiteral("%1:%2").arg(target.name).arg(target.port);
}

// A connected socket (plain or verified TLS), or the reason there is none.
std::unique_ptr<QTcpSocket> open(const TlsTarget &target, bool https,
                                 const QList<QSslCertificate> &extraTrust, int timeoutMs, QString *error)
{
    if (!https) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(target.connectTo(), quint16(target.port));
        if (!socket->waitForConnected(timeoutMs)) {
            *error = socket->errorString();
            return nullptr;
        }
        return socket;
    }
    auto socket = std::make_unique<QSslSocket>();
    socket->setSslConfiguration(configuration(extraTrust));
    socket->connectToHostEncrypted(target.connectTo(), quint16(target.port), target.name);
    if (!socket->waitForEncrypted(timeoutMs)) {
        QStringList reasons;
        for (const QSslError &e : socket->sslHandshakeErrors())
            reasons << e.errorString();
        *error = reasons.isEmpty() ? socket->errorString() : reasons.join(QStringLiteral("; "));
        return nullptr;
    }
    return socket;
}

// Reads until the end of the header block; what follows it stays in `rest`.
bool readHead(QTcpSocket &socket, QDeadlineTimer deadline, QByteArray *head, QByteArray *rest)
{
    QByteArray buffer;
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            *head = buffer.left(end);
            *rest = buffer.mid(end + 4);
            return true;
        }
        if (socket.bytesAvailable() == 0 && !socket.waitForReadyRead(int(deadline.remainingTime())))
            return false;
        buffer += socket.readAll();
    }
}

void parseHead(const QByteArray &head, HttpExchange *exchange)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    exchange->status = status.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            exchange->headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                     lines.at(i).mid(colon + 1).trimmed());
    }
}

QByteArray request(const TlsTarget &target, bool https, const QString &path,
                   const QList<QPair<QByteArray, QByteArray>> &headers, bool close)
{
    QByteArray out = "GET " + QUrl::toPercentEncoding(path, "/?&=:@%+") +
                     " HTTP/1.1\r\nHost: " + hostHeader(target, https).toUtf8() +
                     "\r\nUser-Agent: Supadesk\r\n";
    if (close)
        out += "Connection: close\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n";
}

} // namespace

QString TlsProber::protocolName(int sslProtocol)
{
    switch (QSsl::SslProtocol(sslProtocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QString();
    }
}

TlsProbe TlsProber::probe(const TlsTarget &target, const QList<QSslCertificate> &extraTrust, int timeoutMs)
{
    TlsProbe probe;
    TlsObservation &tls = probe.observation;
    QSslSocket socket;
    socket.setSslConfiguration(configuration(extraTrust));
    // The chain is read even when it does not verify: the errors are the finding, not a reason to stop.
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                     [&socket](const QList<QSslError> &) { socket.ignoreSslErrors(); });
    socket.connectToHostEncrypted(target.connectTo(), quint16(target.port), target.name);
    if (!socket.waitForEncrypted(timeoutMs)) {
        tls.error = socket.error() == QAbstractSocket::SocketTimeoutError
                        ? tr("no TLS handshake within %n second(s)", nullptr, timeoutMs / 1000)
                        : socket.errorString();
        return probe;
    }
    tls.reached = true;
    probe.chain = socket.peerCertificateChain();
    const QSslCertificate leaf = socket.peerCertificate();
    tls.expiry = leaf.expiryDate().toUTC();
    probe.daysLeft = QDateTime::currentDateTimeUtc().secsTo(tls.expiry) / 86400;
    QStringList issuer = leaf.issuerInfo(QSslCertificate::Organization);
    if (issuer.isEmpty())
        issuer = leaf.issuerInfo(QSslCertificate::CommonName);
    tls.issuer = issuer.join(QStringLiteral(", "));
    tls.names = leaf.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (tls.names.isEmpty())
        tls.names = leaf.subjectInfo(QSslCertificate::CommonName);
    tls.protocol = protocolName(socket.sessionProtocol());
    for (const QSslError &e : socket.sslHandshakeErrors()) {
        if (e.error() == QSslError::HostNameMismatch)
            tls.namesMatch = false;
        if (isTrustError(e.error())) {
            tls.trusted = false;
            if (!tls.verificationErrors.contains(e.errorString()))
                tls.verificationErrors << e.errorString();
        }
    }
    socket.abort();
    return probe;
}

HttpExchange TlsProber::get(const TlsTarget &target, bool https, const QString &path,
                            const QList<QPair<QByteArray, QByteArray>> &headers,
                            const QList<QSslCertificate> &extraTrust, int timeoutMs)
{
    HttpExchange exchange;
    const QDeadlineTimer deadline(timeoutMs);
    std::unique_ptr<QTcpSocket> socket = open(target, https, extraTrust, timeoutMs, &exchange.error);
    if (!socket)
        return exchange;
    socket->write(request(target, https, path, headers, true));
    QByteArray head;
    if (!readHead(*socket, deadline, &head, &exchange.body)) {
        exchange.error = tr("no HTTP answer within %n second(s)", nullptr, timeoutMs / 1000);
        return exchange;
    }
    parseHead(head, &exchange);
    // Connection: close was asked for: the body ends when the server closes (bounded by the deadline).
    while (socket->state() == QAbstractSocket::ConnectedState && !deadline.hasExpired() &&
           socket->waitForReadyRead(int(deadline.remainingTime())))
        exchange.body += socket->readAll();
    exchange.body += socket->readAll();
    return exchange;
}

Status TlsProber::checkRedirect(const TlsTarget &httpTarget, int httpsPort, int timeoutMs)
{
    const QString path = QStringLiteral("/supadesk-redirect-check?x=1");
    const HttpExchange answer = get(httpTarget, false, path, {}, {}, timeoutMs);
    const QString shown = QStringLiteral("http://%1").arg(hostHeader(httpTarget, false));
    if (answer.status == 0)
        return Error{ErrorCode::TlsVerify, tr("%1 did not answer: %2").arg(shown, answer.error)};
    const QString expected =
        (httpsPort == 443 ? QStringLiteral("https://%1").arg(httpTarget.name)
                          : QStringLiteral("https://%1:%2").arg(httpTarget.name).arg(httpsPort)) +
        path;
    const QString location = QString::fromUtf8(answer.headers.value("location"));
    const bool redirect =
        answer.status == 301 || answer.status == 302 || answer.status == 307 || answer.status == 308;
    if (!redirect || location != expected)
        return Error{ErrorCode::TlsVerify,
                     tr("%1 answers HTTP %2%3 instead of redirecting to %4.")
                         .arg(shown)
                         .arg(answer.status)
                         .arg(location.isEmpty() ? QString() : QStringLiteral(" → ") + location, expected)};
    return success();
}

Status TlsProber::upgrade(const TlsTarget &target, const QString &path,
                          const QList<QPair<QByteArray, QByteArray>> &headers,
                          const QList<QSslCertificate> &extraTrust, QDeadlineTimer deadline,
                          std::unique_ptr<QTcpSocket> *socketOut, QByteArray *rest)
{
    QString error;
    std::unique_ptr<QTcpSocket> socket =
        open(target, true, extraTrust, int(qMax<qint64>(1, deadline.remainingTime())), &error);
    if (!socket)
        return Error{ErrorCode::TlsVerify, tr("No HTTPS connection to %1: %2").arg(target.name, error)};
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::global()->generate(nonce.begin(), nonce.end());
    const QByteArray key = nonce.toBase64();
    QList<QPair<QByteArray, QByteArray>> all{{"Upgrade", "websocket"},
                                             {"Connection", "Upgrade"},
                                             {"Sec-WebSocket-Key", key},
                                             {"Sec-WebSocket-Version", "13"}};
    all += headers;
    socket->write(request(target, true, path, all, false));
    QByteArray head;
    // The path without its query: it may carry the apikey.
    const QString shown = path.section(QLatin1Char('?'), 0, 0);
    if (!readHead(*socket, deadline, &head, rest))
        return Error{ErrorCode::TlsVerify, tr("No answer to the WebSocket upgrade at %1.").arg(shown)};
    HttpExchange answer;
    parseHead(head, &answer);
    const QByteArray accept =
        QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1)
            .toBase64();
    if (answer.status != 101 || answer.headers.value("sec-websocket-accept") != accept)
        return Error{ErrorCode::TlsVerify,
                     tr("The WebSocket upgrade at %1 was answered with HTTP %2, not 101 Switching Protocols.")
                         .arg(shown)
                         .arg(answer.status)};
    *socketOut = std::move(socket);
    return success();
}

Status TlsProber::checkWebSocketUpgrade(const TlsTarget &target, const QString &path,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QList<QSslCertificate> &extraTrust, int timeoutMs)
{
    std::unique_ptr<QTcpSocket> socket;
    QByteArray rest;
    return upgrade(target, path, headers, extraTrust, QDeadlineTimer(timeoutMs), &socket, &rest);
}

Status TlsProber::checkWebSocketEcho(const TlsTarget &target, const QString &path, const QByteArray &text,
                                     const QList<QSslCertificate> &extraTrust, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QByteArray rest;
    std::unique_ptr<QTcpSocket> socket;
    if (const Status upgraded = upgrade(target, path, {}, extraTrust, deadline, &socket, &rest); !upgraded)
        return upgraded;
    // One masked text frame (a client must mask), payload under 126 bytes.
    const QByteArray payload = text.left(125);
    QByteArray frame;
    frame.append(char(0x81)).append(char(0x80 | payload.size()));
    QByteArray mask(4, Qt::Uninitialized);
    QRandomGenerator::global()->generate(mask.begin(), mask.end());
    frame.append(mask);
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    socket->write(frame);
    while (rest.size() < 2 + payload.size() && !deadline.hasExpired() &&
           (socket->bytesAvailable() > 0 || socket->waitForReadyRead(int(deadline.remainingTime()))))
        rest += socket->readAll();
    if (rest.size() < 2 || quint8(rest.at(0)) != 0x81 || (quint8(rest.at(1)) & 0x7f) != payload.size() ||
        rest.mid(2, payload.size()) != payload)
        return Error{ErrorCode::TlsVerify,
                     tr("The WebSocket at %1 did not echo the message back.").arg(path)};
    return success();
}

} // namespace supadesk
