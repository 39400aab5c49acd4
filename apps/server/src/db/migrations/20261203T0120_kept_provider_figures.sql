-- Each provider's figures of a kept month (total, lines, exceptions, excess), kept beside the
-- slices and written in the same transaction, so a view of every provider (the month-close
-- board) reads one row per provider instead of every slice of the month. Each slice carries
-- its own share, so a pass over a few clients sums the touched providers' shares in SQL
-- without reading their slices' documents.

alter table kept_slices
  add column amount_ore bigint not null default 0,
  add column has_line boolean not null default false,
  add column has_approved_excess boolean not null default false,
  add column exceptions int not null default 0,
  add column excess json; -- the slice's excess entry, null without one

create table kept_providers (
  municipality_id text not null,
  month text not null,
  provider_id text not null,
  amount_ore bigint not null,
  lines int not null,
  approved_excess int not null,
  exceptions int not null,
  exception_client text, -- a client with exceptions: the only one when exceptions = 1
  excess json not null, -- the excess entries, by client
  primary key (municipality_id, month, provider_id),
  foreign key (municipality_id, month) references kept_months
);

-- Months kept before have no shares yet: computed again, in the background, before anyone reads.
update kept_months set computed_at = null;
insert into kept_stale (municipality_id, month, scope, key)
  select municipality_id, month, 'all', '' from kept_months
on conflict (municipality_id, month, scope, key) do update set version = excluded.version;
