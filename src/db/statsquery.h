// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace supadesk {

// The one statement a statistics sample runs. It returns a single row, so a sample costs one round
// trip however many standbys or slots there are (those come back as JSON arrays). The text depends
// on the server version only where the catalog does: checkpoint counters moved from pg_stat_bgwriter
// to pg_stat_checkpointer in PostgreSQL 17. The database size is the one costly figure: without it
// the database_size column is NULL, and the caller keeps the size it read last. Without the activity,
// the activity column is an empty array: only the stack on screen lists its sessions.
class StatsQuery
{
public:
    static constexpr int MinimumServerVersion = 100000;
    static QString sql(int serverVersionNum, bool withDatabaseSize = true, bool withActivity = true);
};

} // namespace supadesk
