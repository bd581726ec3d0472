-- SPDX-License-Identifier: GPL-3.0-or-later
-- SECURITY DEFINER functions in an exposed schema that authenticated may execute: every signed-in user calls them over
-- /rest/v1/rpc with the rights of their owner, past row level security.
-- The fix revokes EXECUTE from PUBLIC (which every role inherits) and authenticated, and grants it back to the
-- other API roles that hold it today, so only this role loses it.
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || p.proname || '(' || f.args || ')' as object,
       'owner: ' || pg_get_userbyid(p.proowner) as detail,
       format('revoke execute on function %I.%I(%s) from public, anon, authenticated;', n.nspname, p.proname, f.args)
           || case when f.keep is not null
                   then format(' grant execute on function %I.%I(%s) to %s;', n.nspname, p.proname, f.args, f.keep)
                   else '' end as fix
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
cross join lateral (
    select pg_get_function_identity_arguments(p.oid) as args,
           (select string_agg(quote_ident(r.rolname), ', ' order by r.rolname) from pg_roles r
            where r.rolname in ('service_role')
              and has_function_privilege(r.oid, p.oid, 'EXECUTE')) as keep
) f
where p.prokind = 'f'
  and p.prosecdef
  and has_function_privilege('authenticated', p.oid, 'EXECUTE')
  and not exists (select from pg_depend d where d.objid = p.oid and d.deptype = 'e')
order by 1
