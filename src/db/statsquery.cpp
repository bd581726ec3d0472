// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsquery.h"

namespace supadesk {

namespace {

// Sessions waiting on a heavyweight lock are counted as "waiting" and not again under their state,
// so the states add up to the total. The sampler's own session is left out. A role without
// pg_read_all_stats sees other roles' sessions with most columns NULL, backend_type included: a row
// with a database and a user is a session it may not look into, counted as "hidden". The sessions
// themselves come back as one JSON array for the activity table, built by the same aggregate that
// counts them: pg_stat_activity is read once. pg_blocking_pids(), which takes the lock manager's
// locks, runs only for the few sessions that wait on a lock. The standbys are read from the functions
// behind pg_stat_replication, starting from the WAL senders: the view would first turn every session
// into a row to join them, even on a server without standbys. The database counters and the slots,
// too, come from the functions behind pg_stat_database and pg_replication_slots (with the views'
// own expressions for the columns used): planning those views costs several times what running
// their part does. is_superuser is the current role's superuser flag, without a catalog lookup.
// Each standby's slot is the one its WAL sender holds (active_pid). On a standby, its own WAL
// receiver and the age of its last replayed transaction are read instead (NULL on a primary).
//
// pg_database_size() stats every file of the database, which costs more than all the rest together
// (about 0.6 of 1.0 ms with a small pgbench database under load). %WITH_SIZE% is a literal
// true or false: false leaves database_size NULL and the planner drops the call. pg_stat_statements
// replaces the literal by a parameter, so both forms count as one statement there.
const char *const baseSql = R"SQL(
WITH w AS (
  SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn,
         pg_is_in_recovery() AS in_recovery
), d AS (
  SELECT pg_stat_get_db_xact_commit(oid) AS xact_commit, pg_stat_get_db_xact_rollback(oid) AS xact_rollback,
         pg_stat_get_db_blocks_hit(oid) AS blks_hit,
         pg_stat_get_db_blocks_fetched(oid) - pg_stat_get_db_blocks_hit(oid) AS blks_read,
         pg_stat_get_db_tuples_returned(oid) AS tup_returned, pg_stat_get_db_tuples_fetched(oid) AS tup_fetched,
         pg_stat_get_db_tuples_inserted(oid) AS tup_inserted, pg_stat_get_db_tuples_updated(oid) AS tup_updated,
         pg_stat_get_db_tuples_deleted(oid) AS tup_deleted, pg_stat_get_db_temp_files(oid) AS temp_files,
         pg_stat_get_db_temp_bytes(oid) AS temp_bytes, pg_stat_get_db_deadlocks(oid) AS deadlocks,
         pg_stat_get_db_stat_reset_time(oid) AS stats_reset
  FROM pg_database WHERE datname = current_database()
), a AS (
  SELECT count(*) FILTER (WHERE state = 'active' AND wait_event_type IS DISTINCT FROM 'Lock') AS active,
         count(*) FILTER (WHERE state = 'idle') AS idle,
         count(*) FILTER (WHERE state = 'idle in transaction' AND wait_event_type IS DISTINCT FROM 'Lock')
           AS idle_in_xact,
         count(*) FILTER (WHERE state = 'idle in transaction (aborted)') AS idle_in_xact_aborted,
         count(*) FILTER (WHERE wait_event_type = 'Lock') AS waiting,
         count(*) FILTER (WHERE state IS NULL) AS hidden,
         count(*) AS total,
         coalesce(extract(epoch FROM max(clock_timestamp() - xact_start)), 0)::float8 AS longest_xact,
         coalesce(extract(epoch FROM max(clock_timestamp() - state_change)
                  FILTER (WHERE state LIKE 'idle in transaction%')), 0)::float8 AS oldest_idle_xact,
         %ACTIVITY% AS activity
  FROM pg_stat_activity
  WHERE pid <> pg_backend_pid()
    AND (backend_type = 'client backend' OR (backend_type IS NULL AND datname IS NOT NULL AND usename IS NOT NULL))
), c AS (
  %CHECKPOINTS%
)
SELECT current_setting('server_version_num')::int AS server_version,
       extract(epoch FROM clock_timestamp())::float8 AS server_time,
       extract(epoch FROM pg_postmaster_start_time())::float8 AS postmaster_start,
       d.xact_commit, d.xact_rollback, d.blks_hit, d.blks_read, d.tup_returned, d.tup_fetched, d.tup_inserted,
       d.tup_updated, d.tup_deleted, d.temp_files, d.temp_bytes, d.deadlocks,
       coalesce(extract(epoch FROM d.stats_reset), 0)::float8 AS db_stats_reset,
       a.active, a.idle, a.idle_in_xact, a.idle_in_xact_aborted, a.waiting, a.hidden, a.total,
       current_setting('max_connections')::int AS max_connections,
       current_setting('superuser_reserved_connections')::int AS reserved_connections,
       a.longest_xact, a.oldest_idle_xact,
       CASE WHEN %WITH_SIZE% THEN pg_database_size(current_database()) END AS database_size,
       (w.lsn - '0/0')::bigint AS wal_lsn, w.in_recovery,
       c.timed AS checkpoints_timed, c.requested AS checkpoints_requested,
       c.write_ms::float8 AS checkpoint_write_ms, c.sync_ms::float8 AS checkpoint_sync_ms,
       c.buffers AS checkpoint_buffers,
       coalesce(extract(epoch FROM c.stats_reset), 0)::float8 AS checkpoint_stats_reset,
       (SELECT coalesce(json_agg(json_build_object(
            'name', p.application_name, 'address', host(p.client_addr), 'state', r.state, 'sync', r.sync_state,
            'lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.replay_lsn)::bigint END,
            'write_lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.write_lsn)::bigint END,
            'flush_lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.flush_lsn)::bigint END,
            'write_lag', extract(epoch FROM r.write_lag), 'flush_lag', extract(epoch FROM r.flush_lag),
            'replay_lag', extract(epoch FROM r.replay_lag),
            'slot', sl.slot_name,
            'slot_retained', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - sl.restart_lsn)::bigint END)), '[]')
        FROM pg_stat_get_wal_senders() r CROSS JOIN pg_stat_get_activity(r.pid) p
             LEFT JOIN pg_get_replication_slots() sl ON sl.active_pid = r.pid)::text AS standbys,
       (SELECT coalesce(json_agg(json_build_object(
            'name', s.slot_name, 'type', s.slot_type, 'active', s.active,
            'retained_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - s.restart_lsn)::bigint END)), '[]')
        FROM pg_get_replication_slots() s)::text AS slots,
       current_setting('is_superuser')::bool OR pg_has_role('pg_read_all_stats', 'MEMBER') AS full_visibility,
       CASE WHEN w.in_recovery
            THEN extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 END AS replay_age,
       CASE WHEN w.in_recovery THEN (SELECT json_build_object('status', wr.status, 'sender', wr.sender_host,
                                                              'slot', wr.slot_name)
                                     FROM pg_stat_get_wal_receiver() wr WHERE wr.pid IS NOT NULL)::text END
         AS receiver,
       a.activity
FROM w, d, a, c
)SQL";

// The sessions for the activity table. Only the stack on screen needs them: for the rest of a fleet
// the column is an empty array, which spares each sample the JSON of every session (the bulk of a
// sample's bytes on a busy server) and the client the parsing of it.
const char *const activitySql = R"SQL(coalesce(json_agg(json_build_object(
            'pid', pid, 'user', usename, 'application', application_name, 'database', datname,
            'client', host(client_addr), 'state', state, 'wait_type', wait_event_type, 'wait', wait_event,
            'xact_s', round(extract(epoch FROM clock_timestamp() - xact_start)::numeric, 3),
            'query_s', round(extract(epoch FROM clock_timestamp() - query_start)::numeric, 3),
            'state_s', round(extract(epoch FROM clock_timestamp() - state_change)::numeric, 3),
            'query', left(query, 2000),
            'blocked_by', CASE WHEN wait_event_type = 'Lock' THEN pg_blocking_pids(pid) END)
            ORDER BY pid), '[]')::text)SQL";

const char *const bgwriterSql = "SELECT checkpoints_timed AS timed, checkpoints_req AS requested, "
                                "checkpoint_write_time AS write_ms, checkpoint_sync_time AS sync_ms, "
                                "buffers_checkpoint AS buffers, stats_reset FROM pg_stat_bgwriter";

const char *const checkpointerSql = "SELECT num_timed AS timed, num_requested AS requested, "
                                    "write_time AS write_ms, sync_time AS sync_ms, "
                                    "buffers_written AS buffers, stats_reset FROM pg_stat_checkpointer";

} // namespace

QString StatsQuery::sql(int serverVersionNum, bool withDatabaseSize, bool withActivity)
{
    QString text = QString::fromLatin1(baseSql).trimmed();
    text.replace(QLatin1String("%ACTIVITY%"), QLatin1String(withActivity ? activitySql : "'[]'::text"));
    text.replace(QLatin1String("%CHECKPOINTS%"),
                 QLatin1String(serverVersionNum >= 170000 ? checkpointerSql : bgwriterSql));
    text.replace(QLatin1String("%WITH_SIZE%"), QLatin1String(withDatabaseSize ? "true" : "false"));
    return text;
}

} // namespace supadesk
