-- Audit entries are written in the transaction of the change they describe, but chained after it
-- commits (docs/audit.md, "Sealing"). The chain's per-municipality lock was held from the append
-- to the commit, so every change of one municipality committed one after another; now only the
-- sealer takes it, and one seal chains the entries of many commits.

create table audit_pending (
  -- The order entries are sealed in: ids are drawn when the entry is written.
  id bigint generated always as identity primary key,
  municipality_id text not null references municipalities,
  at timestamptz not null,
  user_id text not null,
  username text not null,
  role text not null,
  action text not null check (action in ('read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed')),
  client_id text,
  object_type text not null,
  object_id text,
  ip text not null,
  details jsonb not null default '{}' check (jsonb_typeof(details) = 'object' and octet_length(details::text) <= 8192)
);
create index audit_pending_municipality on audit_pending (municipality_id, id);

-- Which pending entry a chained row came from: the guard below lets an entry leave only once its
-- row is in the chain, so an entry cannot vanish between its commit and its seal.
alter table audit_log add column pending_id bigint;
create unique index audit_log_pending on audit_log (pending_id) where pending_id is not null;

create function audit_pending_leaves_sealed() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and exists (select 1 from audit_log where pending_id = old.id) then
    return old;
  end if;
  raise exception 'audit_pending: an entry leaves only once it is sealed into audit_log: % refused', tg_op using errcode = '42501';
end $$;

create trigger audit_pending_guard before update or delete on audit_pending
  for each row execute function audit_pending_leaves_sealed();
create trigger audit_pending_no_truncate before truncate on audit_pending
  for each statement execute function refuse_change();
