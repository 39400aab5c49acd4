// The board reads each provider's kept figures, not its statement: what it shows must be what
// each statement's own view shows — totals, what is paid with adjustments for a locked month
// before, lines, whether it can be approved, and its blockers counted by kind.

import type { monthCloseView, MonthBoard } from '@hemma/contract/api';
import { normaliseInstant } from '@hemma/contract/scenario';
import { randomScenario } from '@hemma/domain/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

const SEEDS = [11, 23, 4_711];

type MonthCloseView = z.infer<typeof monthCloseView>;

type Blockers = MonthBoard['providers'][number]['blockers'];

/** The view's blockers counted as the board counts them. */
function countedFromView(view: MonthCloseView): Record<string, { count: number; client?: string }> {
  const all = [...view.blockers.submit, ...view.blockers.approve].map((b) => ({ kind: b.kind, client: String(b.client) }));
  if (view.status === 'draft' || view.status === 'submitted') {
    for (const e of view.statement.excess) if (e.status === 'pending') all.push({ kind: 'pending_excess', client: e.client });
  }
  const out: Record<string, { count: number; client?: string }> = {};
  for (const b of all) {
    const seen = out[b.kind];
    out[b.kind] = seen === undefined ? { count: 1, client: b.client } : { count: seen.count + 1 };
  }
  return out;
}

const countedFromBoard = (blockers: Blockers): Record<string, { count: number; client?: string }> =>
  Object.fromEntries(blockers.map((b) => [b.kind, { count: b.count, ...(b.client !== undefined && { client: b.client }) }]));

describe(`the month-close board agrees with every statement's view (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await buildApp(loadConfig({}), t);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  for (const seed of SEEDS) {
    it(`random scenario ${seed}, with the month before locked for one provider`, async () => {
      const { scenario, months } = randomScenario(seed);
      const mid = `board-${seed}`;
      const registrations = (scenario.registrations as { at: string }[]).map((r) => ({ ...r, at: normaliseInstant(r.at) }));
      const imported = await importScenario(t, { ...scenario, municipality: { ...(scenario.municipality as object), id: mid }, registrations }, { referenceDate: '2026-12-01' });
      if (!imported.ok) throw new Error(JSON.stringify(imported.issues.slice(0, 3)));
      const [before, month] = months as [string, string];
      const finance: Session = await loginAs(app, t, 'finance', { municipalityId: mid });
      const providers = (await t.db.selectFrom('providers').select('provider_id').where('municipality_id', '=', mid).orderBy('provider_id').execute()).map((p) => p.provider_id);
      // A locked month before, approved at a total other than today's: an adjustment is due.
      await t.db.insertInto('statements').values({
        municipality_id: mid, provider_id: providers[0]!, month: before, status: 'approved', total_ore: 12_345,
        document: JSON.stringify({ provider: providers[0], model: 'performed_time', lines: [], excess: [], approvedExcess: [], exceptions: [], registrations: 0, manualRegistrations: 0, undecidedDeviations: 0, totalOre: 12_345 }),
      }).execute();

      const shown = { blockers: 0, adjusted: 0 };
      for (const m of [before, month]) {
        const res = await app.inject({ method: 'GET', url: `/api/v1/month-close/${m}`, headers: finance.headers });
        expect(res.statusCode).toBe(200);
        const board = res.json<MonthBoard>();
        expect(board.providers.map((p) => p.provider)).toEqual(providers);
        for (const p of board.providers) {
          const view = (await app.inject({ method: 'GET', url: `/api/v1/statements/${m}/${p.provider}`, headers: finance.headers })).json<MonthCloseView>();
          const where = `seed ${seed}, ${m}, ${p.provider}`;
          expect({ status: p.status, totalOre: p.totalOre, toPayOre: p.toPayOre, clients: p.clients }, where).toEqual({
            status: view.status, totalOre: view.statement.totalOre, toPayOre: view.toPayOre, clients: view.statement.lines.length,
          });
          expect(p.canApprove, where).toBe(view.status === 'submitted' && view.blockers.approve.length === 0);
          expect(countedFromBoard(p.blockers), where).toEqual(countedFromView(view));
          shown.blockers += p.blockers.length;
          if (p.toPayOre !== p.totalOre) shown.adjusted += 1;
        }
      }
      // Not a comparison of empty boards.
      expect(shown.blockers).toBeGreaterThan(0);
      expect(shown.adjusted).toBe(1);
    });
  }
});
