-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables with policies whose row level security is off: the policies look like protection but are
-- ignored, every row is open to whoever holds a grant.
-- Settings: supadesk.managed_schemas.
select n.nspname || '.' || c.relname as object,
       'policies: ' || string_agg(p.polname, ', ' order by p.polname) as detail,
       format('alter table %I.%I enable row level security;', n.nspname, c.relname) as fix
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
where not c.relrowsecurity
  and n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
group by n.nspname, c.relname
order by 1
