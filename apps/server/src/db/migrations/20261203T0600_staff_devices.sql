-- Staff phones signed in for the working day (docs/staff-app.md): after the full sign-in the
-- phone keeps a secret and its user a short PIN; both together start a session until the device
-- ends. Only hashes are kept. A manager ending a device ends its user's sessions too.
create table staff_devices (
  municipality_id text not null references municipalities,
  device_id uuid not null,
  user_id uuid not null,
  label text not null,
  secret_hash text not null,
  pin_hash text not null,
  failed_pins integer not null default 0,
  created_at timestamptz not null,
  last_unlocked_at timestamptz,
  expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text check (end_reason in ('revoked', 'signed_out', 'pin_tries')),
  ended_by text,
  primary key (municipality_id, device_id),
  foreign key (municipality_id, user_id) references users,
  check ((ended_at is null) = (end_reason is null))
);
create index staff_devices_user on staff_devices (municipality_id, user_id, created_at);

-- A note written on the phone without coverage is sent later: its id comes from the phone (so a
-- note sent twice is stored once) and the time it was written is kept beside the time it arrived.
alter table staff_notes add column written_at timestamptz;
