import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { migrate } from './migrate.ts';

describe('migrations and the append-only registrations', () => {
  let t: TestDatabase;
  beforeAll(async () => (t = await openTestDatabase()));
  afterAll(() => t.dispose());

  it('applies nothing the second time, even when two start together', async () => {
    const [a, b] = await Promise.all([migrate(t), migrate(t)]);
    expect([...a, ...b]).toEqual([]);
    const { rows } = await sql<{ n: number }>`select count(*) as n from schema_migrations`.execute(t.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('refuses UPDATE and DELETE on registrations', async () => {
    await sql`insert into municipalities (municipality_id, name, payment_model) values ('m', 'M', 'performed_time')`.execute(t.db);
    await sql`insert into districts values ('m', 'd', 'D')`.execute(t.db);
    await sql`insert into providers values ('m', 'p', 'P', '556677-8899', 'private')`.execute(t.db);
    await sql`insert into staff (municipality_id, staff_id, provider_id, name) values ('m', 's', 'p', 'S')`.execute(t.db);
    await sql`insert into clients (municipality_id, client_id, personal_number, name, district_id) values ('m', 'c', '19400101-0008', 'C', 'd')`.execute(t.db);
    await sql`insert into registrations (municipality_id, registration_id, kind, client_id, staff_id, at, method)
      values ('m', '2e316627-4d96-5513-8aa0-74c988af7ab6', 'arrive', 'c', 's', '2016-12-05T08:00:00+01:00', 'nfc')`.execute(t.db);
    await expect(sql`update registrations set kind = 'leave'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from registrations`.execute(t.db)).rejects.toThrow(/append-only/);
    const { rows } = await sql<{ kind: string }>`select kind from registrations`.execute(t.db);
    expect(rows).toEqual([{ kind: 'arrive' }]);
  });
});
