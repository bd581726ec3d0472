#include "statsquery.h"

namespace supadesk {

namespace {

// Sessions waiting on a heavyweight lock are counted as "waiting" and not again under their state,
// so the states add up to the total. The sampler's own session is left out. A role without
// pg_read_all_stats sees other roles' sessions with most columns NULL, backend_type included: a row
// with a database and a user is a session it may not look into, counted as "hidden". The sessions
// themselves come back as one JSON array for the activity table; pg_blocking_pids(), which takes the
// lock manager's locks, runs only for the few sessions that wait on a lock.
const char *const baseSql = R"SQL(
WITH w AS (
  SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn() ELSE pg_current_wal_lsn() END AS lsn,
         pg_is_in_recovery() AS in_recovery
), d AS (
  SELECT * FROM pg_stat_database WHERE datname = current_database()
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
                  FILTER (WHERE state LIKE 'idle in transaction%')), 0)::float8 AS oldest_idle_xact
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
       pg_database_size(current_database()) AS database_size,
       (w.lsn - '0/0')::bigint AS wal_lsn, w.in_recovery,
       c.timed AS checkpoints_timed, c.requested AS checkpoints_requested,
       c.write_ms::float8 AS checkpoint_write_ms, c.sync_ms::float8 AS checkpoint_sync_ms,
       c.buffers AS checkpoint_buffers,
       coalesce(extract(epoch FROM c.stats_reset), 0)::float8 AS checkpoint_stats_reset,
       (SELECT coalesce(json_agg(json_build_object(
            'name', r.application_name, 'address', host(r.client_addr), 'state', r.state, 'sync', r.sync_state,
            'lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.replay_lsn)::bigint END,
            'write_lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.write_lsn)::bigint END,
            'flush_lag_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - r.flush_lsn)::bigint END,
            'write_lag', extract(epoch FROM r.write_lag), 'flush_lag', extract(epoch FROM r.flush_lag),
            'replay_lag', extract(epoch FROM r.replay_lag))), '[]') FROM pg_stat_replication r)::text AS standbys,
       (SELECT coalesce(json_agg(json_build_object(
            'name', s.slot_name, 'type', s.slot_type, 'active', s.active,
            'retained_bytes', CASE WHEN w.in_recovery THEN NULL ELSE (w.lsn - s.restart_lsn)::bigint END)), '[]')
        FROM pg_replication_slots s)::text AS slots,
       coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
         OR pg_has_role('pg_read_all_stats', 'MEMBER') AS full_visibility,
       (SELECT coalesce(json_agg(json_build_object(
            'pid', p.pid, 'user', p.usename, 'application', p.application_name, 'database', p.datname,
            'client', host(p.client_addr), 'state', p.state, 'wait_type', p.wait_event_type,
            'wait', p.wait_event,
            'xact_s', round(extract(epoch FROM clock_timestamp() - p.xact_start)::numeric, 3),
            'query_s', round(extract(epoch FROM clock_timestamp() - p.query_start)::numeric, 3),
            'state_s', round(extract(epoch FROM clock_timestamp() - p.state_change)::numeric, 3),
            'query', left(p.query, 2000),
            'blocked_by', CASE WHEN p.wait_event_type = 'Lock' THEN pg_blocking_pids(p.pid) END)
            ORDER BY p.pid), '[]')
        FROM pg_stat_activity p
        WHERE p.pid <> pg_backend_pid()
          AND (p.backend_type = 'client backend'
               OR (p.backend_type IS NULL AND p.datname IS NOT NULL AND p.usename IS NOT NULL)))::text AS activity
FROM w, d, a, c
)SQL";

const char *const bgwriterSql = "SELECT checkpoints_timed AS timed, checkpoints_req AS requested, "
                                "checkpoint_write_time AS write_ms, checkpoint_sync_time AS sync_ms, "
                                "buffers_checkpoint AS buffers, stats_reset FROM pg_stat_bgwriter";

const char *const checkpointerSql = "SELECT num_timed AS timed, num_requested AS requested, "
                                    "write_time AS write_ms, sync_time AS sync_ms, "
                                    "buffers_written AS buffers, stats_reset FROM pg_stat_checkpointer";

} // namespace

QString StatsQuery::sql(int serverVersionNum)
{
    QString text = QString::fromLatin1(baseSql).trimmed();
    text.replace(QLatin1String("%CHECKPOINTS%"),
                 QLatin1String(serverVersionNum >= 170000 ? checkpointerSql : bgwriterSql));
    return text;
}

} // namespace supadesk
