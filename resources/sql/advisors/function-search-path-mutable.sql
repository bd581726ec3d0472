-- SPDX-License-Identifier: GPL-3.0-or-later
-- Functions and procedures without a fixed search_path: a caller who puts their own schema first makes
-- the function resolve names (tables, operators, other functions) to objects of the caller's choosing.
-- The fix pins the path to pg_catalog, the function's own schema and pg_temp last.
-- Settings: supadesk.managed_schemas.
select n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' as object,
       concat_ws(', ', 'language ' || l.lanname, case when p.prosecdef then 'security definer' end) as detail,
       format('alter routine %I.%I(%s) set search_path = pg_catalog, %I, pg_temp;', n.nspname, p.proname,
              pg_get_function_identity_arguments(p.oid), n.nspname) as fix
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_language l on l.oid = p.prolang
where p.prokind in ('f', 'p')
  and l.lanname not in ('c', 'internal')
  and n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
  and n.nspname not like 'pg\_temp\_%' and n.nspname not like 'pg\_toast%'
  and not exists (select from unnest(p.proconfig) cfg where cfg like 'search\_path=%')
  and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
order by 1
