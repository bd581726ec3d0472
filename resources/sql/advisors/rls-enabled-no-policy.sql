-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables in an exposed schema with row level security on and no policy: the API returns no rows from
-- them to anon or authenticated (safe, but usually not what was meant).
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || c.relname as object,
       'row level security on, 0 policies' as detail,
       null::text as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
where c.relkind in ('r', 'p')
  and c.relrowsecurity
  and not exists (select from pg_policy p where p.polrelid = c.oid)
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
order by 1
