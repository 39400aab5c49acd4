// The bench's own database: one municipality, one provider with a staff member (and phone
// account) per connection, two clients per staff member, each with an order and a door tag.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import pg from 'pg';
import { hashPassword } from '../../apps/server/src/auth/password.ts';
import { newTotpSecret } from '../../apps/server/src/auth/totp.ts';
import { openMigrated } from '../../apps/server/src/db/open.ts';

export const MUNICIPALITY = 'benchby';
export const PASSWORD = 'bench password, long enough';

export interface Phone {
  username: string;
  totpSecret: string;
  staffId: string;
  /** The tags of the clients this staff member visits, in visiting order. */
  tags: string[];
}

export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(server: string): Promise<BenchDatabase> {
  const name = `hemma_bench_ingest_${process.pid}_${Date.now().toString(36)}`;
  await admin(server, (c) => c.query(`create database ${name}`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(server, (c) => c.query(`drop database if exists ${name} with (force)`)).then(() => undefined) };
}

const uid = (n: number): string => `04:be:${[(n >> 16) & 255, (n >> 8) & 255, n & 255, 0x10].map((b) => b.toString(16).padStart(2, '0')).join(':')}`;

export async function seed(url: string, phones: number): Promise<Phone[]> {
  const database = await openMigrated({ url });
  try {
    const db = database.db;
    const m = MUNICIPALITY;
    await db.insertInto('municipalities').values({
      municipality_id: m, name: 'Benchby kommun', timezone: 'Europe/Stockholm', payment_model: 'performed_time',
      default_band: 'day', holiday_eves: [], prisbasbelopp: JSON.stringify({ 2026: 59200 }),
    }).execute();
    await db.insertInto('districts').values({ municipality_id: m, district_id: 'd1', name: 'Centrum' }).execute();
    await db.insertInto('providers').values({ municipality_id: m, provider_id: 'p1', name: 'Bench Omsorg AB', org_number: '556677-8899', kind: 'private' }).execute();
    const staff = Array.from({ length: phones }, (_, i) => `s${i + 1}`);
    const clients = Array.from({ length: phones * 2 }, (_, i) => `c${i + 1}`);
    await db.insertInto('staff').values(staff.map((s) => ({ municipality_id: m, staff_id: s, provider_id: 'p1', unit_id: null, name: `Personal ${s}` }))).execute();
    await db.insertInto('clients').values(clients.map((c, i) => ({
      municipality_id: m, client_id: c, personal_number: `19400101${String(i).padStart(4, '0')}`, name: `Brukare ${c}`, district_id: 'd1',
      address: null, latitude: null, longitude: null, contact_person_staff_id: null, life_story: null,
    }))).execute();
    await db.insertInto('orders').values(clients.map((c) => ({
      municipality_id: m, order_id: `o-${c}`, client_id: c, provider_id: 'p1', decision_id: null, valid_from: '2026-01-01', valid_to: null, double_staffing: false,
    }))).execute();
    await db.insertInto('nfc_tags').values(clients.map((c, i) => ({ municipality_id: m, tag_uid: uid(i), client_id: c, retired_at: null }))).execute();
    // One hash for every account: seeding is not what is measured (each login still verifies it).
    const passwordHash = await hashPassword(PASSWORD);
    const out = staff.map((s, i) => ({ username: `bench-${s}`, totpSecret: newTotpSecret(), staffId: s, tags: [uid(2 * i), uid(2 * i + 1)] }));
    await db.insertInto('users').values(out.map((p) => ({
      municipality_id: m, user_id: randomUUID(), username: p.username, role: 'staff' as const, district_id: null, provider_id: 'p1',
      staff_id: p.staffId, password_hash: passwordHash, totp_secret: p.totpSecret,
    }))).execute();
    // Planner statistics, as a database in use has them: without, lookups by tag were planned
    // as scans of every client (41 ms instead of 0.1 ms at 400 clients).
    await sql`analyze`.execute(db);
    return out;
  } finally {
    await database.close();
  }
}

export async function countRegistrations(url: string): Promise<number> {
  return admin(url, async (c) => Number((await c.query<{ n: string }>('select count(*) as n from registrations')).rows[0]!.n));
}
