-- Audit log (DOMAIN.md §6): every read or change of a client's personal data. Append-only and
-- hash-chained per municipality; see docs/audit.md for the chain and what verification can detect.

create table audit_log (
  municipality_id text not null references municipalities,
  -- 1, 2, 3 … per municipality without gaps: the chain order. Appends are serialised per
  -- municipality (an advisory lock in the service, the chain head below in the database).
  seq bigint not null check (seq >= 1),
  -- Millisecond precision, so the value the hash covers is exactly the value stored.
  at timestamptz not null check (at = date_trunc('milliseconds', at)),
  -- No foreign key to users: the log outlives accounts, and the command line logs as itself.
  user_id text not null,
  username text not null,
  role text not null,
  action text not null check (action in ('read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed')),
  client_id text,
  object_type text not null,
  object_id text,
  ip text not null,
  details jsonb not null default '{}' check (jsonb_typeof(details) = 'object' and octet_length(details::text) <= 8192),
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null check (hash ~ '^[0-9a-f]{64}$'),
  primary key (municipality_id, seq)
);
create index audit_log_client on audit_log (municipality_id, client_id, seq) where client_id is not null;
create index audit_log_user on audit_log (municipality_id, user_id, seq);
create index audit_log_at on audit_log (municipality_id, at);

-- The latest row of each municipality's chain. Without it, removing the newest rows would leave a
-- shorter chain that is still valid; with it, verification notices the missing tail.
create table audit_chain_heads (
  municipality_id text primary key references municipalities,
  seq bigint not null check (seq >= 1),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);

-- Every insert must continue its municipality's chain: the next seq and the head's hash as
-- prev_hash. A writer that skipped the service's lock, or forged a row out of order, is refused
-- here instead of forking the chain. The head moves in the same statement.
create function audit_log_continue_chain() returns trigger language plpgsql as $$
declare
  head_seq bigint;
  head_hash text;
begin
  select seq, hash into head_seq, head_hash from audit_chain_heads
    where municipality_id = new.municipality_id for update;
  if not found then
    head_seq := 0;
    head_hash := repeat('0', 64);
  end if;
  if new.seq <> head_seq + 1 or new.prev_hash <> head_hash then
    raise exception 'audit_log: row % of municipality % does not continue the chain (head is row %)',
      new.seq, new.municipality_id, head_seq using errcode = '23514';
  end if;
  if head_seq = 0 then
    insert into audit_chain_heads (municipality_id, seq, hash) values (new.municipality_id, new.seq, new.hash);
  else
    update audit_chain_heads set seq = new.seq, hash = new.hash where municipality_id = new.municipality_id;
  end if;
  return new;
end $$;

create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_continue_chain();
create trigger audit_log_append_only before update or delete on audit_log
  for each row execute function refuse_change();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function refuse_change();

-- The head is written only from the trigger above (trigger depth 2); a direct write is refused.
create function audit_chain_heads_guard() returns trigger language plpgsql as $$
begin
  if pg_trigger_depth() < 2 then
    raise exception 'audit_chain_heads moves only with inserts into audit_log: % refused', tg_op using errcode = '42501';
  end if;
  return new;
end $$;

create trigger audit_chain_heads_guarded before insert or update on audit_chain_heads
  for each row execute function audit_chain_heads_guard();
create trigger audit_chain_heads_no_delete before delete on audit_chain_heads
  for each row execute function refuse_change();
create trigger audit_chain_heads_no_truncate before truncate on audit_chain_heads
  for each statement execute function refuse_change();
