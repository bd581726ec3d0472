// SPDX-License-Identifier: GPL-3.0-or-later
#include "sshendpointcheck.h"

#include "core/uptime/probereason.h"

#include <QDateTime>
#include <QTcpSocket>

namespace supadesk {

SshEndpointCheck::SshEndpointCheck(QString host, quint16 port, int timeoutMs, QObject *parent)
    : ComponentCheck(QStringLiteral("ssh"), timeoutMs, parent), m_host(std::move(host)), m_port(port)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this,
            [this] { done(false, ProbeReason::noAnswerWithin(double(m_timeoutMs) / 1000.0)); });
}

void SshEndpointCheck::setEndpoint(const QString &host, quint16 port)
{
    m_host = host;
    m_port = port;
}

void SshEndpointCheck::start()
{
    if (m_socket)
        return;
    m_received.clear();
    m_clock.start();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_received += m_socket->readAll();
        // The server speaks first: "SSH-2.0-OpenSSH_9.2p1 ...".
        if (m_received.startsWith("SSH-"))
            done(true, QString());
        else if (m_received.size() >= 4 && !QByteArray("SSH-").startsWith(m_received.left(4)))
            done(false, ProbeReason::notAnSshServer());
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        done(false, error == QAbstractSocket::ConnectionRefusedError ? ProbeReason::connectionRefused()
                                                                     : m_socket->errorString());
    });
    m_timer.start(m_timeoutMs);
    m_socket->connectToHost(m_host, m_port);
}

void SshEndpointCheck::done(bool ok, const QString &reason)
{
    if (!m_socket)
        return;
    m_timer.stop();
    QTcpSocket *socket = m_socket;
    m_socket.clear();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    ProbeResult r;
    r.tMs = QDateTime::currentMSecsSinceEpoch();
    r.component = m_component;
    r.ok = ok;
    r.latencyMs = int(m_clock.elapsed());
    r.reason = reason;
    emit finished(r);
}

} // namespace supadesk
