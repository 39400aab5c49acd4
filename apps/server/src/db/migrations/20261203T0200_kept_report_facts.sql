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
