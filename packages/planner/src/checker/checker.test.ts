import { describe, expect, it } from 'vitest';
import type { SolomonInstance } from '../solomon/parse.ts';
import { checkSolomon } from './index.ts';

// Depot at the origin; three customers on a 3-4-5 triangle so that distances are exact.
const instance: SolomonInstance = {
  name: 'TINY',
  vehicles: 2,
  capacity: 10,
  depot: { id: 0, x: 0, y: 0, demand: 0, ready: 0, due: 100, service: 0 },
  customers: [
    { id: 1, x: 3, y: 0, demand: 4, ready: 0, due: 10, service: 1 },
    { id: 2, x: 3, y: 4, demand: 4, ready: 10, due: 20, service: 1 },
    { id: 3, x: 0, y: 4, demand: 4, ready: 0, due: 50, service: 1 },
  ],
};

describe('checkSolomon', () => {
  it('accepts a feasible solution and recomputes its distance', () => {
    const r = checkSolomon(instance, [[1, 2], [3]]);
    expect(r.errors).toEqual([]);
    expect(r.feasible).toBe(true);
    // 0→1→2→0 is 3 + 4 + 5, 0→3→0 is 4 + 4.
    expect(r.distance).toBeCloseTo(20, 10);
  });

  it('lets a vehicle wait for a ready time', () => {
    // Arrives at 2 at 3 + 1 + 4 = 8 and waits until 10: still on time.
    expect(checkSolomon(instance, [[1, 2, 3]]).feasible).toBe(false); // load 12 > 10
    expect(checkSolomon({ ...instance, capacity: 12 }, [[1, 2, 3]]).feasible).toBe(true);
  });

  it('rejects a customer served after its due date', () => {
    const r = checkSolomon(instance, [[2, 1], [3]]);
    expect(r.feasible).toBe(false);
    expect(r.errors.join()).toMatch(/customer 1 starts at .* after its due date 10/);
  });

  it('rejects a late return to the depot', () => {
    const late = { ...instance, depot: { ...instance.depot, due: 15 } };
    expect(checkSolomon(late, [[1, 2], [3]]).errors.join()).toMatch(/back at the depot/);
  });

  it('rejects exceeding the capacity', () => {
    const r = checkSolomon({ ...instance, capacity: 7 }, [[1, 2], [3]]);
    expect(r.errors).toContain('route 1: load 8 exceeds capacity 7');
  });

  it('rejects a missing, a repeated and an unknown customer', () => {
    expect(checkSolomon(instance, [[1, 2]]).errors).toContain('customer 3 served 0 times');
    expect(
      checkSolomon(instance, [
        [1, 2],
        [3, 3],
      ]).errors,
    ).toContain('customer 3 served 2 times');
    expect(
      checkSolomon(instance, [
        [1, 2],
        [3, 9],
      ]).errors,
    ).toContain('route 2: unknown customer 9');
  });

  it('rejects more routes than vehicles, ignoring empty ones', () => {
    expect(checkSolomon(instance, [[1], [2], [3]]).errors).toContain(
      '3 routes but only 2 vehicles',
    );
    expect(checkSolomon(instance, [[1, 2], [], [3]]).feasible).toBe(true);
  });
});
