// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A Kong stand-in on loopback for uptime tests: answers 200 to a request that carries the expected
// "apikey" header and 401 to one without it (as Kong's key-auth does), and counts both.

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

class ApiKeyHttpServer : public QObject
{
public:
    explicit ApiKeyHttpServer(QByteArray key, QObject *parent = nullptr)
        : QObject(parent), m_key(std::move(key))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &request = m_pending[socket];
                    request += socket->readAll();
                    if (!request.contains("\r\n\r\n"))
                        return;
                    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
                    paths.append(QString::fromLatin1(firstLine.split(' ').value(1)));
                    const bool allowed =
                        request.toLower().contains("\r\napikey: " + m_key.toLower() + "\r\n");
                    allowed ? ++accepted : ++refused;
                    m_pending.remove(socket);
                    socket->write(allowed
                                      ? "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"
                                      : "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n"
                                        "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    int accepted = 0;
    int refused = 0;
    QStringList paths;

private:
    QTcpServer m_server;
    QByteArray m_key;
    QHash<QTcpSocket *, QByteArray> m_pending;
};
