import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/actor.ts';
import { BlockedError, ConflictError, ForbiddenError, NotFoundError } from '../../errors.ts';
import { readExample } from '../../testing/fixtures.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';
import {
  approveStatement, decideDeviation, exportStatementFile, giveExcessReason, paymentFile, reviewExcess, submitStatement, viewStatement,
} from './month-close.service.ts';

const TODAY = { referenceDate: '2026-11-23' };

function actor(role: Actor['role'], municipalityId: string, extra: Partial<Actor> = {}): Actor {
  return { userId: role, username: role, municipalityId, role, districtId: null, providerId: null, staffId: null, ip: '127.0.0.1', at: new Date(), ...extra };
}

describe(`month close (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  const scenario01 = readExample('01-cap-and-declined.json') as any;
  scenario01.excessReviews = [];
  const manager = actor('provider_manager', 'exempelby', { providerId: 'p1' });
  const finance = actor('finance', 'exempelby');
  const officer = actor('case_officer', 'exempelby', { districtId: 'd1' });

  beforeAll(async () => {
    t = await openTestDatabase();
    for (const raw of [scenario01, readExample('02-granted-time-deviations.json'), readExample('03-bands-holidays-exceptions.json')]) {
      const r = await importScenario(t, raw, TODAY);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
    }
  });
  afterAll(() => t.dispose());

  it('a provider submits only once each excess has a reason', async () => {
    const view = await viewStatement(t, manager, '2016-12', 'p1');
    expect(view).toMatchObject({ status: 'draft', toPayOre: 548000, blockers: { submit: [{ kind: 'excess_without_reason', client: 'c1', minutes: 78 }] } });
    await expect(submitStatement(t, manager, '2016-12', 'p1')).rejects.toBeInstanceOf(BlockedError);
    await giveExcessReason(t, manager, '2016-12', 'p1', 'c1', 'Extra need after a fall');
    expect(await submitStatement(t, manager, '2016-12', 'p1')).toMatchObject({ status: 'submitted', blockers: { submit: [] } });
  });

  it('two finance officers approving at once: one approves, the other is told it is already approved', async () => {
    const results = await Promise.allSettled([approveStatement(t, finance, '2016-12', 'p1'), approveStatement(t, finance, '2016-12', 'p1')]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    expect((rejected?.reason as Error).message).toMatch(/cannot approve a statement that is approved/);
    const { rows } = await sql<{ n: number }>`select count(*) as n from statements where month = '2016-12' and status = 'approved'`.execute(t.db);
    expect(rows[0]!.n).toBe(1);
  });

  it('an approved statement is locked: the database refuses edits', async () => {
    await expect(sql`update statements set total_ore = 1 where month = '2016-12'`.execute(t.db)).rejects.toThrow(/locked/);
    await expect(sql`delete from statements where month = '2016-12'`.execute(t.db)).rejects.toThrow(/locked/);
  });

  it('approved excess is paid the month after, at the values of its month', async () => {
    await reviewExcess(t, officer, '2016-12', 'p1', 'c1', 'approved', 'Extra need after a fall');
    const jan = await viewStatement(t, manager, '2017-01', 'p1');
    expect(jan.statement.approvedExcess).toEqual([{ client: 'c1', fromMonth: '2016-12', minutes: 78, amountOre: 52000 }]);
    expect(jan.toPayOre).toBe(72400);
  });

  it('a late correction of a locked month becomes an adjustment on a later month, never an edit', async () => {
    const late = structuredClone(scenario01);
    const voids = ['8b1fd471-42d2-507c-bc77-00bd10cb8f36', 'e0cd0000-63ff-5979-ad94-01c94c00b08d', 'c00720bb-85b0-590f-80ee-774904e00aff'];
    voids.forEach((id, i) => late.registrations.push({
      id: `00000000-0000-4000-8000-00000000000${i}`, kind: 'void', client: 'c1', staff: 's1', at: '2017-01-20T10:00:00+01:00', method: 'manual', reason: 'Besöket blev aldrig av', corrects: id,
    }));
    expect((await importScenario(t, late, TODAY)).ok).toBe(true);

    const dec = await viewStatement(t, finance, '2016-12', 'p1');
    expect(dec).toMatchObject({ status: 'approved', toPayOre: 548000 });
    const jan = await viewStatement(t, finance, '2017-01', 'p1');
    // December now pays 690 minutes instead of 792 (−68 000 öre), and its excess is gone.
    expect(jan.adjustments).toEqual([{ concernsMonth: '2016-12', amountOre: -68000 }]);
    expect(jan.statement.approvedExcess).toEqual([]);
    expect(jan.toPayOre).toBe(20400 - 68000);

    await submitStatement(t, manager, '2017-01', 'p1');
    const approved = await approveStatement(t, finance, '2017-01', 'p1');
    expect(approved).toMatchObject({ status: 'approved', adjustments: [{ concernsMonth: '2016-12', amountOre: -68000 }], toPayOre: -47600 });
    // Booked once: the next month owes nothing more for December.
    const feb = await viewStatement(t, finance, '2017-02', 'p1');
    expect(feb.adjustments).toEqual([]);
  });

  it('exports: the payment file, and the locked statement as a workbook and a PDF', async () => {
    expect(await paymentFile(t, finance, '2017-01')).toBe('provider,org_number,month,amount_kr\np1,556677-8899,2017-01,-476.00\n');
    const pdf = await exportStatementFile(t, finance, '2016-12', 'p1', 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await viewStatement(t, finance, '2016-12', 'p1')).status).toBe('exported');
  });

  it('an undecided deviation blocks approval, and the API says which', async () => {
    const m = actor('provider_manager', 'exempelo', { providerId: 'p1' });
    const f = actor('finance', 'exempelo');
    await submitStatement(t, m, '2017-03', 'p1');
    const err = await approveStatement(t, f, '2017-03', 'p1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BlockedError);
    expect((err as BlockedError).blockers).toEqual([expect.objectContaining({ kind: 'undecided_deviation', deviation: 'dv4' })]);
    await decideDeviation(t, actor('case_officer', 'exempelo', { districtId: 'd1' }), 'dv4', 'approved', '');
    const ok = await approveStatement(t, f, '2017-03', 'p1');
    expect(ok.statement.lines[0]!.deviationMinutes).toBe(-210);
  });

  it('unresolved exceptions block approval', async () => {
    const m = actor('provider_manager', 'exempelstad', { providerId: 'p1' });
    await submitStatement(t, m, '2017-04', 'p1');
    const err = await approveStatement(t, actor('finance', 'exempelstad'), '2017-04', 'p1').catch((e: unknown) => e);
    expect((err as BlockedError).blockers.map((b) => b.kind)).toEqual(['unresolved_exception', 'unresolved_exception', 'unresolved_exception', 'unresolved_exception']);
  });

  it('nobody acts beyond their scope', async () => {
    await expect(viewStatement(t, actor('provider_manager', 'exempelo', { providerId: 'p2' }), '2017-03', 'p1')).rejects.toBeInstanceOf(NotFoundError);
    await expect(viewStatement(t, actor('staff', 'exempelby', { providerId: 'p1' }), '2016-12', 'p1')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveStatement(t, manager, '2017-02', 'p1')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewExcess(t, actor('case_officer', 'exempelby', { districtId: 'other' }), '2016-12', 'p1', 'c1', 'rejected', 'x')).rejects.toBeInstanceOf(NotFoundError);
    await expect(viewStatement(t, actor('finance', 'exempelo'), '2016-12', 'nobody')).rejects.toBeInstanceOf(NotFoundError);
  });
});
