// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace supadesk {

// One local forward: 127.0.0.1:localPort here to remoteHost:remotePort as the server sees it.
// localPort 0 means "any free port" (the chosen one is reported once listening).
struct PortForward
{
    QString name; // "database", "gateway", "pooler", or free text for ad hoc forwards
    quint16 localPort = 0;
    QString remoteHost = QStringLiteral("127.0.0.1");
    quint16 remotePort = 0;
};

using PortForwardList = QList<PortForward>;

} // namespace supadesk
