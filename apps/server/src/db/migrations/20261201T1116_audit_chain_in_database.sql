-- The database computes each audit row's chain link itself (docs/audit.md): a plain INSERT gets
-- the next seq, the head's hash as prev_hash and its own hash, or is refused when it brings
-- values that differ. The server still computes the hash too, so every append checks that both
-- sides serialise a row to the same bytes. Rows may carry the server's signature (mac), keyed
-- with a secret the database never sees; a row written around the server has none.

alter table audit_log drop constraint audit_log_action_check;
alter table audit_log add constraint audit_log_action_check
  check (action in ('read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed', 'lockout'));

-- HMAC-SHA256 of the row's hash under the server's audit key, hex; null when no key is set.
alter table audit_log add column mac text check (mac ~ '^[0-9a-f]{64}$');

-- JSON with object keys sorted (bytewise) at every level and no spaces: the text hash.ts's
-- canonicalJson gives for the same value (keys are ASCII names chosen by the code).
create function audit_canonical_json(v jsonb) returns text language plpgsql immutable strict as $$
declare
  out text;
begin
  case jsonb_typeof(v)
    when 'object' then
      select '{' || coalesce(string_agg(to_jsonb(k)::text || ':' || audit_canonical_json(v -> k), ',' order by k collate "C"), '') || '}'
        into out from jsonb_object_keys(v) as k;
    when 'array' then
      select '[' || coalesce(string_agg(audit_canonical_json(e), ',' order by i), '') || ']'
        into out from jsonb_array_elements(v) with ordinality as t(e, i);
    else
      out := v::text;
  end case;
  return out;
end $$;

-- The same serialisation as hash.ts's auditHash: a JSON array beginning with the format name.
create function audit_row_hash(r audit_log) returns text language sql stable as $$
  select encode(sha256(convert_to(
    '[' || concat_ws(',',
      to_jsonb('hemma-audit/1'::text)::text,
      to_jsonb(r.municipality_id)::text,
      r.seq::text,
      to_jsonb(to_char(r.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))::text,
      to_jsonb(r.user_id)::text,
      to_jsonb(r.username)::text,
      to_jsonb(r.role)::text,
      to_jsonb(r.action)::text,
      coalesce(to_jsonb(r.client_id)::text, 'null'),
      to_jsonb(r.object_type)::text,
      coalesce(to_jsonb(r.object_id)::text, 'null'),
      to_jsonb(r.ip)::text,
      audit_canonical_json(r.details),
      to_jsonb(r.prev_hash)::text
    ) || ']', 'UTF8')), 'hex')
$$;

create or replace function audit_log_continue_chain() returns trigger language plpgsql as $$
declare
  head_seq bigint;
  head_hash text;
  computed text;
begin
  select seq, hash into head_seq, head_hash from audit_chain_heads
    where municipality_id = new.municipality_id for update;
  if not found then
    head_seq := 0;
    head_hash := repeat('0', 64);
  end if;
  new.seq := coalesce(new.seq, head_seq + 1);
  new.prev_hash := coalesce(new.prev_hash, head_hash);
  if new.seq <> head_seq + 1 or new.prev_hash <> head_hash then
    raise exception 'audit_log: row % of municipality % does not continue the chain (head is row %)',
      new.seq, new.municipality_id, head_seq using errcode = '23514';
  end if;
  computed := audit_row_hash(new);
  if new.hash is not null and new.hash <> computed then
    raise exception 'audit_log: row % of municipality % brings hash %, but its fields give %',
      new.seq, new.municipality_id, new.hash, computed using errcode = '23514';
  end if;
  new.hash := computed;
  if head_seq = 0 then
    insert into audit_chain_heads (municipality_id, seq, hash) values (new.municipality_id, new.seq, new.hash);
  else
    update audit_chain_heads set seq = new.seq, hash = new.hash where municipality_id = new.municipality_id;
  end if;
  return new;
end $$;
