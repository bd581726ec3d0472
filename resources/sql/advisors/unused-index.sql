-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes never scanned since the statistics were last reset that enforce nothing (not unique, no
-- constraint): they cost every write and buy no read. Only as good as the statistics' age.
-- Settings: supadesk.managed_schemas.
select s.schemaname || '.' || s.indexrelname as object,
       format('%s.%s, %s, idx_scan 0, stats_reset %s', s.schemaname, s.relname,
              pg_size_pretty(pg_relation_size(s.indexrelid)),
              coalesce(to_char(pg_stat_get_db_stat_reset_time(d.oid) at time zone 'UTC', 'YYYY-MM-DD HH24:MI "UTC"'),
                       '-')) as detail,
       format('drop index %I.%I;', s.schemaname, s.indexrelname) as fix
from pg_stat_user_indexes s
join pg_index i on i.indexrelid = s.indexrelid
join pg_database d on d.datname = current_database()
where s.idx_scan = 0
  and not i.indisunique
  and not i.indisprimary
  and not exists (select from pg_constraint con where con.conindid = s.indexrelid)
  and s.schemaname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
  and not exists (select from pg_depend dep where dep.objid = s.relid and dep.deptype = 'e')
order by 1
