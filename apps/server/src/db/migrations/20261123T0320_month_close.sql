-- Month close (R-10, R-12, R-14): who submitted and approved, the provider's reasons for excess,
-- and adjustments that carry late corrections of locked months into a later month.

alter table statements
  add column submitted_at timestamptz,
  add column submitted_by text,
  add column approved_at timestamptz,
  add column approved_by text,
  add column exported_at timestamptz,
  add column adjustments_ore bigint not null default 0;

create table excess_reasons (
  municipality_id text not null,
  client_id text not null,
  provider_id text not null,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  reason text not null check (length(reason) > 0),
  given_by text not null,
  given_at timestamptz not null default now(),
  primary key (municipality_id, client_id, provider_id, month),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers
);

-- Booked when the month it is paid in (month) is approved; concerns an earlier locked month.
create table statement_adjustments (
  municipality_id text not null,
  provider_id text not null,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  concerns_month text not null check (concerns_month ~ '^\d{4}-\d\d$'),
  amount_ore bigint not null,
  booked_at timestamptz not null default now(),
  primary key (municipality_id, provider_id, month, concerns_month),
  foreign key (municipality_id, provider_id) references providers,
  check (concerns_month < month)
);

-- A locked statement is never edited: only its export time may be set, once locked.
create function statements_locked() returns trigger language plpgsql as $$
begin
  if old.status in ('approved', 'exported') and (
       new.document is distinct from old.document or new.total_ore is distinct from old.total_ore
       or new.adjustments_ore is distinct from old.adjustments_ore or new.status not in ('approved', 'exported')) then
    raise exception 'statement % % is locked (%)', old.provider_id, old.month, old.status using errcode = '42501';
  end if;
  if tg_op = 'DELETE' and old.status in ('approved', 'exported') then
    raise exception 'statement % % is locked (%)', old.provider_id, old.month, old.status using errcode = '42501';
  end if;
  return coalesce(new, old);
end $$;

create trigger statements_locked before update or delete on statements
  for each row execute function statements_locked();
