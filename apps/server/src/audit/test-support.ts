import { sql, type Kysely, type Selectable } from 'kysely';
import type { Actor, Role } from '../auth/actor.ts';
import type { DB } from '../db/schema.ts';

// Shared by the audit tests: a bare municipality to log against, actors, and the tampering an
// attacker with superuser rights could do (triggers off, change, triggers on).

export async function addMunicipality(db: Kysely<DB>, id: string): Promise<void> {
  await db
    .insertInto('municipalities')
    .values({ municipality_id: id, name: id, timezone: 'Europe/Stockholm', payment_model: 'performed_time', default_band: 'day', holiday_eves: [], prisbasbelopp: '{}' })
    .execute();
}

export function actor(municipalityId: string, role: Role = 'admin', userId = `${role}-1`): Actor {
  return {
    userId,
    username: `${userId}@${municipalityId}`,
    municipalityId,
    role,
    districtId: role === 'case_officer' ? 'd1' : null,
    providerId: role === 'staff' || role === 'provider_manager' ? 'p1' : null,
    staffId: role === 'staff' ? 's1' : null,
    ip: '192.0.2.10',
    at: new Date(),
  };
}

/** Runs `change` with every user trigger of the audit tables disabled, as a superuser could. */
export async function tamper(db: Kysely<DB>, change: (db: Kysely<DB>) => Promise<unknown>): Promise<void> {
  await db.connection().execute(async (conn) => {
    await sql`alter table audit_log disable trigger user`.execute(conn);
    await sql`alter table audit_chain_heads disable trigger user`.execute(conn);
    await sql`alter table audit_log_clients disable trigger user`.execute(conn);
    try {
      await change(conn);
    } finally {
      await sql`alter table audit_log enable trigger user`.execute(conn);
      await sql`alter table audit_chain_heads enable trigger user`.execute(conn);
      await sql`alter table audit_log_clients enable trigger user`.execute(conn);
    }
  });
}

/**
 * The log read client by client, in chain order: a list row once for each client it names in
 * audit_log_clients (sorted by id), with `client_id` that client. What "one row per client shown"
 * meant before lists, for tests that count the clients a request logged.
 */
export async function clientRows(db: Kysely<DB>, municipalityId: string): Promise<(Selectable<DB['audit_log']> & { list_of: number | null })[]> {
  const { rows } = await sql<Selectable<DB['audit_log']> & { list_of: number | null }>`
    select l.municipality_id, l.seq, l.at, l.user_id, l.username, l.role, l.action,
      coalesce(c.client_id, l.client_id) as client_id, l.object_type, l.object_id, l.ip, l.details,
      l.prev_hash, l.hash, l.mac, (l.details -> 'clients' ->> 'count')::int as list_of
    from audit_log l left join audit_log_clients c on c.municipality_id = l.municipality_id and c.seq = l.seq
    where l.municipality_id = ${municipalityId}
    order by l.seq, c.client_id collate "C"`.execute(db);
  return rows;
}
