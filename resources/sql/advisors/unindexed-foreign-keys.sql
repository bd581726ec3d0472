-- SPDX-License-Identifier: GPL-3.0-or-later
-- Foreign keys whose columns lead no index of their table: every delete or key update on the referenced
-- table scans this whole table, and joins along the key cannot use an index.
-- An index covers the key when its first columns are the key's columns (in any order) and it is not partial.
-- Settings: supadesk.managed_schemas.
select n.nspname || '.' || c.relname as object,
       format('%s: %s', quote_ident(con.conname), pg_get_constraintdef(con.oid)) as detail,
       format('create index on %I.%I (%s);', n.nspname, c.relname, k.columns) as fix
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
cross join lateral (
    select string_agg(quote_ident(a.attname), ', ' order by u.ord) as columns
    from unnest(con.conkey) with ordinality u(attnum, ord)
    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = u.attnum
) k
where con.contype = 'f'
  and n.nspname <> all (string_to_array(current_setting('supadesk.managed_schemas'), ','))
  and not exists (
      select from pg_index i
      cross join lateral (select (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(con.conkey)]
                              as leading) l
      where i.indrelid = con.conrelid
        and i.indpred is null
        and l.leading @> con.conkey and con.conkey @> l.leading)
order by 1, 2
