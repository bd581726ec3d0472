-- SPDX-License-Identifier: GPL-3.0-or-later
-- Materialized views in an exposed schema that anon or authenticated may select: they have no row level
-- security, so every row they hold is readable through the API whatever the policies of their sources.
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || c.relname as object,
       concat_ws('; ',
                 case when has_table_privilege('anon', c.oid, 'SELECT') then 'anon: SELECT' end,
                 case when has_table_privilege('authenticated', c.oid, 'SELECT') then 'authenticated: SELECT' end)
           as detail,
       format('revoke select on %I.%I from anon, authenticated;', n.nspname, c.relname) as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
where c.relkind = 'm'
  and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
order by 1
