-- The administrator's register and accounts (issue 12, docs/admin.md).

-- A LOV provider's place in the register: the contract period and where its application stands.
-- Providers already in the register were admitted before the status existed, so they count as
-- approved; a provider added through the API starts as applied (the service says so).
alter table providers
  add column approval_status text not null default 'approved'
    check (approval_status in ('applied', 'approved', 'suspended', 'ended')),
  add column contract_from date,
  add column contract_to date,
  add constraint providers_contract_period check (contract_to is null or contract_from is null or contract_from <= contract_to);

-- The stricter requirements of the förfrågningsunderlag, one row per requirement checked: whether
-- it is met, the day it was checked, and a note. A requirement with no row has not been checked.
create table provider_requirements (
  municipality_id text not null,
  provider_id text not null,
  requirement text not null check (requirement in (
    'care_experience', 'references', 'manager_presence', 'work_clothes', 'changing_room',
    'staff_continuity', 'labour_terms', 'information_meeting', 'minimum_volume', 'environment')),
  fulfilled boolean not null,
  checked_on date,
  note text not null default '',
  primary key (municipality_id, provider_id, requirement),
  foreign key (municipality_id, provider_id) references providers
);

-- When the account last completed both sign-in steps, for the admin's list of accounts.
alter table users add column last_login_at timestamptz;
-- Set while an administrator has locked the account: no sign-in until she unlocks it. Apart from
-- locked_until, which a run of wrong guesses sets for a while and which ends by itself.
alter table users add column disabled_at timestamptz;
