// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "componentcheck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace supadesk {

// Is the SSH endpoint reachable: a TCP connection to host:port that answers with an SSH banner
// ("SSH-2.0-...") within the timeout. No authentication: cheap, and independent of the stack's
// session, so it also tells "server unreachable" from "session dropped".
class SshEndpointCheck : public ComponentCheck
{
    Q_OBJECT
public:
    SshEndpointCheck(QString host, quint16 port, int timeoutMs, QObject *parent = nullptr);
    void setEndpoint(const QString &host, quint16 port);
    void start() override;

private:
    void done(bool ok, const QString &reason);

    QString m_host;
    quint16 m_port;
    QPointer<QTcpSocket> m_socket;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QByteArray m_received;
};

} // namespace supadesk
