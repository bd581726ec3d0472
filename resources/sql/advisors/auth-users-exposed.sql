-- SPDX-License-Identifier: GPL-3.0-or-later
-- Views in an exposed schema that read auth.users and that anon or authenticated may select: every
-- user's e-mail and metadata are one REST call away.
-- Settings: supadesk.exposed_schemas.
with users as (
    select to_regclass('auth.users') as oid
)
select distinct n.nspname || '.' || v.relname as object,
       concat_ws('; ',
                 case when has_table_privilege('anon', v.oid, 'SELECT') then 'anon: SELECT' end,
                 case when has_table_privilege('authenticated', v.oid, 'SELECT') then 'authenticated: SELECT' end)
           as detail,
       format('revoke all on %I.%I from anon, authenticated;', n.nspname, v.relname) as fix
from users u
join pg_depend d on d.refobjid = u.oid
                and d.refclassid = 'pg_class'::regclass
                and d.classid = 'pg_rewrite'::regclass
join pg_rewrite r on r.oid = d.objid
join pg_class v on v.oid = r.ev_class
join pg_namespace n on n.oid = v.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
where v.relkind in ('v', 'm')
  and (has_table_privilege('anon', v.oid, 'SELECT') or has_table_privilege('authenticated', v.oid, 'SELECT'))
  -- A security-invoker view reads auth.users with the caller's rights: exposed only when they have them.
  and (not exists (select from unnest(v.reloptions) o
                   where lower(o) in ('security_invoker=true', 'security_invoker=on', 'security_invoker=1',
                                      'security_invoker=yes'))
       or has_table_privilege('anon', u.oid, 'SELECT')
       or has_table_privilege('authenticated', u.oid, 'SELECT'))
order by 1
