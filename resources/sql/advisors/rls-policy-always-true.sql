-- SPDX-License-Identifier: GPL-3.0-or-later
-- Permissive INSERT, UPDATE, DELETE (or ALL) policies for anon, authenticated or PUBLIC whose condition
-- is just true: any caller may change any row, row level security protects nothing for that action.
-- The fix drops the policy (the action is refused until a policy with a real condition replaces it).
select n.nspname || '.' || c.relname as object,
       format('policy %s (%s) to %s: %s', quote_ident(p.polname),
              case p.polcmd when 'a' then 'INSERT' when 'w' then 'UPDATE' when 'd' then 'DELETE' else 'ALL' end,
              case when p.polroles = '{0}' then 'public'
                   else (select string_agg(r.rolname, ', ' order by r.rolname) from pg_roles r
                         where r.oid = any (p.polroles)) end,
              concat_ws(' ', 'using ' || x.qual, 'with check ' || x.chk)) as detail,
       format('drop policy %I on %I.%I;', p.polname, n.nspname, c.relname) as fix
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
cross join lateral (select pg_get_expr(p.polqual, p.polrelid) as qual,
                           pg_get_expr(p.polwithcheck, p.polrelid) as chk) x
where p.polcmd in ('a', 'w', 'd', '*')
  and p.polpermissive
  and n.nspname not in ('pg_catalog', 'information_schema')
  and (p.polroles = '{0}' or exists (select from pg_roles r where r.oid = any (p.polroles)
                                                             and r.rolname in ('anon', 'authenticated')))
  and (lower(x.qual) = 'true' or lower(x.chk) = 'true')
order by 1, 2
