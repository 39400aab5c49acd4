import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, call, twoMunicipalities } from '../municipality/test-setup.ts';

// The settings screen's previews over HTTP: a week of bands, and what a new rate changes from
// its date (the +2 % journey of issue 12).

describe(`settings previews (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let officer: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    officer = await loginAs(app, t, 'case_officer', { municipalityId: BY });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('shows a new rate from its date and not the day before', async () => {
    type Preview = { dayBefore: string; changedPrices: number; prices: { band: string | null; category: string; providerKind: string; beforeOre: number; afterOre: number }[] };
    const dayCare = (p: Preview) => p.prices.find((x) => x.band === 'day' && x.category === 'care' && x.providerKind === 'municipal')!;
    const current = dayCare((await call(app, admin, 'GET', '/api/v1/settings/changes?from=2031-01-01')).json<Preview>()).afterOre;
    const raised = Math.round(current * 1.02);
    const added = await call(app, admin, 'POST', '/api/v1/rates', { from: '2031-01-01', price: 'per_hour', band: 'day', ore: raised });
    expect(added.statusCode, added.body).toBe(201);

    const preview = await call(app, admin, 'GET', '/api/v1/settings/changes?from=2031-01-01');
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json<Preview>();
    expect(body.dayBefore).toBe('2030-12-31');
    expect(dayCare(body)).toMatchObject({ beforeOre: current, afterOre: raised });
    expect(body.changedPrices).toBe(body.prices.filter((p) => p.band === 'day').length);
    expect((await call(app, admin, 'GET', '/api/v1/settings/changes?from=2030-12-31')).json().changedPrices).toBe(0);
  });

  it('gives the week of bands with holidays, and refuses roles that do not set prices', async () => {
    const week = await call(app, admin, 'GET', '/api/v1/bands/week?date=2026-12-24');
    expect(week.statusCode, week.body).toBe(200);
    const days = week.json<{ days: { date: string; holiday: string | null; spans: { from: string; to: string }[] }[] }>().days;
    expect(days).toHaveLength(7);
    expect(days.find((d) => d.date === '2026-12-25')!.holiday).toBe('christmas_day');
    for (const d of days) expect([d.spans[0]!.from, d.spans.at(-1)!.to]).toEqual(['00:00', '24:00']);
    expect((await call(app, admin, 'GET', '/api/v1/bands/week?date=2026-02-30')).statusCode).toBe(400);
    expect((await call(app, officer, 'GET', '/api/v1/settings/changes?from=2031-01-01')).statusCode).toBe(403);
  });
});
