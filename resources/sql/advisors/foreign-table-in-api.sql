-- SPDX-License-Identifier: GPL-3.0-or-later
-- Foreign tables in an exposed schema that anon or authenticated may select: they have no row level
-- security, so the remote rows are readable through the API.
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || c.relname as object,
       concat_ws('; ',
                 case when has_table_privilege('anon', c.oid, 'SELECT') then 'anon: SELECT' end,
                 case when has_table_privilege('authenticated', c.oid, 'SELECT') then 'authenticated: SELECT' end)
           as detail,
       format('revoke all on %I.%I from anon, authenticated;', n.nspname, c.relname) as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
where c.relkind = 'f'
  and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))
order by 1
