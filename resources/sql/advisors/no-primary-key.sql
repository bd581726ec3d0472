-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables without a primary key: rows cannot be addressed one by one (Realtime, logical replication and
-- most editors need a key to update or delete a row), and duplicates go unnoticed.
-- Partitions are left out: they take their key from the partitioned table.
-- Settings: supadesk.managed_schemas.
select n.nspname || '.' || c.relname as object,
       format('~%s rows', greatest(c.reltuples, 0)::bigint) as detail,
       null::text as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
where c.relkind in ('r', 'p')
  and not c.relispartition
  and n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
  and n.nspname not like 'pg\_temp\_%' and n.nspname not like 'pg\_toast%'
  and not exists (select from pg_index i where i.indrelid = c.oid and i.indisprimary)
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
order by 1
