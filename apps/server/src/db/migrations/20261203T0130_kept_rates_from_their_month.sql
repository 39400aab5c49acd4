-- A rate is chosen by the local date of what it prices (a visit's arrival, a declined visit's
-- day), so a rate from a date reaches the kept months from that date's month on, not the months
-- before it. A rate for next month then recomputes next month alone, not every kept month.
-- (Bands, rules and the other settings still mark every kept month.)
create function kept_rate_changed() returns trigger language plpgsql as $$
declare
  mid text := coalesce(new.municipality_id, old.municipality_id);
  first_month text := to_char(least(coalesce(new.valid_from, old.valid_from), coalesce(old.valid_from, new.valid_from)), 'YYYY-MM');
begin
  perform kept_writer(mid);
  insert into kept_stale as s (municipality_id, month, scope, key)
    select mid, k.month, 'all', '' from kept_months k
    where k.municipality_id = mid and k.month >= first_month
    order by k.month
  on conflict (municipality_id, month, scope, key) do update set version = excluded.version;
  return null;
end $$;

drop trigger rates_kept on rates;
create trigger rates_kept after insert or update or delete on rates for each row execute function kept_rate_changed();
