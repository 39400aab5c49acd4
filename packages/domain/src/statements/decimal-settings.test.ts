import { describe, expect, it } from 'vitest';
import type { Order } from '../model/care-data.ts';
import { applyPercent } from '../money/rounding.ts';
import { orderedMinutes, proratedMinutes } from './orders.ts';

function order(hoursPerMonth: Order['hoursPerMonth']): Order {
  return { id: 'o1', client: 'c1', provider: 'p1', from: '2019-02-01', to: null, hoursPerMonth, doubleStaffing: false };
}

// "values are hours (decimals allowed)" and every round is of the exact value: the import
// takes any number of decimals (1/3 hour is 0.3333333333333333 in JSON), so the engine must.
describe('R-6 ordered minutes with any number of decimals', () => {
  it('sums the areas exactly before the one rounding', () => {
    expect(orderedMinutes(order({ personal_care: 2 / 3, service: 1 / 3 }), 28, 28)).toBe(60);
    expect(orderedMinutes(order({ personal_care: 1 / 3 }), 28, 28)).toBe(20);
  });

  it('rounds half up on the exact value, not on a scaled one', () => {
    // 0.0166666666 h × 60 × 15/30 = 0.499999998 → 0; 0.0166666667 h → 0.500000001 → 1.
    expect(proratedMinutes(0.0166666666, 15, 30)).toBe(0);
    expect(proratedMinutes(0.0166666667, 15, 30)).toBe(1);
  });
});

describe('R-10 / R-11 percents with any number of decimals', () => {
  it('applies cap and declined percents exactly', () => {
    expect(applyPercent(3, 100 / 3)).toBe(1);
    expect(applyPercent(3, 50.0000001)).toBe(2); // 1.500000003
    expect(applyPercent(3, 49.9999999)).toBe(1); // 1.499999997
    expect(applyPercent(22.5, 100)).toBe(23);
  });
});
