-- SPDX-License-Identifier: GPL-3.0-or-later
-- Several permissive policies for the same role and action on one table: PostgreSQL evaluates every one
-- of them for every row. One policy whose condition joins theirs with OR does the same work once.
-- Policies TO PUBLIC count for every API role; ALL counts for each of the four actions.
with roles as (
    select unnest(array['anon', 'authenticated', 'authenticator', 'dashboard_user']) as rolname
),
expanded as (
    select n.nspname, c.relname, r.rolname, a.action, p.polname
    from pg_policy p
    join pg_class c on c.oid = p.polrelid
    join pg_namespace n on n.oid = c.relnamespace
    cross join lateral unnest(case p.polcmd when 'r' then array['SELECT'] when 'a' then array['INSERT']
                                            when 'w' then array['UPDATE'] when 'd' then array['DELETE']
                                            else array['SELECT', 'INSERT', 'UPDATE', 'DELETE'] end) a(action)
    join roles r on p.polroles = '{0}'
                 or r.rolname in (select pr.rolname from pg_roles pr where pr.oid = any (p.polroles))
    where p.polpermissive
      and n.nspname not in ('pg_catalog', 'information_schema')
)
select nspname || '.' || relname as object,
       format('%s %s: %s', rolname, action, string_agg(quote_ident(polname), ', ' order by polname)) as detail,
       null::text as fix
from expanded
group by nspname, relname, rolname, action
having count(*) > 1
order by 1, 2
