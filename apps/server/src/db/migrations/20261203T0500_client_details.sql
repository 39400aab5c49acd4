-- What a case officer records beside the client's name and address (docs/web.md, "Case officer:
-- client details"): how to reach her and her next of kin, and her own wishes in her own words;
-- a decision's text and goals as the decision letter states them; and the service areas each
-- LOV provider offers, so the client chooses among providers that can do what was granted.

alter table clients add column phone text;
alter table clients add column email text;
alter table clients add column next_of_kin_name text;
alter table clients add column next_of_kin_phone text;
alter table clients add column wishes text;

alter table decisions add column decision_text text;
alter table decisions add column goals text;

-- Every provider registered before this offered whatever it was ordered: all areas.
alter table providers add column service_areas text[] not null
  default '{personal_care,service,meals,social,alarm,other}';
alter table providers add constraint providers_service_areas_check
  check (cardinality(service_areas) > 0
    and service_areas <@ array['personal_care','service','meals','social','alarm','other']::text[]);
