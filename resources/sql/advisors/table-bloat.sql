-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables whose estimated wasted space is at least 8 MiB and at least half of the table: the space of
-- deleted and updated rows that VACUUM made reusable but nothing reused. Scans read the empty pages too.
-- Estimate: rows (reltuples) times their width (ANALYZE's average column widths plus tuple header and
-- line pointer), packed at the table's fillfactor, against the pages the table has. Tables never
-- analysed have no widths and are left out.
-- Settings: supadesk.managed_schemas.
with tables as (
    select n.nspname, c.relname, c.relpages::numeric as pages, c.reltuples::numeric as tuples,
           current_setting('block_size')::numeric as block_size,
           coalesce((select substring(o from '^fillfactor=(\d+)$')::numeric from unnest(c.reloptions) o
                     where o like 'fillfactor=%'), 100) as fillfactor,
           (select sum(s.avg_width) from pg_stats s
            where s.schemaname = n.nspname and s.tablename = c.relname and not s.inherited) as data_width
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    where c.relkind in ('r', 'm')
      and c.relpages > 0 and c.reltuples > 0
      and n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
),
estimates as (
    select nspname, relname, pages * block_size as size,
           greatest(pages - ceil(tuples * (data_width + 24 + 4)
                                 / ((block_size - 24) * fillfactor / 100)), 0) * block_size as wasted
    from tables
    where data_width is not null
)
select nspname || '.' || relname as object,
       format('%s / %s (%s%%)', pg_size_pretty(wasted), pg_size_pretty(size),
              round(100 * wasted / size)) as detail,
       null::text as fix
from estimates
where wasted >= 8 * 1024 * 1024 and wasted >= size / 2
order by wasted desc, 1
