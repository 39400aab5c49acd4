-- A tag read dated before the tag was enrolled is refused like one after its retirement, and
-- logged as such (docs/registrations.md).
alter table tag_read_failures drop constraint tag_read_failures_failure_check;
alter table tag_read_failures add constraint tag_read_failures_failure_check
  check (failure in ('unknown', 'retired', 'not_yet_enrolled', 'out_of_scope'));
