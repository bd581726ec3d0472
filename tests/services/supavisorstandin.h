// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Supavisor stand-in on loopback (Supavisor is an Elixir release that does not run here): the
// PostgreSQL port answers every login with the FATAL error Supavisor gives a user without a tenant
// ("Tenant or user not found"), and the metrics port serves GET /metrics as Supavisor does: 403 unless
// the request carries "Authorization: Bearer <JWT>" with header typ "JWT", alg HS256, a valid
// signature by METRICS_JWT_SECRET and an `exp` in the future (Supavisor.Jwt's checks). The signature
// is checked here with HMAC-SHA256 directly, not with the code under test. The scrapes served are
// tests/data/supavisor/metrics-*.prom, in turn.

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

class SupavisorStandIn : public QObject
{
public:
    explicit SupavisorStandIn(QByteArray metricsSecret, QObject *parent = nullptr)
        : QObject(parent), m_secret(std::move(metricsSecret))
    {
        for (const char *name : {"metrics-1.prom", "metrics-2.prom"}) {
            QFile f(QStringLiteral(SUPADESK_TEST_DATA_DIR "/supavisor/") + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                m_scrapes.append(f.readAll());
        }
        QObject::connect(&m_postgres, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_postgres.nextPendingConnection())
                servePostgres(socket);
        });
        QObject::connect(&m_metrics, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_metrics.nextPendingConnection())
                serveMetrics(socket);
        });
    }

    bool listen()
    {
        return m_scrapes.size() == 2 && m_postgres.listen(QHostAddress::LocalHost, 0) &&
               m_metrics.listen(QHostAddress::LocalHost, 0);
    }
    quint16 postgresPort() const { return m_postgres.serverPort(); }
    quint16 metricsPort() const { return m_metrics.serverPort(); }

    int logins = 0;  // PostgreSQL startup messages refused
    int served = 0;  // scrapes served
    int refused = 0; // metrics requests without a valid token
    QJsonObject lastClaims;

private:
    void servePostgres(QTcpSocket *socket)
    {
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &in = m_pending[socket];
            in += socket->readAll();
            while (in.size() >= 8) {
                const quint32 length = qFromBigEndian<quint32>(in.constData());
                if (quint32(in.size()) < length)
                    return;
                const quint32 code = qFromBigEndian<quint32>(in.constData() + 4);
                in.remove(0, int(length));
                if (length == 8 && (code == 80877103 || code == 80877104)) {
                    socket->write("N"); // no SSL, no GSS encryption: go on in plain text
                    continue;
                }
                ++logins;
                QByteArray fields;
                fields += 'S' + QByteArray("FATAL") + '\0';
                fields += 'V' + QByteArray("FATAL") + '\0';
                fields += 'C' + QByteArray("XX000") + '\0';
                fields += 'M' + QByteArray("Tenant or user not found") + '\0';
                fields += '\0';
                QByteArray message("E");
                quint32 size = qToBigEndian<quint32>(quint32(fields.size() + 4));
                message.append(reinterpret_cast<const char *>(&size), 4);
                message += fields;
                socket->write(message);
                socket->disconnectFromHost();
                m_pending.remove(socket);
                return;
            }
        });
    }

    bool tokenValid(const QByteArray &request)
    {
        const QByteArray lower = request.toLower();
        const qsizetype at = lower.indexOf("\r\nauthorization: bearer ");
        if (at < 0)
            return false;
        const qsizetype start = at + qsizetype(sizeof("\r\nauthorization: bearer ") - 1);
        const QByteArray token = request.mid(start, request.indexOf("\r\n", start) - start).trimmed();
        const QList<QByteArray> parts = token.split('.');
        if (parts.size() != 3)
            return false;
        const auto decode = [](const QByteArray &part) {
            return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding |
                                                                            QByteArray::OmitTrailingEquals))
                .object();
        };
        const QJsonObject header = decode(parts[0]);
        const QJsonObject claims = decode(parts[1]);
        const QByteArray expected =
            QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (header.value(QStringLiteral("typ")).toString() != QLatin1String("JWT") ||
            header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256") || parts[2] != expected)
            return false;
        if (claims.value(QStringLiteral("exp")).toInteger() <= QDateTime::currentSecsSinceEpoch())
            return false;
        lastClaims = claims;
        return true;
    }

    void serveMetrics(QTcpSocket *socket)
    {
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &request = m_pending[socket];
            request += socket->readAll();
            if (!request.contains("\r\n\r\n"))
                return;
            const bool isMetrics = request.startsWith("GET /metrics ");
            const bool allowed = isMetrics && tokenValid(request);
            m_pending.remove(socket);
            if (!allowed) {
                ++refused;
                socket->write("HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
            } else {
                const QByteArray body = m_scrapes.at(served++ % 2 == 0 ? 0 : 1);
                socket->write(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/plain; charset=utf-8\r\ncontent-length: " +
                    QByteArray::number(body.size()) + "\r\nconnection: close\r\n\r\n" + body);
            }
            socket->disconnectFromHost();
        });
    }

    QByteArray m_secret;
    QList<QByteArray> m_scrapes;
    QTcpServer m_postgres;
    QTcpServer m_metrics;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
