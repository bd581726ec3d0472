// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// docker-compose.override.yml that publishes the pooler's ports on 127.0.0.1 only. Supabase's compose
// file publishes Supavisor on ${POSTGRES_PORT} and ${POOLER_PROXY_PORT_TRANSACTION} on every interface,
// and Docker-published ports bypass ufw. Compose merges `ports` lists by adding entries, so the override
// marks the list `!override` (Docker Compose 2.24.4 or newer) to replace it. Supavisor's metrics
// (port 4000 in its container, published by no one) go on 127.0.0.1:`metricsPort`, so that the
// dashboard reads them through the SSH tunnel; 0 leaves them unpublished.
class ComposeOverrideWriter
{
public:
    static QString loopbackPooler(int metricsPort = 4000,
                                  const QString &service = QStringLiteral("supavisor"));
};

} // namespace supadesk
