// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>

namespace supadesk {

// Where Supavisor's metrics can be read from this machine: the tunnel's forward to the metrics port
// the stack publishes on the server's loopback, and the secret that signs the bearer token Supavisor
// checks (METRICS_JWT_SECRET, which Supabase's compose file sets to the stack's JWT_SECRET). The
// secret stays in memory: it comes from the keychain and is never written anywhere.
struct PoolerMetricsEndpoint
{
    quint16 localPort = 0;      // 127.0.0.1:localPort on this machine
    int serverPort = 0;         // the stack's metrics port on the server, for messages
    QByteArray jwtSecret;       // empty: the keychain holds none for the stack
    bool secretPending = false; // the keychain has not answered yet: no verdict on the secret

    bool operator==(const PoolerMetricsEndpoint &) const = default;
};

} // namespace supadesk

Q_DECLARE_METATYPE(supadesk::PoolerMetricsEndpoint)
