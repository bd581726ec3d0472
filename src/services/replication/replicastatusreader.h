// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/metrics/postgresdsn.h"
#include "core/replication/replicastatus.h"
#include "core/result.h"

#include <optional>

namespace supadesk {

// Reads ReplicaStatus: the primary's senders and slots, and the standby's receiver when given.
class ReplicaStatusReader
{
public:
    static Result<ReplicaStatus> read(const PostgresDsn &primary, const std::optional<PostgresDsn> &standby);
};

} // namespace supadesk
