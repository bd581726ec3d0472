-- SPDX-License-Identifier: GPL-3.0-or-later
-- Public Storage buckets with a SELECT policy on storage.objects that lets anon (or PUBLIC) read every
-- object of the bucket: a public bucket serves its files by URL without any policy, such a policy only
-- adds that anyone can list every file name. The fix drops the policy; public URLs keep working.
-- Runs only when storage.buckets exists (DatabaseAdvisors checks first).
with policies as (
    select p.polname, pg_get_expr(p.polqual, p.polrelid) as qual
    from pg_policy p
    where p.polrelid = to_regclass('storage.objects')
      and p.polcmd in ('r', '*')
      and p.polpermissive
      and (p.polroles = '{0}' or exists (select from pg_roles r where r.oid = any (p.polroles)
                                                                 and r.rolname = 'anon'))
)
select b.id::text as object,
       format('policy %s: using %s', quote_ident(p.polname), coalesce(p.qual, 'true')) as detail,
       format('drop policy %I on storage.objects;', p.polname) as fix
from storage.buckets b
join policies p on p.qual is null
                or regexp_replace(lower(p.qual), '[\s()]', '', 'g')
                   in ('true', 'bucket_id=' || lower(quote_literal(b.id::text)),
                       'bucket_id=' || lower(quote_literal(b.id::text)) || '::text')
where b.public
order by 1, 2
