-- What the office web app needs (docs/api.md, "Office"): declined orders, reasons for deviation
-- decisions, unread state of the dialogue, how a plan was agreed with the client, and shifts as a
-- weekly pattern with exceptions per date.

-- A provider may decline an order sent to it, saying why; the case officer then sends it elsewhere.
alter table orders drop constraint orders_status_check;
alter table orders
  add constraint orders_status_check check (status in ('sent', 'accepted', 'declined', 'ended', 'cancelled')),
  add column declined_reason text,
  add column declined_at timestamptz,
  add constraint orders_declined_reason check (status <> 'declined' or length(declined_reason) > 0);

-- A rejected deviation says why, so the provider can answer it.
alter table deviations
  add column decision_reason text,
  add column decided_by text,
  add constraint deviations_rejected_reason check (status <> 'rejected' or decided_at is null or length(decision_reason) > 0);

-- How far each reader has read each dialogue (a client's thread with one provider); a message
-- sent after read_at by someone else is unread for that reader.
create table message_reads (
  municipality_id text not null,
  user_id uuid not null,
  client_id text not null,
  provider_id text not null,
  read_at timestamptz not null,
  primary key (municipality_id, user_id, client_id, provider_id),
  foreign key (municipality_id, client_id) references clients,
  foreign key (municipality_id, provider_id) references providers
);

-- When and how the client agreed to the plan (genomförandeplan).
alter table plans
  add column agreed_at date,
  add column agreed_how text check (agreed_how in ('in_person', 'phone', 'video', 'relative', 'representative')),
  add constraint plans_agreed check ((agreed_at is null) = (agreed_how is null));

-- A staff member's usual week; the shifts of a day are derived from it unless the day is an
-- exception, whose shifts (possibly none: a day off) are then the rows of staff_shifts.
create table staff_shift_patterns (
  municipality_id text not null,
  staff_id text not null,
  weekday text not null check (weekday in ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun')),
  start_time text not null check (start_time ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  end_time text not null check (end_time ~ '^([01]\d|2[0-4]):[0-5]\d$'),
  skills text[] not null default '{}',
  primary key (municipality_id, staff_id, weekday, start_time),
  foreign key (municipality_id, staff_id) references staff,
  check (end_time > start_time)
);

create table staff_shift_exceptions (
  municipality_id text not null,
  staff_id text not null,
  date date not null,
  note text not null default '',
  primary key (municipality_id, staff_id, date),
  foreign key (municipality_id, staff_id) references staff
);
