// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgbouncerfigures.h"
#include "poolersample.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace supadesk {

// The named series one pooler sample contributes to the history and the pooler charts. Like
// StatsSeries, the names live in the history file: they are only ever added, never renamed.
class PoolerSeries
{
public:
    static inline const QString ClientsActive = QStringLiteral("pooler_clients_active");
    static inline const QString ClientsWaiting = QStringLiteral("pooler_clients_waiting");
    static inline const QString ServersActive = QStringLiteral("pooler_servers_active");
    static inline const QString ServersIdle = QStringLiteral("pooler_servers_idle");
    static inline const QString ServersOther = QStringLiteral("pooler_servers_other");
    static inline const QString MaxWaitMs = QStringLiteral("pooler_max_wait_ms");
    static inline const QString AverageWaitMs = QStringLiteral("pooler_average_wait_ms");
    static inline const QString TransactionsPerSecond = QStringLiteral("pooler_tps");
    static inline const QString QueriesPerSecond = QStringLiteral("pooler_qps");
    static inline const QString FailedLoginsPerSecond = QStringLiteral("pooler_failed_logins_per_s");

    // Pool gauges always; the average wait only when the interval had transactions to average over.
    static QList<QPair<QString, double>> values(const PgBouncerSummary &pools, const PgBouncerRates &rates);
    // A reading of either pooler: Supavisor's only with the figures its metrics have, so that the
    // charts show gaps, not zeros, for waiting clients and server connections.
    static QList<QPair<QString, double>> values(const PoolerSample &sample);
};

} // namespace supadesk
