// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/result.h"

#include <QCoreApplication>

#include <functional>

namespace supadesk {

class ReplicaDb;

// Proves that a standby streams from a primary, the way a person would: the primary lists it as
// streaming on its slot (pg_stat_replication), the standby's WAL receiver streams
// (pg_stat_wal_receiver), and a marker row written on the primary can be read on the standby.
// The marker's table is dropped again on the primary afterwards.
class StreamingCheck
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::StreamingCheck)

public:
    using Log = std::function<void(const QString &)>;
    static Status run(ReplicaDb &primary, const PostgresDsn &standby, const QString &slot, int timeoutSeconds,
                      const Log &log = {});
};

} // namespace supadesk
