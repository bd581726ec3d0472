-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables in an exposed schema that anon or authenticated may read or write, without row level security:
-- anyone holding the public anon key reaches every row through the REST API.
-- Settings: supadesk.exposed_schemas (comma-separated, set by DatabaseAdvisors: the schemas PostgREST
-- serves, Supabase's own left out).
select n.nspname || '.' || c.relname as object,
       concat_ws('; ', 'anon: ' || g.anon, 'authenticated: ' || g.authenticated) as detail,
       format('alter table %I.%I enable row level security;', n.nspname, c.relname) as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
cross join lateral (
    select (select string_agg(p, ', ') from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
            where has_table_privilege('anon', c.oid, p)) as anon,
           (select string_agg(p, ', ') from unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE']) p
            where has_table_privilege('authenticated', c.oid, p)) as authenticated
) g
where c.relkind in ('r', 'p')
  and not c.relrowsecurity
  and (g.anon is not null or g.authenticated is not null)
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
order by 1
