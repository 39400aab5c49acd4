import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

// The names behind the ids a report's rows carry, so that screens and files say "Hemtjänst
// Norr AB", not "p1". Only the ids asked for are read: a report never lists more clients than
// the rows its reader may see.

export interface ReportNames {
  municipality: string;
  clients: Record<string, string>;
  providers: Record<string, string>;
  districts: Record<string, string>;
  units: Record<string, string>;
}

export interface NameIds {
  clients: readonly string[];
  providers: readonly string[];
  districts: readonly string[];
  units: readonly string[];
}

// One array parameter, not an IN list of one parameter each: a finance screen names 15 000
// clients, which as separate parameters cost more to send and plan than to read.
const anyOf = (ids: readonly string[]) => sql<string>`any(${[...ids]}::text[])`;

const byId = (rows: readonly { id: string; name: string }[]): Record<string, string> => Object.fromEntries(rows.map((r) => [r.id, r.name]));

export async function readReportNames(db: Kysely<DB>, mid: string, ids: NameIds): Promise<ReportNames> {
  const [municipality, clients, providers, districts, units] = await Promise.all([
    db.selectFrom('municipalities').select('name').where('municipality_id', '=', mid).executeTakeFirst(),
    ids.clients.length === 0 ? [] : db.selectFrom('clients').select(['client_id as id', 'name']).where('municipality_id', '=', mid).where('client_id', '=', anyOf(ids.clients)).execute(),
    ids.providers.length === 0 ? [] : db.selectFrom('providers').select(['provider_id as id', 'name']).where('municipality_id', '=', mid).where('provider_id', '=', anyOf(ids.providers)).execute(),
    ids.districts.length === 0 ? [] : db.selectFrom('districts').select(['district_id as id', 'name']).where('municipality_id', '=', mid).where('district_id', '=', anyOf(ids.districts)).execute(),
    ids.units.length === 0 ? [] : db.selectFrom('units').select(['unit_id as id', 'name']).where('municipality_id', '=', mid).where('unit_id', '=', anyOf(ids.units)).execute(),
  ]);
  return { municipality: municipality?.name ?? mid, clients: byId(clients), providers: byId(providers), districts: byId(districts), units: byId(units) };
}

/** A district's clients among `clients`, for the indicator's comparison between districts. */
export async function readClientDistricts(db: Kysely<DB>, mid: string, clients: readonly string[]): Promise<Map<string, string>> {
  if (clients.length === 0) return new Map();
  const rows = await db.selectFrom('clients').select(['client_id', 'district_id']).where('municipality_id', '=', mid).where('client_id', '=', anyOf(clients)).execute();
  return new Map(rows.map((r) => [r.client_id, r.district_id]));
}
