// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "componentcheck.h"
#include "db/dbendpoint.h"

#include <QFutureWatcher>

namespace supadesk {

// PostgreSQL answers "SELECT 1" within the timeout, on its own short-lived connection (QPSQL,
// connect_timeout and statement_timeout from the timeout) on a pool thread, so that a server that
// hangs never blocks the caller. Through the stack's tunnel: the endpoint is the local forward.
class PostgresCheck : public ComponentCheck
{
    Q_OBJECT
public:
    PostgresCheck(DbEndpoint endpoint, int timeoutMs, QObject *parent = nullptr);
    ~PostgresCheck() override;
    void setEndpoint(const DbEndpoint &endpoint) { m_endpoint = endpoint; }
    void start() override;

    // The check itself, blocking: ok, or the reason. Public for the CLI and tests.
    static ProbeResult run(const DbEndpoint &endpoint, int timeoutMs, const QString &component);

private:
    DbEndpoint m_endpoint;
    QFutureWatcher<ProbeResult> m_watcher;
};

} // namespace supadesk
