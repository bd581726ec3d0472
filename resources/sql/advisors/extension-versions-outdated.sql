-- SPDX-License-Identifier: GPL-3.0-or-later
-- Extensions older than the version this server ships as their default: fixes (security ones too)
-- that the installed packages already carry are not in effect until ALTER EXTENSION ... UPDATE.
select e.extname as object,
       format('%s -> %s', e.extversion, a.default_version) as detail,
       format('alter extension %I update;', e.extname) as fix
from pg_extension e
join pg_available_extensions a on a.name = e.extname
where a.default_version is not null
  and e.extversion <> a.default_version
order by 1
