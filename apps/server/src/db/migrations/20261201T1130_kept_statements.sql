-- Kept statements (docs/kept-statements.md): each municipality's month computed once, stored as
-- one slice per provider and client, and brought up to date from stale marks that every write
-- to the facts leaves in its own transaction. The marks are made by triggers, so no write
-- path can forget them.

-- A month that is kept. facts_version: the greatest mark folded in; computed_at: null until
-- the first full computation.
create table kept_months (
  municipality_id text not null references municipalities,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  facts_version bigint not null default 0,
  computed_at timestamptz,
  primary key (municipality_id, month)
);

create table kept_slices (
  municipality_id text not null,
  month text not null,
  provider_id text not null,
  client_id text not null,
  slice json not null, -- json, not jsonb: the key order is part of the statements object
  primary key (municipality_id, month, provider_id, client_id),
  foreign key (municipality_id, month) references kept_months
);
create index kept_slices_client on kept_slices (municipality_id, month, client_id);

create sequence kept_facts_version;

-- What is stale in a kept month: everything ('all', key ''), a client's slices, or the clients a
-- staff member visited around from_at..to_at (overlap reaches that far). A mark written again
-- takes a new version, so a computation that read the older one leaves it in place.
create table kept_stale (
  municipality_id text not null,
  month text not null,
  scope text not null check (scope in ('all', 'client', 'staff')),
  key text not null,
  from_at timestamptz,
  to_at timestamptz,
  version bigint not null default nextval('kept_facts_version'),
  primary key (municipality_id, month, scope, key),
  foreign key (municipality_id, month) references kept_months
);

-- Slices of a few clients read their registrations and those of their staff.
create index registrations_client_at on registrations (municipality_id, client_id, at);

-- Writers take this lock shared and a month's first registration takes it exclusively, so a
-- write whose marks missed a month just being registered commits before that month is read.
create function kept_writer(p_mid text) returns void language sql as $$
  select pg_advisory_xact_lock_shared(hashtext('hemma-kept:' || p_mid))
$$;

create function kept_window_from(p_month text) returns timestamptz language sql immutable as $$
  select ((p_month || '-01')::timestamp - interval '1 month' - interval '2 days') at time zone 'UTC'
$$;

create function kept_window_to(p_month text) returns timestamptz language sql immutable as $$
  select ((p_month || '-01')::timestamp + interval '1 month' + interval '2 days') at time zone 'UTC'
$$;

create function kept_next_month(p_month text) returns text language sql immutable as $$
  select to_char((p_month || '-01')::date + interval '1 month', 'YYYY-MM')
$$;

-- Marks a client (or 'all') stale in the kept months named, or in every kept month (null).
create function kept_mark(p_mid text, p_months text[], p_scope text, p_key text) returns void language plpgsql as $$
begin
  perform kept_writer(p_mid);
  insert into kept_stale as s (municipality_id, month, scope, key)
    select p_mid, k.month, p_scope, p_key from kept_months k
    where k.municipality_id = p_mid and (p_months is null or k.month = any(p_months))
    order by k.month
  on conflict (municipality_id, month, scope, key) do update set version = excluded.version;
end $$;

-- Registrations are append-only: inserts alone. A registration reaches every kept month whose
-- window (the loader's) holds its instant, and so does the one it corrects.
create function kept_registrations_inserted() returns trigger language plpgsql as $$
declare
  mid text;
begin
  for mid in select distinct municipality_id from new_rows loop
    perform kept_writer(mid);
  end loop;
  insert into kept_stale as s (municipality_id, month, scope, key)
    select distinct t.municipality_id, k.month, 'client', t.client_id
    from (
      select municipality_id, client_id, at from new_rows
      union all
      select r.municipality_id, r.client_id, r.at from new_rows n
        join registrations r on r.municipality_id = n.municipality_id and r.registration_id = n.corrects
    ) t
    join kept_months k on k.municipality_id = t.municipality_id and t.at >= kept_window_from(k.month) and t.at < kept_window_to(k.month)
    order by 1, 2, 4
  on conflict (municipality_id, month, scope, key) do update set version = excluded.version;
  insert into kept_stale as s (municipality_id, month, scope, key, from_at, to_at)
    select t.municipality_id, k.month, 'staff', t.staff_id, min(t.at), max(t.at)
    from (
      select municipality_id, staff_id, at from new_rows
      union all
      select r.municipality_id, r.staff_id, r.at from new_rows n
        join registrations r on r.municipality_id = n.municipality_id and r.registration_id = n.corrects
    ) t
    join kept_months k on k.municipality_id = t.municipality_id and t.at >= kept_window_from(k.month) and t.at < kept_window_to(k.month)
    group by 1, 2, 4
    order by 1, 2, 4
  on conflict (municipality_id, month, scope, key) do update
    set version = excluded.version, from_at = least(s.from_at, excluded.from_at), to_at = greatest(s.to_at, excluded.to_at);
  return null;
end $$;

create trigger registrations_kept after insert on registrations
  referencing new table as new_rows for each statement execute function kept_registrations_inserted();

-- An order's client, in every kept month (an order's dates may move).
create function kept_order_changed() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform kept_mark(old.municipality_id, null, 'client', old.client_id); end if;
  if tg_op <> 'DELETE' then perform kept_mark(new.municipality_id, null, 'client', new.client_id); end if;
  return null;
end $$;

create trigger orders_kept after insert or update or delete on orders
  for each row execute function kept_order_changed();

create function kept_order_area_changed() returns trigger language plpgsql as $$
declare
  r record;
begin
  for r in select o.municipality_id, o.client_id from orders o
    where (tg_op <> 'INSERT' and o.municipality_id = old.municipality_id and o.order_id = old.order_id)
       or (tg_op <> 'DELETE' and o.municipality_id = new.municipality_id and o.order_id = new.order_id)
  loop
    perform kept_mark(r.municipality_id, null, 'client', r.client_id);
  end loop;
  return null;
end $$;

create trigger order_areas_kept after insert or update or delete on order_areas
  for each row execute function kept_order_area_changed();

create function kept_deviation_changed() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then perform kept_mark(old.municipality_id, array[old.month], 'client', old.client_id); end if;
  if tg_op <> 'DELETE' then perform kept_mark(new.municipality_id, array[new.month], 'client', new.client_id); end if;
  return null;
end $$;

create trigger deviations_kept after insert or update or delete on deviations
  for each row execute function kept_deviation_changed();

-- A review decides the excess of its month and, approved, what is paid the month after.
create function kept_review_changed() returns trigger language plpgsql as $$
begin
  if tg_op <> 'INSERT' then
    perform kept_mark(old.municipality_id, array[old.month, kept_next_month(old.month)], 'client', old.client_id);
  end if;
  if tg_op <> 'DELETE' then
    perform kept_mark(new.municipality_id, array[new.month, kept_next_month(new.month)], 'client', new.client_id);
  end if;
  return null;
end $$;

create trigger excess_reviews_kept after insert or update or delete on excess_reviews
  for each row execute function kept_review_changed();

-- Settings every line may read (bands, rules, rates, the municipality's zone, model and eves,
-- providers' kinds, staff members' providers): the whole of every kept month. A new provider
-- or staff member has no registrations yet, so only changes of those fields count.
create function kept_setup_changed() returns trigger language plpgsql as $$
begin
  perform kept_mark(coalesce(new.municipality_id, old.municipality_id), null, 'all', '');
  return null;
end $$;

create trigger bands_kept after insert or update or delete on bands for each row execute function kept_setup_changed();
create trigger rules_kept after insert or update or delete on rules for each row execute function kept_setup_changed();
create trigger rates_kept after insert or update or delete on rates for each row execute function kept_setup_changed();
create trigger municipalities_kept after update on municipalities for each row
  when (old.timezone is distinct from new.timezone or old.payment_model is distinct from new.payment_model
    or old.default_band is distinct from new.default_band or old.holiday_eves is distinct from new.holiday_eves)
  execute function kept_setup_changed();
create trigger providers_kept after update on providers for each row
  when (old.kind is distinct from new.kind) execute function kept_setup_changed();
create trigger staff_kept after update on staff for each row
  when (old.provider_id is distinct from new.provider_id) execute function kept_setup_changed();
