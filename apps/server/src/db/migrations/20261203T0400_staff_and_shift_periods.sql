-- Staff as a manager keeps them: how much of full time she is employed for, and whether she still
-- works here (a staff member is never deleted: her registrations and plans name her).
alter table staff
  add column employment_percent smallint check (employment_percent between 1 and 100),
  add column active boolean not null default true;

-- A weekly pattern may change from a date on; the version with the latest start on or before a
-- date is the one in force. '-infinity' is the version in force since always (the only one before).
alter table staff_shift_patterns add column valid_from date not null default '-infinity';
alter table staff_shift_patterns drop constraint staff_shift_patterns_pkey;
alter table staff_shift_patterns add primary key (municipality_id, staff_id, valid_from, weekday, start_time);

-- Why a date is an exception: sick, leave, a course, or something else said in the note.
alter table staff_shift_exceptions
  add column reason text not null default 'other' check (reason in ('sick', 'leave', 'course', 'other'));
