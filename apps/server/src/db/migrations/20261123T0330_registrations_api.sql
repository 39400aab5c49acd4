-- Registrations from phones (R-1, R-2) and the NFC tag checks of DOMAIN.md §6: failed tag reads
-- are logged, and reads that look like a moved tag are flagged for the provider.

-- The moved-tag check looks for one staff member's reads within a minute of each other.
create index registrations_staff_at on registrations (municipality_id, staff_id, at);

-- A tag UID that did not resolve to a client in the reader's scope (R-2: "the attempt is logged").
-- Written after the refused batch has rolled back, so a refusal still leaves its trace.
create table tag_read_failures (
  municipality_id text not null,
  failure_id bigint generated always as identity,
  tag_uid text not null,
  registration_id uuid not null,
  -- unknown: no such tag; retired: read after it was retired; out_of_scope: another provider's client
  -- (the reader is told "unknown" for both, so tags cannot be probed).
  failure text not null check (failure in ('unknown', 'retired', 'out_of_scope')),
  staff_id text,
  user_id text not null,
  at timestamptz not null,
  received_at timestamptz not null default now(),
  primary key (municipality_id, failure_id)
);
create index tag_read_failures_tag on tag_read_failures (municipality_id, tag_uid, received_at);

-- Reads that break the usual pattern. One flag per pair of registrations (first = the earlier),
-- whichever of the two arrived first, so replays and late batches never raise it twice.
create table tag_flags (
  municipality_id text not null,
  flag_id bigint generated always as identity,
  reason text not null check (reason in ('two_clients_within_minute', 'no_planned_visit')),
  provider_id text not null,
  staff_id text not null,
  first_registration_id uuid not null,
  second_registration_id uuid,
  first_client_id text not null,
  second_client_id text,
  first_at timestamptz not null,
  second_at timestamptz,
  raised_at timestamptz not null default now(),
  primary key (municipality_id, flag_id),
  unique nulls not distinct (municipality_id, reason, first_registration_id, second_registration_id),
  foreign key (municipality_id, provider_id) references providers,
  foreign key (municipality_id, staff_id) references staff
);
create index tag_flags_provider on tag_flags (municipality_id, provider_id, raised_at);
