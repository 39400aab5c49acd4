import { describe, expect, it } from 'vitest';
import { visitsOnDays } from './coming-visits.ts';

const morning = { id: 'm', weekdays: ['mon', 'wed'], windowFrom: '08:00' };
const evening = { id: 'e', weekdays: ['mon'], windowFrom: '19:00' };

describe('visitsOnDays', () => {
  it('lays the visits of plans in force on their weekdays, in window order', () => {
    const plans = [{ orderFrom: '2026-01-01', orderTo: null, planFrom: '2026-11-01', planTo: null, visits: [evening, morning] }];
    // 2026-11-30 is a Monday.
    expect(visitsOnDays(plans, '2026-11-30', 3).map((v) => `${v.date} ${v.visit.id}`)).toEqual(['2026-11-30 m', '2026-11-30 e', '2026-12-02 m']);
  });

  it('leaves out days outside the order or the plan', () => {
    const plans = [{ orderFrom: '2026-01-01', orderTo: '2026-12-01', planFrom: '2026-12-01', planTo: null, visits: [morning] }];
    expect(visitsOnDays(plans, '2026-11-30', 3).map((v) => v.date)).toEqual([]);
    const longer = [{ ...plans[0]!, orderTo: null }];
    expect(visitsOnDays(longer, '2026-11-30', 3).map((v) => v.date)).toEqual(['2026-12-02']);
  });
});
