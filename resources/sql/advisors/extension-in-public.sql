-- SPDX-License-Identifier: GPL-3.0-or-later
-- Extensions installed in public: their functions and types land in the schema the API exposes and
-- every role searches first. Relocatable ones move to the schema extensions (Supabase's own place for
-- them, on the API roles' search_path); the others must be dropped and created again there.
select e.extname as object,
       format('%s %s%s', e.extname, e.extversion, case when e.extrelocatable then '' else ', not relocatable' end)
           as detail,
       case when e.extrelocatable
            then format('create schema if not exists extensions; alter extension %I set schema extensions;',
                        e.extname) end as fix
from pg_extension e
where e.extnamespace = 'public'::regnamespace
order by 1
