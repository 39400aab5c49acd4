import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { openTestDatabase, type TestDatabase } from '../testing/test-db.ts';
import { areasNotOffered } from '@hemma/domain';
import { generateDemo } from './generate.ts';
import { DEMO_OFFERS } from './provider-offers.ts';
import { derivePassedDays } from '../modules/work-shifts/derive.ts';
import { seedDemoIfEmpty } from './seed.ts';
import { timeAtClientsOfMonths } from './time-share.ts';

describe('the demo municipality', () => {
  let t: TestDatabase;
  beforeAll(async () => (t = await openTestDatabase()));
  afterAll(() => t.dispose());

  it('is the same every time for the same months', () => {
    expect(JSON.stringify(generateDemo({ firstMonth: '2026-09' }))).toBe(JSON.stringify(generateDemo({ firstMonth: '2026-09' })));
  });

  it('has the promised shape: 3 districts, 4 providers (1 municipal), ~40 staff, ~150 clients, several areas', () => {
    const d = generateDemo({ firstMonth: '2026-09' });
    expect(d.districts).toHaveLength(3);
    expect(d.providers?.map((p) => p.kind).sort()).toEqual(['municipal', 'private', 'private', 'private']);
    expect(d.staff).toHaveLength(40);
    expect(d.clients).toHaveLength(150);
    const areas = new Set(d.orders?.flatMap((o) => Object.keys(o.hoursPerMonth)));
    expect([...areas].sort()).toEqual(['alarm', 'meals', 'personal_care', 'service']);
    // Every order fits the offer of its provider (the API would refuse one that did not).
    for (const o of d.orders ?? []) expect(areasNotOffered(Object.keys(o.hoursPerMonth), DEMO_OFFERS[o.provider] ?? [])).toEqual([]);
    expect(Object.keys(DEMO_OFFERS).sort()).toEqual(d.providers?.map((p) => p.id).sort());
    const kinds = new Set(d.registrations?.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['arrive', 'leave', 'declined_at_door', 'declined_in_advance']));
  });

  it('gives every staff member with visits the shifts of her weekly pattern in the demo months', () => {
    const d = generateDemo({ firstMonth: '2026-09' });
    const withVisits = new Set(d.registrations?.map((r) => r.staff));
    const withShifts = new Set(d.shifts?.map((s) => s.staff));
    expect([...withVisits].filter((s) => !withShifts.has(s))).toEqual([]);
    expect(d.shifts?.every((s) => s.from >= '2026-09-01' && s.from < '2026-11-01')).toBe(true);
  });

  it('gives visits to staff on shift, the client\'s own carers first: a handful a month', () => {
    const d = generateDemo({ firstMonth: '2026-09' });
    const shifts = new Map<string, [number, number][]>();
    for (const s of d.shifts ?? []) shifts.set(s.staff, [...(shifts.get(s.staff) ?? []), [Date.parse(s.from), Date.parse(s.to)]]);
    const arrivals = (d.registrations ?? []).filter((r) => r.kind === 'arrive');
    const outside = arrivals.filter((r) => !(shifts.get(r.staff) ?? []).some(([from, to]) => from <= Date.parse(r.at) && Date.parse(r.at) < to));
    // A few visits are made in overtime, as happens when nobody on shift is free.
    expect(outside.length / arrivals.length).toBeLessThan(0.02);
    const staffOf = new Map<string, Set<string>>();
    for (const r of arrivals) {
      const key = `${r.client} ${r.at.slice(0, 7)}`;
      staffOf.set(key, (staffOf.get(key) ?? new Set()).add(r.staff));
    }
    const counts = [...staffOf.values()].map((s) => s.size).sort((a, b) => a - b);
    expect(counts[Math.floor(counts.length / 2)]).toBeLessThanOrEqual(6);
  });

  it('is seeded through the import path once, and not again', async () => {
    const today = Temporal.PlainDate.from('2026-11-23');
    const seeded = await seedDemoIfEmpty(t, today);
    expect(seeded?.municipality).toBe('demoby');
    // A demo month can be closed: exceptions are under 2 % of visits, of kinds a manager knows.
    for (const share of seeded!.exceptions) {
      expect(share.visits).toBeGreaterThan(1000);
      expect(share.exceptions / share.visits).toBeLessThan(0.02);
      expect(Object.keys(share.byType).every((t) => ['missing_leave', 'missing_arrive'].includes(t))).toBe(true);
    }
    expect(seeded!.summary).toMatch(/exceptions in \d+ visits/);
    // Time at clients shows figures, near the research average (58 %), for every provider.
    for (const doc of seeded!.timeAtClients) {
      expect(doc.providers).toHaveLength(4);
      for (const p of doc.providers) {
        expect(p.shiftMinutes).toBeGreaterThan(0);
        expect(p.percent).toBeGreaterThan(30);
        expect(p.percent).toBeLessThan(90);
      }
    }
    expect(seeded!.summary).toMatch(/\d+\.\d % of shift time at clients/);
    // The week plan is mostly plain: few planned visits fall outside their staff's shifts, those
    // of the staff off sick or on a course this week.
    expect(seeded!.plansOverShifts.cells).toBeGreaterThan(500);
    expect(seeded!.plansOverShifts.outside).toBeGreaterThan(0);
    expect(seeded!.plansOverShifts.outside / seeded!.plansOverShifts.cells).toBeLessThan(0.02);
    expect(seeded!.summary).toMatch(/planned visits of this week outside their staff's shifts/);
    expect(await seedDemoIfEmpty(t, today)).toBeNull();
    // The server derives the passed days' shifts from the same patterns: the demo months keep
    // their imported shifts and figures; the days of this month so far get derived ones.
    expect(await derivePassedDays(t.db, 'demoby', 'Europe/Stockholm', new Date('2026-11-23T11:00:00Z'))).not.toBe('busy');
    const derived = await sql<{ first: Date; last: Date }>`select min(starts_at) as first, max(starts_at) as last from work_shifts where source = 'derived'`.execute(t.db);
    expect(derived.rows[0]!.first.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-10-31T23:00:00Z'));
    expect(derived.rows[0]!.last.getTime()).toBeLessThan(Date.parse('2026-11-22T23:00:00Z'));
    expect(await timeAtClientsOfMonths(t.db, 'demoby', seeded!.timeAtClients.map((d) => d.month))).toEqual(seeded!.timeAtClients);
    const { rows } = await sql<{ first: Date; last: Date }>`select min(at) as first, max(at) as last from registrations`.execute(t.db);
    expect(rows[0]!.first.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-08-31T00:00:00Z'));
    expect(rows[0]!.last.getTime()).toBeLessThan(Date.parse('2026-11-01T00:00:00Z'));
  });
});
