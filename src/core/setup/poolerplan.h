// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pgsetting.h"

namespace supadesk {

// How the transaction pooler in front of PostgreSQL is sized, whichever pooler runs it (Supavisor in
// current Supabase, PgBouncer otherwise). `settings` holds the same numbers with formula and reason.
struct PoolerPlan
{
    int budget = 0;          // server connections the pooler may hold in all
    int defaultPoolSize = 0; // per database/user pair
    int reservePoolSize = 0;
    int maxClientConnections = 0;
    PgSettings settings;
};

} // namespace supadesk
