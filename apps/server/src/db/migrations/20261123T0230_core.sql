-- Core schema of Hemma (DOMAIN.md §1–§3). Every table carries municipality_id, the tenant key;
-- every key starts with it so the data can be distributed by municipality later.

create table municipalities (
  municipality_id text primary key,
  name text not null,
  timezone text not null default 'Europe/Stockholm',
  payment_model text not null check (payment_model in ('performed_time', 'granted_time')),
  default_band text not null default 'day',
  holiday_eves text[] not null default '{midsummer_eve,christmas_eve,new_years_eve}',
  prisbasbelopp jsonb not null default '{}',
  created_at timestamptz not null default now()
);

-- Time bands (R-7); position keeps the file's order, which breaks precedence ties.
create table bands (
  municipality_id text not null references municipalities,
  band_id text not null,
  position int not null,
  from_time text not null,
  to_time text not null,
  days text[] not null,
  price text not null check (price in ('per_hour', 'per_visit')),
  precedence int not null default 1,
  primary key (municipality_id, band_id)
);

-- Effective-dated municipality rules: cap (R-10) and declined-at-door percent (R-11).
create table rules (
  municipality_id text not null references municipalities,
  position int not null,
  valid_from date not null,
  cap_percent numeric not null,
  declined_care_percent numeric not null,
  declined_service_percent numeric not null,
  primary key (municipality_id, position)
);

-- Effective-dated rates (R-9); position keeps the order ("the one listed last" wins ties).
create table rates (
  municipality_id text not null references municipalities,
  position int not null,
  valid_from date not null,
  price text not null check (price in ('per_hour', 'per_visit', 'per_month')),
  ore bigint not null check (ore >= 0),
  band_id text,
  category text check (category in ('care', 'service')),
  provider_kind text check (provider_kind in ('municipal', 'private')),
  area text,
  primary key (municipality_id, position)
);

-- Effective-dated fee models (R-15).
create table fee_models (
  municipality_id text not null references municipalities,
  position int not null,
  valid_from date not null,
  basis text not null check (basis in ('performed', 'granted')),
  tariff jsonb not null,
  under65_minimibelopp_percent numeric not null default 100,
  declined_at_door_fee_ore bigint not null default 0,
  primary key (municipality_id, position)
);

create table districts (
  municipality_id text not null references municipalities,
  district_id text not null,
  name text not null,
  primary key (municipality_id, district_id)
);

-- Providers in the LOV register; municipal = egen regi.
create table providers (
  municipality_id text not null references municipalities,
  provider_id text not null,
  name text not null,
  org_number text not null,
  kind text not null check (kind in ('municipal', 'private')),
  primary key (municipality_id, provider_id)
);

create table units (
  municipality_id text not null,
  unit_id text not null,
  provider_id text not null,
  name text not null,
  primary key (municipality_id, unit_id),
  foreign key (municipality_id, provider_id) references providers
);

create table staff (
  municipality_id text not null,
  staff_id text not null,
  provider_id text not null,
  unit_id text,
  name text not null,
  primary key (municipality_id, staff_id),
  foreign key (municipality_id, provider_id) references providers,
  foreign key (municipality_id, unit_id) references units
);

create table clients (
  municipality_id text not null,
  client_id text not null,
  personal_number text not null,
  name text not null,
  district_id text not null,
  address text,
  latitude double precision,
  longitude double precision,
  contact_person_staff_id text,
  life_story text,
  primary key (municipality_id, client_id),
  foreign key (municipality_id, district_id) references districts,
  foreign key (municipality_id, contact_person_staff_id) references staff
);

-- Income data for the fee; read and changed only by finance.
create table client_fee_data (
  municipality_id text not null,
  client_id text not null,
  net_income_ore bigint not null,
  housing_supplement_ore bigint not null default 0,
  housing_cost_ore bigint not null,
  household text not null check (household in ('single', 'cohabiting')),
  adjustments_ore bigint not null default 0,
  primary key (municipality_id, client_id),
  foreign key (municipality_id, client_id) references clients
);

-- Needs-assessment decisions (biståndsbeslut): granted hours per area and period.
create table decisions (
  municipality_id text not null,
  decision_id text not null,
  client_id text not null,
  valid_from date not null,
  valid_to date,
  hours_per_month jsonb not null,
  double_staffing boolean not null default false,
  decided_at timestamptz not null default now(),
  primary key (municipality_id, decision_id),
  foreign key (municipality_id, client_id) references clients,
  check (valid_to is null or valid_to >= valid_from)
);

-- Orders to the provider the client chose; active valid_from..valid_to inclusive.
create table orders (
  municipality_id text not null,
  order_id text not null,
  client_id text not null,
  provider_id text not null,
  decision_id text,
  valid_from date not null,
  valid_to date,
  double_staffing boolean not null default false,
  status text not null default 'accepted' check (status in ('sent', 'accepted', 'ended', 'cancelled')),
  primary key (municipality_id, order_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers,
  foreign key (municipality_id, decision_id) references decisions,
  check (valid_to is null or valid_to >= valid_from)
);
create index orders_client_provider on orders (municipality_id, client_id, provider_id);

-- Service areas of an order; position keeps the order's own listing.
create table order_areas (
  municipality_id text not null,
  order_id text not null,
  area text not null check (area in ('personal_care', 'service', 'meals', 'social', 'alarm', 'other')),
  position int not null,
  hours_per_month numeric not null check (hours_per_month >= 0),
  primary key (municipality_id, order_id, area),
  foreign key (municipality_id, order_id) references orders
);

-- Implementation plans (genomförandeplan) and their recurring visits.
create table plans (
  municipality_id text not null,
  plan_id text not null,
  order_id text not null,
  valid_from date not null,
  valid_to date,
  notes text not null default '',
  primary key (municipality_id, plan_id),
  foreign key (municipality_id, order_id) references orders
);

create table plan_visits (
  municipality_id text not null,
  plan_visit_id text not null,
  plan_id text not null,
  weekdays text[] not null,
  window_from text not null,
  window_to text not null,
  duration_minutes int not null check (duration_minutes > 0),
  areas text[] not null,
  staff_count int not null default 1 check (staff_count in (1, 2)),
  preferred_staff_id text,
  primary key (municipality_id, plan_visit_id),
  foreign key (municipality_id, plan_id) references plans
);

create table nfc_tags (
  municipality_id text not null,
  tag_uid text not null,
  client_id text not null,
  enrolled_at timestamptz not null default now(),
  retired_at timestamptz,
  primary key (municipality_id, tag_uid),
  foreign key (municipality_id, client_id) references clients
);

-- Registrations from phones (R-1, R-2): append-only; the id is the phone's UUID.
create table registrations (
  municipality_id text not null,
  registration_id uuid not null,
  kind text not null check (kind in ('arrive', 'leave', 'declined_at_door', 'declined_in_advance', 'void')),
  client_id text not null,
  staff_id text not null,
  at timestamptz not null,
  method text not null check (method in ('nfc', 'manual')),
  reason text,
  corrects uuid,
  planned_minutes int,
  category text check (category in ('care', 'service')),
  tag_uid text,
  received_at timestamptz not null default now(),
  primary key (municipality_id, registration_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, staff_id) references staff,
  check (method = 'nfc' or reason is not null)
);
create index registrations_at on registrations (municipality_id, at);
create index registrations_corrects on registrations (municipality_id, corrects) where corrects is not null;

create function refuse_change() returns trigger language plpgsql as $$
begin
  raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = '42501';
end $$;

create trigger registrations_append_only before update or delete on registrations
  for each row execute function refuse_change();
create trigger registrations_no_truncate before truncate on registrations
  for each statement execute function refuse_change();

-- Deviations from granted time (R-12).
create table deviations (
  municipality_id text not null,
  deviation_id text not null,
  client_id text not null,
  provider_id text not null,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  minutes int not null,
  reason text not null check (reason in ('hospital', 'declined', 'provider_missed', 'extra_need', 'other')),
  comment text not null default '',
  category text check (category in ('care', 'service')),
  status text not null check (status in ('reported', 'approved', 'rejected')),
  reported_at timestamptz not null default now(),
  decided_at timestamptz,
  primary key (municipality_id, deviation_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers
);

-- Reviews of excess time (R-10); of several reviews of one excess the latest (seq) counts.
create table excess_reviews (
  municipality_id text not null,
  client_id text not null,
  provider_id text not null,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  ordinal int not null,
  seq bigint generated always as identity,
  decision text not null check (decision in ('approved', 'rejected')),
  reason text not null default '',
  reviewed_at timestamptz not null default now(),
  primary key (municipality_id, client_id, provider_id, month, ordinal),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers
);

-- Statements per provider and month (R-14): draft → submitted → approved → exported.
create table statements (
  municipality_id text not null,
  provider_id text not null,
  month text not null check (month ~ '^\d{4}-\d\d$'),
  status text not null default 'draft' check (status in ('draft', 'submitted', 'approved', 'exported')),
  document jsonb,
  total_ore bigint,
  updated_at timestamptz not null default now(),
  primary key (municipality_id, provider_id, month),
  foreign key (municipality_id, provider_id) references providers
);

-- The dialogue between case officer and provider about a client or an order.
create table messages (
  municipality_id text not null references municipalities,
  message_id uuid not null,
  client_id text,
  order_id text,
  author text not null,
  body text not null,
  sent_at timestamptz not null default now(),
  primary key (municipality_id, message_id)
);

-- Accounts; the two factors and sessions come with the API.
create table users (
  municipality_id text not null references municipalities,
  user_id uuid not null,
  username text not null,
  role text not null check (role in ('admin', 'case_officer', 'finance', 'provider_manager', 'staff')),
  district_id text,
  provider_id text,
  staff_id text,
  password_hash text not null,
  totp_secret text,
  created_at timestamptz not null default now(),
  primary key (municipality_id, user_id),
  unique (username),
  foreign key (municipality_id, district_id) references districts,
  foreign key (municipality_id, provider_id) references providers,
  check (role <> 'case_officer' or district_id is not null),
  check (role not in ('provider_manager', 'staff') or provider_id is not null)
);
