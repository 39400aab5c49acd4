-- A list read is one chain row naming its clients here, one small row each (docs/audit.md,
-- "Lists"): a finance screen of 15 000 clients appends one chained row and one set-based insert
-- instead of 15 000 rows through the chain's trigger. The chain row's details carry the count and
-- the SHA-256 of the sorted client ids, so the hash chain covers the list; verification recomputes
-- both from these rows. No foreign key to audit_log: a per-row check would cost what this table
-- saves, and verification names side rows without their list row.

create table audit_log_clients (
  municipality_id text not null,
  seq bigint not null check (seq >= 1),
  client_id text not null,
  primary key (municipality_id, seq, client_id)
);
-- "Who read client X": the list rows that name her. Without seq, her entries are equal keys that
-- the index stores deduplicated (one key, a list of row pointers): a tenth of the size with seq.
-- Each list's insert touches one index page per client it names, so the size decides its cost
-- (measured in docs/benchmarks.md, "Audit lists").
create index audit_log_clients_client on audit_log_clients (municipality_id, client_id);

create trigger audit_log_clients_append_only before update or delete on audit_log_clients
  for each row execute function refuse_change();
create trigger audit_log_clients_no_truncate before truncate on audit_log_clients
  for each statement execute function refuse_change();

-- Side rows may name only a list row, and never more clients than it counts: once a list is
-- complete, nothing can be added to it. One check per statement, not per row.
create function audit_log_clients_fit_their_list() returns trigger language plpgsql as $$
declare
  list record;
  declared bigint;
  named bigint;
begin
  -- Usually one list per statement; each looked up by index (a join over the transition table,
  -- whose size the planner cannot know, chose a scan of the whole table).
  for list in select distinct municipality_id, seq from added loop
    select (details -> 'clients' ->> 'count')::bigint into declared from audit_log
      where municipality_id = list.municipality_id and seq = list.seq;
    select count(*) into named from audit_log_clients
      where municipality_id = list.municipality_id and seq = list.seq;
    if declared is null or named > declared then
      raise exception 'audit_log_clients: row % of municipality % is no list of % clients (it declares %)',
        list.seq, list.municipality_id, named, coalesce(declared::text, 'none') using errcode = '23514';
    end if;
  end loop;
  return null;
end $$;

create trigger audit_log_clients_fit after insert on audit_log_clients
  referencing new table as added for each statement execute function audit_log_clients_fit_their_list();
