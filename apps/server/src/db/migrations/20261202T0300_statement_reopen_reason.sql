-- Finance sends a submitted statement back with a reason the provider reads (issue 12): the last
-- time it was sent back, by whom and why.
alter table statements
  add column reopened_at timestamptz,
  add column reopened_by text,
  add column reopen_reason text;
