-- The staff phone app: practical notes on the client's card (door code, keys, pets) and short
-- notes between a provider's staff and its managers about a client.
alter table clients add column practical_notes text;

create table staff_notes (
  municipality_id text not null references municipalities,
  note_id uuid not null,
  client_id text not null,
  provider_id text not null,
  direction text not null check (direction in ('to_staff', 'to_manager')),
  author text not null,
  body text not null,
  sent_at timestamptz not null default now(),
  primary key (municipality_id, note_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers
);
create index staff_notes_client on staff_notes (municipality_id, client_id, sent_at);
