import { describe, expect, it } from 'vitest';
import type { Band, Rate, Rule } from '../model/care-data.ts';
import { bandWeek } from './band-week.ts';
import { changePreview } from './change-preview.ts';

const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as Band['days'];
const bands: Band[] = [
  { id: 'day', from: '07:00', to: '19:00', days: ALL_DAYS, price: 'per_hour', precedence: 0 },
  { id: 'evening', from: '19:00', to: '07:00', days: ALL_DAYS, price: 'per_hour', precedence: 0 },
  { id: 'holiday', from: '00:00', to: '00:00', days: ['holiday'], price: 'per_hour', precedence: 10 },
];

describe('changePreview', () => {
  const rates: Rate[] = [
    { from: '2016-01-01', price: 'per_hour', ore: 40_000 },
    { from: '2016-01-01', price: 'per_hour', band: 'evening', ore: 45_000 },
    // +2 % on the day band from 2027-01-01.
    { from: '2027-01-01', price: 'per_hour', band: 'day', ore: 40_800 },
  ];
  const rules: Rule[] = [{ from: '2016-01-01', capPercent: 110, declinedAtDoorPercent: { care: 100, service: 100 } }];

  it('shows the prices before and from the date, and which changed', () => {
    const p = changePreview(bands, rules, rates, '2027-01-01');
    expect(p.dayBefore).toBe('2026-12-31');
    const day = p.prices.filter((x) => x.band === 'day');
    expect(day).toHaveLength(4);
    for (const x of day) expect([x.beforeOre, x.afterOre]).toEqual([40_000, 40_800]);
    for (const x of p.prices.filter((x) => x.band === 'evening')) expect([x.beforeOre, x.afterOre]).toEqual([45_000, 45_000]);
    expect(p.changedPrices).toBe(4);
    expect(p.rule.changed).toBe(false);
    // No per-month rate exists: those points are left out.
    expect(p.prices.some((x) => x.price === 'per_month')).toBe(false);
  });

  it('shows nothing changed the day after, and a rule that changes', () => {
    expect(changePreview(bands, rules, rates, '2027-01-02').changedPrices).toBe(0);
    const later: Rule[] = [...rules, { from: '2027-01-01', capPercent: 100, declinedAtDoorPercent: { care: 0, service: 100 } }];
    const p = changePreview(bands, later, rates, '2027-01-01');
    expect(p.rule).toMatchObject({ changed: true, before: { capPercent: 110 }, after: { capPercent: 100, declinedAtDoorPercent: { care: 0 } } });
  });
});

describe('bandWeek', () => {
  it('gives Monday to Sunday of the week with the bands of each hour and the holidays named', () => {
    const week = bandWeek(bands, ['christmas_eve'], '2026-12-24');
    expect(week.map((d) => d.date)).toEqual(['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27']);
    expect(week.map((d) => d.holiday)).toEqual([null, null, null, 'christmas_eve', 'christmas_day', 'boxing_day', null]);
    expect(week[0]!.spans).toEqual([
      { from: '00:00', to: '07:00', band: 'evening' },
      { from: '07:00', to: '19:00', band: 'day' },
      { from: '19:00', to: '24:00', band: 'evening' },
    ]);
    expect(week[3]!.spans).toEqual([{ from: '00:00', to: '24:00', band: 'holiday' }]);
  });

  it('leaves an eve the municipality does not count as an ordinary day', () => {
    const week = bandWeek(bands, [], '2026-12-24');
    expect(week[3]!.holiday).toBeNull();
    expect(week[3]!.spans.map((s) => s.band)).toEqual(['evening', 'day', 'evening']);
  });
});
