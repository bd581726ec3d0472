-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes identical to another index of the same table (same method, columns, expressions, operator
-- classes, collations, order and predicate): every write maintains both, only one is ever useful.
-- Of each set the primary key, then a constraint's index, then the oldest is kept; the others are listed
-- and dropped (an index that backs a constraint goes with its constraint).
-- Settings: supadesk.managed_schemas.
with indexes as (
    select i.indexrelid, i.indrelid, n.nspname, ic.relname as index_name, t.relname as table_name,
           con.conname, coalesce(con.contype = 'p', false) as is_primary,
           row_number() over w as rank,
           first_value(n.nspname || '.' || ic.relname) over w as kept,
           count(*) over (partition by i.indrelid, ic.relam, i.indkey::text, i.indclass::text,
                                       i.indcollation::text, i.indoption::text,
                                       pg_get_expr(i.indexprs, i.indrelid), pg_get_expr(i.indpred, i.indrelid),
                                       i.indisunique) as copies
    from pg_index i
    join pg_class ic on ic.oid = i.indexrelid
    join pg_class t on t.oid = i.indrelid
    join pg_namespace n on n.oid = ic.relnamespace
    left join pg_constraint con on con.conindid = i.indexrelid and con.conrelid = i.indrelid
                                and con.contype in ('p', 'u', 'x')
    where n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
      and not exists (select from pg_depend d where d.objid = i.indrelid and d.deptype = 'e')
    window w as (partition by i.indrelid, ic.relam, i.indkey::text, i.indclass::text, i.indcollation::text,
                              i.indoption::text, pg_get_expr(i.indexprs, i.indrelid),
                              pg_get_expr(i.indpred, i.indrelid), i.indisunique
                 order by coalesce(con.contype = 'p', false) desc, con.conname is not null desc, i.indexrelid)
)
select nspname || '.' || index_name as object,
       format('%s.%s: = %s', nspname, table_name, kept) as detail,
       case when conname is not null
            then format('alter table %I.%I drop constraint %I;', nspname, table_name, conname)
            else format('drop index %I.%I;', nspname, index_name) end as fix
from indexes
where copies > 1 and rank > 1
order by 1
