-- The care API (docs/api.md, "Care"): the dialogue between a case officer and a provider.
-- A client may have orders with several providers; each provider reads only its own dialogue,
-- so a message names the provider it is with. The author's role lets a reader tell the
-- orderer's messages from the provider's without looking up accounts.
alter table messages
  add column provider_id text,
  add column author_role text;

create index messages_client on messages (municipality_id, client_id, sent_at);
