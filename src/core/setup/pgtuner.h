// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "hostprofile.h"
#include "pgsetting.h"

#include <QCoreApplication>

namespace supadesk {

// PostgreSQL settings for a host, in the spirit of PGTune: every value is a formula of the host's RAM,
// vCPUs, storage, connections and workload, and says why. The production guide's reference host
// (16 GB, 4 vCPU, SSD, web, 200 connections) gets shared_buffers 4GB, effective_cache_size 12GB,
// maintenance_work_mem 1GB, wal_buffers 16MB, min/max_wal_size 1GB/4GB and a work_mem of 10MB.
class PgTuner
{
    Q_DECLARE_TR_FUNCTIONS(supadesk::PgTuner)

public:
    static Result<PgSettings> tune(const HostProfile &host);

    // A memory amount in kB as PostgreSQL's SHOW prints it: the largest unit that keeps it whole.
    static QString formatKb(qint64 kb);

    // Exposed for the pooler, which sizes itself from the same numbers.
    static int parallelWorkersPerGather(const HostProfile &host);
    // archive_mode, archive_command (copy into `walDir`, never overwrite) and archive_timeout: point-in-time
    // recovery's settings (PitrRules), part of the tuning when the host has a WAL archive.
    static PgSettings archiveSettings(const QString &walDir);
};

} // namespace supadesk
