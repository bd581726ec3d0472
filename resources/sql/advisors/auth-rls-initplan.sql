-- SPDX-License-Identifier: GPL-3.0-or-later
-- Policies that call auth.uid(), auth.jwt(), auth.role(), auth.email() or current_setting() bare: the
-- call runs once per row instead of once per statement. Wrapped in a sub-select, (select auth.uid()),
-- PostgreSQL evaluates it once as an init plan. The fix wraps every bare call.
-- A call counts as wrapped when "select" and only spaces or opening parentheses come right before it, as
-- pg_get_expr prints ( SELECT auth.uid() AS uid) and ( SELECT ((current_setting('x'::text))::jsonb ->> ...)).
with policies as (
    select p.polname, p.polcmd, n.nspname, c.relname,
           pg_get_expr(p.polqual, p.polrelid) as qual,
           pg_get_expr(p.polwithcheck, p.polrelid) as chk
    from pg_policy p
    join pg_class c on c.oid = p.polrelid
    join pg_namespace n on n.oid = c.relnamespace
    where n.nspname not in ('pg_catalog', 'information_schema')
),
pattern as (
    select '(?<!select[\s(]*)(auth\.(uid|jwt|role|email)\(\)|current_setting\([^()]*\))' as bare
)
select x.nspname || '.' || x.relname as object,
       format('policy %s (%s): %s', quote_ident(x.polname),
              case x.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                            when 'd' then 'DELETE' else 'ALL' end,
              concat_ws(' ', 'using ' || x.qual, 'with check ' || x.chk)) as detail,
       format('alter policy %I on %I.%I%s%s;', x.polname, x.nspname, x.relname,
              ' using (' || regexp_replace(x.qual, pt.bare, '(select \1)', 'gi') || ')',
              ' with check (' || regexp_replace(x.chk, pt.bare, '(select \1)', 'gi') || ')') as fix
from policies x
cross join pattern pt
where x.qual ~* pt.bare or x.chk ~* pt.bare
order by 1, 2
