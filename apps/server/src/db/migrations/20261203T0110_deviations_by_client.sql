-- An incremental pass of the kept statements reads the deviations of a few clients, not the
-- municipality's: without this it would scan every deviation ever reported.
create index deviations_client on deviations (municipality_id, client_id);
