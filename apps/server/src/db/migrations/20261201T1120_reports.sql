-- Follow-up reports (spec/reports-v1.md). An arrive may say what it was for: alarm responses
-- and meal deliveries are left out of the national continuity indicator.
alter table registrations
  add column purpose text check (purpose in ('alarm_response', 'meal_delivery'));

-- Scheduled working time as instants, for time at clients (R-17). Unlike the planner's
-- staff_shifts (a local date and clock times), a shift here may run past midnight and across a
-- change of summer time. Shifts carry no id: the n-th shift of one staff member starting at one
-- instant is keyed by n, so importing a file again changes nothing.
create table work_shifts (
  municipality_id text not null,
  staff_id text not null,
  starts_at timestamptz not null,
  ordinal int not null default 0,
  ends_at timestamptz not null,
  primary key (municipality_id, staff_id, starts_at, ordinal),
  foreign key (municipality_id, staff_id) references staff,
  check (ends_at >= starts_at)
);
create index work_shifts_starts on work_shifts (municipality_id, starts_at);
