-- SPDX-License-Identifier: GPL-3.0-or-later
-- Views in an exposed schema that run with their owner's rights (no security_invoker) and that anon or
-- authenticated may select: the owner's rights bypass the caller's row level security on the tables below.
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || c.relname as object,
       'owner: ' || pg_get_userbyid(c.relowner) as detail,
       format('alter view %I.%I set (security_invoker = on);', n.nspname, c.relname) as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
where c.relkind = 'v'
  and not exists (select from unnest(c.reloptions) o
                  where lower(o) in ('security_invoker=true', 'security_invoker=on', 'security_invoker=1',
                                     'security_invoker=yes'))
  and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
order by 1
