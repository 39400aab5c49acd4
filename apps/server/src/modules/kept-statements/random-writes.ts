// Random writes to a municipality's facts for the kept-statements property test: every kind of
// write the issue names, made the way the application stores them (the triggers are what mark
// the kept months stale, whichever module writes), visits that overlap another of the same
// staff member at another client (what couples clients), and new orders and staff members
// moving provider (an incremental pass reads only the registers its clients reach).

import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type Write =
  | { kind: 'registration'; what: 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance'; client: number; staff: number; minute: number; manual: boolean; late: boolean }
  | { kind: 'correction'; target: number; what: 'arrive' | 'leave' | 'void'; shift: number; otherClient: number | null }
  | { kind: 'overlap'; target: number; client: number; minutes: number }
  | { kind: 'review'; client: number; provider: number; early: boolean; approved: boolean }
  | { kind: 'deviation'; client: number; provider: number; minutes: number; status: 'reported' | 'approved' | 'rejected' }
  | { kind: 'decide'; target: number; approved: boolean }
  | { kind: 'order'; target: number; change: 'end' | 'double' | 'hours'; value: number }
  | { kind: 'rate'; ore: number; early: boolean }
  | { kind: 'new_order'; client: number; provider: number; early: boolean; day: number; double: boolean; hours: number }
  | { kind: 'staff_move'; staff: number; provider: number };

const pick = fc.nat({ max: 10_000 });

export const writeArbitrary: fc.Arbitrary<Write> = fc.oneof(
  { weight: 5, arbitrary: fc.record({
    kind: fc.constant('registration' as const),
    what: fc.constantFrom('arrive' as const, 'leave' as const, 'declined_at_door' as const, 'declined_in_advance' as const),
    client: pick, staff: pick, minute: fc.nat({ max: 45 * 24 * 60 }), manual: fc.boolean(), late: fc.boolean(),
  }) },
  { weight: 3, arbitrary: fc.record({
    kind: fc.constant('correction' as const), target: pick, what: fc.constantFrom('arrive' as const, 'leave' as const, 'void' as const),
    shift: fc.integer({ min: -90, max: 90 }), otherClient: fc.option(pick, { nil: null, freq: 5 }),
  }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('overlap' as const), target: pick, client: pick, minutes: fc.integer({ min: 1, max: 90 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('review' as const), client: pick, provider: pick, early: fc.boolean(), approved: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({
    kind: fc.constant('deviation' as const), client: pick, provider: pick, minutes: fc.integer({ min: -600, max: 600 }),
    status: fc.constantFrom('reported' as const, 'approved' as const, 'rejected' as const),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('decide' as const), target: pick, approved: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('order' as const), target: pick, change: fc.constantFrom('end' as const, 'double' as const, 'hours' as const), value: fc.nat({ max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rate' as const), ore: fc.integer({ min: 10_000, max: 90_000 }), early: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({
    kind: fc.constant('new_order' as const), client: pick, provider: pick, early: fc.boolean(), day: fc.integer({ min: 1, max: 28 }),
    double: fc.boolean(), hours: fc.integer({ min: 1, max: 40 }),
  }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('staff_move' as const), staff: pick, provider: pick }) },
);

/** What the writes pick from: the municipality's ids, and the two months (earlier first). */
export interface WriteTarget {
  mid: string;
  months: [string, string];
  counter: { next: number };
}

const at = <T>(items: readonly T[], i: number): T | undefined => (items.length === 0 ? undefined : items[i % items.length]);
const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const firstOf = (month: string): number => Date.parse(`${month}-01T00:00:00Z`);

async function ids(db: Kysely<DB>, mid: string, table: 'clients' | 'staff' | 'providers'): Promise<string[]> {
  const column = table === 'clients' ? 'client_id' : table === 'staff' ? 'staff_id' : 'provider_id';
  const rows = await sql<{ id: string }>`select ${sql.ref(column)} as id from ${sql.table(table)} where municipality_id = ${mid} order by 1`.execute(db);
  return rows.rows.map((r) => r.id);
}

/** Applies one write; a write with nothing to act on (no registration to correct yet) does nothing. */
export async function applyWrite(db: Kysely<DB>, t: WriteTarget, w: Write): Promise<void> {
  const { mid, months } = t;
  switch (w.kind) {
    case 'registration': {
      const client = at(await ids(db, mid, 'clients'), w.client);
      const staff = at(await ids(db, mid, 'staff'), w.staff);
      if (client === undefined || staff === undefined) return;
      // From two days before the earlier month; late ones fall in the earlier month.
      const start = firstOf(months[w.late ? 0 : 1]) - 2 * 86_400_000;
      const declined = w.what === 'declined_at_door' || w.what === 'declined_in_advance';
      await db.insertInto('registrations').values({
        municipality_id: mid, registration_id: uuid(t.counter.next++), kind: w.what, client_id: client, staff_id: staff,
        at: new Date(start + w.minute * 60_000).toISOString(), method: w.manual ? 'manual' : 'nfc', reason: w.manual ? 'forgot the tag' : null,
        corrects: null, planned_minutes: declined ? 30 : null, category: declined ? 'care' : null,
      }).execute();
      return;
    }
    case 'correction': {
      const regs = await db.selectFrom('registrations').select(['registration_id', 'client_id', 'staff_id', 'at'])
        .where('municipality_id', '=', mid).orderBy('registration_id').execute();
      const target = at(regs, w.target);
      if (target === undefined) return;
      const client = w.otherClient === null ? target.client_id : at(await ids(db, mid, 'clients'), w.otherClient) ?? target.client_id;
      await db.insertInto('registrations').values({
        municipality_id: mid, registration_id: uuid(t.counter.next++), kind: w.what, client_id: client, staff_id: target.staff_id,
        at: new Date(target.at.getTime() + w.shift * 60_000).toISOString(), method: 'manual', reason: 'corrected', corrects: target.registration_id,
        planned_minutes: null, category: null,
      }).execute();
      return;
    }
    case 'overlap': {
      // The same staff member at another client while a visit of hers runs: overlap across clients.
      const arrives = await db.selectFrom('registrations').select(['staff_id', 'at'])
        .where('municipality_id', '=', mid).where('kind', '=', 'arrive').orderBy('registration_id').execute();
      const target = at(arrives, w.target);
      const client = at(await ids(db, mid, 'clients'), w.client);
      if (target === undefined || client === undefined) return;
      const start = target.at.getTime() + 5 * 60_000;
      await db.insertInto('registrations').values([0, w.minutes].map((m, i) => ({
        municipality_id: mid, registration_id: uuid(t.counter.next++), kind: i === 0 ? 'arrive' : 'leave', client_id: client, staff_id: target.staff_id,
        at: new Date(start + m * 60_000).toISOString(), method: 'nfc', reason: null, corrects: null, planned_minutes: null, category: null,
      }))).execute();
      return;
    }
    case 'review': {
      const client = at(await ids(db, mid, 'clients'), w.client);
      const provider = at(await ids(db, mid, 'providers'), w.provider);
      if (client === undefined || provider === undefined) return;
      const month = months[w.early ? 0 : 1];
      const last = await db.selectFrom('excess_reviews').select((eb) => eb.fn.max('ordinal').as('n'))
        .where('municipality_id', '=', mid).where('client_id', '=', client).where('provider_id', '=', provider).where('month', '=', month).executeTakeFirst();
      await db.insertInto('excess_reviews').values({
        municipality_id: mid, client_id: client, provider_id: provider, month, ordinal: (last?.n ?? 0) + 1,
        decision: w.approved ? 'approved' : 'rejected', reason: 'reviewed',
      }).execute();
      return;
    }
    case 'deviation': {
      const client = at(await ids(db, mid, 'clients'), w.client);
      const provider = at(await ids(db, mid, 'providers'), w.provider);
      if (client === undefined || provider === undefined) return;
      await db.insertInto('deviations').values({
        municipality_id: mid, deviation_id: `dev-${t.counter.next++}`, client_id: client, provider_id: provider, month: months[1],
        minutes: w.minutes, reason: 'hospital', comment: '', category: null, status: w.status,
      }).execute();
      return;
    }
    case 'decide': {
      const open = await db.selectFrom('deviations').select('deviation_id').where('municipality_id', '=', mid).where('status', '=', 'reported').orderBy('deviation_id').execute();
      const d = at(open, w.target);
      if (d === undefined) return;
      await db.updateTable('deviations').set({ status: w.approved ? 'approved' : 'rejected' })
        .where('municipality_id', '=', mid).where('deviation_id', '=', d.deviation_id).execute();
      return;
    }
    case 'order': {
      const orders = await db.selectFrom('orders').select(['order_id', 'valid_from', 'double_staffing']).where('municipality_id', '=', mid).orderBy('order_id').execute();
      const o = at(orders, w.target);
      if (o === undefined) return;
      const where = { mid, order: o.order_id };
      if (w.change === 'end') {
        const end = new Date(Math.max(Date.parse(`${o.valid_from}T00:00:00Z`), firstOf(months[1]) + w.value * 86_400_000 - 10 * 86_400_000));
        await db.updateTable('orders').set({ valid_to: end.toISOString().slice(0, 10) }).where('municipality_id', '=', where.mid).where('order_id', '=', where.order).execute();
      } else if (w.change === 'double') {
        await db.updateTable('orders').set({ double_staffing: !o.double_staffing }).where('municipality_id', '=', where.mid).where('order_id', '=', where.order).execute();
      } else {
        await db.updateTable('order_areas').set({ hours_per_month: w.value }).where('municipality_id', '=', where.mid).where('order_id', '=', where.order).execute();
      }
      return;
    }
    case 'new_order': {
      // A client's first order with a provider (orders of one client and provider never overlap).
      const client = at(await ids(db, mid, 'clients'), w.client);
      const provider = at(await ids(db, mid, 'providers'), w.provider);
      if (client === undefined || provider === undefined) return;
      const existing = await db.selectFrom('orders').select('order_id')
        .where('municipality_id', '=', mid).where('client_id', '=', client).where('provider_id', '=', provider).executeTakeFirst();
      if (existing !== undefined) return;
      const order = `order-${t.counter.next++}`;
      await db.insertInto('orders').values({
        municipality_id: mid, order_id: order, client_id: client, provider_id: provider, decision_id: null,
        valid_from: `${months[w.early ? 0 : 1]}-${String(w.day).padStart(2, '0')}`, valid_to: null, double_staffing: w.double,
      }).execute();
      await db.insertInto('order_areas').values({ municipality_id: mid, order_id: order, area: 'personal_care', position: 0, hours_per_month: w.hours }).execute();
      return;
    }
    case 'staff_move': {
      const staff = at(await ids(db, mid, 'staff'), w.staff);
      const provider = at(await ids(db, mid, 'providers'), w.provider);
      if (staff === undefined || provider === undefined) return;
      await db.updateTable('staff').set({ provider_id: provider }).where('municipality_id', '=', mid).where('staff_id', '=', staff).execute();
      return;
    }
    case 'rate': {
      const last = await db.selectFrom('rates').select((eb) => eb.fn.max('position').as('p')).where('municipality_id', '=', mid).executeTakeFirst();
      await db.insertInto('rates').values({
        municipality_id: mid, position: (last?.p ?? 0) + 1, valid_from: `${months[w.early ? 0 : 1]}-10`, price: 'per_hour', ore: w.ore,
        band_id: null, category: null, provider_kind: null, area: null,
      }).execute();
      return;
    }
  }
}
