// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A webhook receiver on loopback for alert tests: keeps every POST (path and body) and answers with
// the status and body it is told to, as a Slack, Telegram or generic webhook endpoint would.

#include <QDateTime>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>

class WebhookSink : public QObject
{
public:
    struct Request
    {
        QString path;
        QByteArray body;
        qint64 receivedMs = 0; // QDateTime::currentMSecsSinceEpoch() when it arrived
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };

    explicit WebhookSink(QObject *parent = nullptr) : QObject(parent)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }

    QList<Request> requests;
    int status = 200;
    QByteArray answer = "ok";

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &data = m_pending[socket];
        data += socket->readAll();
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = data.left(end);
        qsizetype length = 0;
        bool expectContinue = false;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
            if (l == "expect: 100-continue")
                expectContinue = true;
        }
        if (data.size() < end + 4 + length) {
            if (expectContinue && !m_continued.contains(socket)) {
                m_continued.insert(socket);
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            }
            return;
        }
        Request r;
        r.path = QString::fromLatin1(head.left(head.indexOf("\r\n")).split(' ').value(1));
        r.body = data.mid(end + 4, length);
        r.receivedMs = QDateTime::currentMSecsSinceEpoch();
        requests.append(r);
        m_pending.remove(socket);
        m_continued.remove(socket);
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " Status\r\nContent-Type: application/json\r\n"
                      "Content-Length: " +
                      QByteArray::number(answer.size()) + "\r\nConnection: close\r\n\r\n" + answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QSet<QTcpSocket *> m_continued;
};
