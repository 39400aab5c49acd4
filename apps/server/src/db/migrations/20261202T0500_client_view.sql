-- The client's own view (docs/client-view.md): accounts for a client and her relatives, their
-- passkeys, the one-time codes that enrol them, and the client's requests to move or cancel a visit.

-- Two more roles. The check is replaced whole; its name is PostgreSQL's default for a column check.
alter table users drop constraint users_role_check;
alter table users add constraint users_role_check
  check (role in ('admin', 'case_officer', 'finance', 'provider_manager', 'staff', 'client', 'relative'));

-- Which client an account of the client view may see: exactly one, while the row is live. A
-- relative's row records the client's consent (who gave it, how, when, until when); the client's
-- own row needs none. Ending a row ends the account's reach at once; rows are never deleted, so
-- who had access when stays visible.
create table client_access (
  municipality_id text not null,
  access_id uuid not null,
  client_id text not null,
  user_id uuid not null,
  kind text not null check (kind in ('client', 'relative')),
  name text not null,
  relation text,
  consent_by text,
  consent_how text check (consent_how in ('in_person', 'phone', 'video', 'written', 'representative')),
  consent_at date,
  consent_until date,
  created_by text not null,
  created_at timestamptz not null,
  ended_at timestamptz,
  ended_by text,
  primary key (municipality_id, access_id),
  unique (municipality_id, user_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, user_id) references users on delete cascade,
  check (kind = 'client' or (consent_by is not null and consent_how is not null and consent_at is not null))
);
create index client_access_client on client_access (municipality_id, client_id);
create unique index client_access_one_own on client_access (municipality_id, client_id) where kind = 'client' and ended_at is null;

-- WebAuthn credentials. The public key is base64url text so both databases store it alike.
create table passkeys (
  credential_id text primary key,
  municipality_id text not null,
  user_id uuid not null,
  public_key text not null,
  counter bigint not null,
  transports text[] not null default '{}',
  created_at timestamptz not null,
  last_used_at timestamptz,
  foreign key (municipality_id, user_id) references users on delete cascade
);
create index passkeys_user on passkeys (municipality_id, user_id);

-- One-time enrolment codes handed over by the case officer or the provider manager. Only the
-- SHA-256 of a code is kept; a new code replaces the account's earlier ones.
create table passkey_codes (
  code_hash text primary key,
  municipality_id text not null,
  user_id uuid not null,
  created_by text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  foreign key (municipality_id, user_id) references users on delete cascade
);

-- A WebAuthn ceremony between its options and its answer, keyed by a cookie's token hash.
create table passkey_challenges (
  token_hash text primary key,
  purpose text not null check (purpose in ('enrol', 'sign_in')),
  challenge text not null,
  code_hash text,
  expires_at timestamptz not null
);

-- A client's wish to move or cancel a planned visit; the provider manager confirms or declines.
-- A confirmed cancellation is stored as a declined_in_advance registration (R-2, R-11), named here.
create table visit_requests (
  municipality_id text not null,
  request_id uuid not null,
  client_id text not null,
  provider_id text not null,
  plan_visit_id text not null,
  date date not null,
  kind text not null check (kind in ('cancel', 'move')),
  wish text not null default '',
  asked_by text not null,
  asked_role text not null,
  asked_at timestamptz not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'declined')),
  decided_by text,
  decided_at timestamptz,
  decision_note text,
  registration_id uuid,
  primary key (municipality_id, request_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers,
  foreign key (municipality_id, plan_visit_id) references plan_visits on delete cascade
);
create index visit_requests_client on visit_requests (municipality_id, client_id);
create unique index visit_requests_one_open on visit_requests (municipality_id, plan_visit_id, date) where status = 'pending';
