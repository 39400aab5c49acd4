-- Staff shifts: when each staff member works on a day (the planner's routes live inside them,
-- and time at clients, R-17, is measured against them).
create table staff_shifts (
  municipality_id text not null,
  staff_id text not null,
  date date not null,
  start_time text not null check (start_time ~ '^([01]\d|2[0-3]):[0-5]\d$'),
  end_time text not null check (end_time ~ '^([01]\d|2[0-4]):[0-5]\d$'),
  skills text[] not null default '{}',
  primary key (municipality_id, staff_id, date, start_time),
  foreign key (municipality_id, staff_id) references staff,
  check (end_time > start_time)
);
create index staff_shifts_date on staff_shifts (municipality_id, date);
