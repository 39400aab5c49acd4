-- Report facts kept beside the statement slices (docs/reports.md, "Kept facts"): what the
-- monthly follow-up reports need of each client's month, brought up to date in the same pass
-- and from the same stale marks as her slices. One column per report family, so that a report
-- reads only its own; json (not jsonb): written and read whole, never queried inside.
create table kept_report_facts (
  municipality_id text not null,
  month text not null,
  client_id text not null,
  met json not null,        -- distinct staff met in the month (continuity)
  indicator json,           -- indicator meetings per day of the month (the 14-day indicator)
  visits json not null,     -- visits and their minutes per staff member (time at clients)
  cells json not null,      -- follow-up counts per provider
  excess json not null,     -- excess entries with decision and reason
  primary key (municipality_id, month, client_id),
  foreign key (municipality_id, month) references kept_months
);

-- Months kept before this table existed have no facts: mark them whole, so that the next pass
-- (a reader's or the background's) computes their facts with their slices.
insert into kept_stale (municipality_id, month, scope, key)
  select municipality_id, month, 'all', '' from kept_months where computed_at is not null
on conflict (municipality_id, month, scope, key) do update set version = excluded.version;

-- Shift minutes per staff member of a kept month (time at clients), kept in the month's full
-- computation. Shifts come from imports, rarely: a shift written, moved or removed marks the
-- kept month it may start in (a day either side of the month, for the local date) whole.
create table kept_shift_minutes (
  municipality_id text not null,
  month text not null,
  staff_id text not null,
  minutes integer not null,
  primary key (municipality_id, month, staff_id),
  foreign key (municipality_id, month) references kept_months
);

create function kept_shifts_changed() returns trigger language plpgsql as $$
declare
  mid text;
begin
  for mid in select distinct municipality_id from changed_rows loop
    perform kept_writer(mid);
  end loop;
  insert into kept_stale as s (municipality_id, month, scope, key)
    select distinct c.municipality_id, k.month, 'all', ''
    from changed_rows c
    join kept_months k on k.municipality_id = c.municipality_id
      and c.starts_at >= ((k.month || '-01')::timestamp - interval '1 day') at time zone 'UTC'
      and c.starts_at < ((k.month || '-01')::timestamp + interval '1 month' + interval '1 day') at time zone 'UTC'
    order by 1, 2
  on conflict (municipality_id, month, scope, key) do update set version = excluded.version;
  return null;
end $$;

create trigger work_shifts_kept_insert after insert on work_shifts
  referencing new table as changed_rows for each statement execute function kept_shifts_changed();
create trigger work_shifts_kept_update_new after update on work_shifts
  referencing new table as changed_rows for each statement execute function kept_shifts_changed();
create trigger work_shifts_kept_update_old after update on work_shifts
  referencing old table as changed_rows for each statement execute function kept_shifts_changed();
create trigger work_shifts_kept_delete after delete on work_shifts
  referencing old table as changed_rows for each statement execute function kept_shifts_changed();
