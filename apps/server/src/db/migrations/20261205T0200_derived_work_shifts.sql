-- Scheduled shifts derived from the weekly patterns and exceptions (docs/shifts.md): a shift in
-- `work_shifts` is either imported (a scenario's or a rota system's `shifts`) or derived by the
-- server for a staff-day that has passed and has no imported shift. Imported ones stand.
alter table work_shifts
  add column source text not null default 'imported' check (source in ('imported', 'derived'));

-- How far each staff member's days are derived: every date up to and including `through`. A
-- date once passed through is frozen; only a later exception (or a day's own shifts) for it
-- derives it again. A pattern changed afterwards leaves it as it was.
create table work_shift_derivations (
  municipality_id text not null,
  staff_id text not null,
  through date not null,
  primary key (municipality_id, staff_id),
  foreign key (municipality_id, staff_id) references staff
);
