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
-- "Who read client X": the list rows that name her, newest first.
create index audit_log_clients_client on audit_log_clients (municipality_id, client_id, seq);

create trigger audit_log_clients_append_only before update or delete on audit_log_clients
  for each row execute function refuse_change();
create trigger audit_log_clients_no_truncate before truncate on audit_log_clients
  for each statement execute function refuse_change();

-- Side rows may name only a list row, and never more clients than it counts: once a list is
-- complete, nothing can be added to it. One check per statement, not per row.
create function audit_log_clients_fit_their_list() returns trigger language plpgsql as $$
declare
  bad record;
begin
  select a.municipality_id, a.seq, l.details -> 'clients' ->> 'count' as declared, count(c.client_id) as named
    into bad
    from (select distinct municipality_id, seq from added) a
    left join audit_log l on l.municipality_id = a.municipality_id and l.seq = a.seq
    left join audit_log_clients c on c.municipality_id = a.municipality_id and c.seq = a.seq
    group by a.municipality_id, a.seq, l.details
    having l.details -> 'clients' ->> 'count' is null or count(c.client_id) > (l.details -> 'clients' ->> 'count')::bigint
    limit 1;
  if found then
    raise exception 'audit_log_clients: row % of municipality % is no list of % clients (it declares %)',
      bad.seq, bad.municipality_id, bad.named, coalesce(bad.declared, 'none') using errcode = '23514';
  end if;
  return null;
end $$;

create trigger audit_log_clients_fit after insert on audit_log_clients
  referencing new table as added for each statement execute function audit_log_clients_fit_their_list();
