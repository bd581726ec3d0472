-- SPDX-License-Identifier: GPL-3.0-or-later
-- Policies that decide on user_metadata (raw_user_meta_data in auth.users): every signed-in user can
-- edit their own user_metadata, so the policy trusts a value its subject writes. The fix reads
-- app_metadata instead, which only the service role can change (set it there before applying).
-- Policies are checked in every schema: users write them on storage.objects too.
select n.nspname || '.' || c.relname as object,
       format('policy %s (%s): %s', quote_ident(p.polname),
              case p.polcmd when 'r' then 'SELECT' when 'a' then 'INSERT' when 'w' then 'UPDATE'
                            when 'd' then 'DELETE' else 'ALL' end,
              concat_ws(' ', 'using ' || x.qual, 'with check ' || x.chk)) as detail,
       format('alter policy %I on %I.%I%s%s;', p.polname, n.nspname, c.relname,
              ' using (' || replace(replace(x.qual, 'raw_user_meta_data', 'raw_app_meta_data'),
                                    'user_metadata', 'app_metadata') || ')',
              ' with check (' || replace(replace(x.chk, 'raw_user_meta_data', 'raw_app_meta_data'),
                                         'user_metadata', 'app_metadata') || ')') as fix
from pg_policy p
join pg_class c on c.oid = p.polrelid
join pg_namespace n on n.oid = c.relnamespace
cross join lateral (select pg_get_expr(p.polqual, p.polrelid) as qual,
                           pg_get_expr(p.polwithcheck, p.polrelid) as chk) x
where n.nspname not in ('pg_catalog', 'information_schema')
  and (x.qual like '%user\_metadata%' or x.qual like '%raw\_user\_meta\_data%'
       or x.chk like '%user\_metadata%' or x.chk like '%raw\_user\_meta\_data%')
order by 1, 2
