-- Two-factor login and sessions (DOMAIN.md §6: every login uses two factors).

-- Every account has a second factor from the day it is created; no code path made users
-- before this migration, so the column can become mandatory.
alter table users alter column totp_secret set not null;
alter table users
  -- The last TOTP time step that logged in: a code is accepted only for a later step (no replay).
  add column totp_last_step bigint,
  -- Wrong passwords and wrong codes since the last complete login; at the limit the account
  -- locks until locked_until and the count starts again.
  add column failed_attempts int not null default 0,
  add column locked_until timestamptz,
  add foreign key (municipality_id, staff_id) references staff;

-- A browser's login: 'password' after the first factor (short-lived, only good for the code),
-- 'complete' after both. Only the SHA-256 of the cookie's token is stored, so a copy of the
-- table cannot be replayed as a login. The key is the token hash alone because the cookie is all
-- a request brings; municipality_id is carried like on every table.
create table sessions (
  token_hash text primary key,
  municipality_id text not null,
  user_id uuid not null,
  stage text not null check (stage in ('password', 'complete')),
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  foreign key (municipality_id, user_id) references users on delete cascade
);
create index sessions_user on sessions (municipality_id, user_id);
create index sessions_expiry on sessions (expires_at);
