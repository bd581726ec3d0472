-- SPDX-License-Identifier: GPL-3.0-or-later
-- Tables in an exposed schema without row level security that anon or authenticated may select and
-- that hold columns named like secrets or personal data (password, token, ssn, card number, iban, ...):
-- the anon key reads them all.
-- Settings: supadesk.exposed_schemas.
select n.nspname || '.' || c.relname as object,
       'columns: ' || string_agg(quote_ident(a.attname), ', ' order by a.attnum) as detail,
       format('alter table %I.%I enable row level security;', n.nspname, c.relname) as fix
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
join unnest(string_to_array(current_setting('supadesk.exposed_schemas'), ',')) as e(nspname)
    on e.nspname = n.nspname
join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
where c.relkind in ('r', 'p')
  and not c.relrowsecurity
  and (has_table_privilege('anon', c.oid, 'SELECT') or has_table_privilege('authenticated', c.oid, 'SELECT'))
  and lower(a.attname) ~ ('^(password|passwd|pwd|pass_?hash|password_?hash|hashed_?password|secret|.*_secret'
                          '|secret_.*|api_?key|.*_api_?key|access_?token|refresh_?token|auth_?token|token'
                          '|private_?key|ssn|social_?security.*|credit_?card.*|card_?number|cc_?number|cvv'
                          '|cvc|iban|bank_?account.*|account_?number|routing_?number|tax_?id|passport.*'
                          '|national_?id|driver_?s?_?licen[cs]e.*|date_?of_?birth|dob|pin)$')
  and not exists (select from pg_depend d where d.objid = c.oid and d.deptype = 'e')
group by n.nspname, c.relname
order by 1
