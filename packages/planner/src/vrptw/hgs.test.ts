import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSolomon } from '../checker/index.ts';
import type { SolomonInstance } from '../solomon/parse.ts';
import { solveSolomon } from '../solomon/solve.ts';
import { Rng } from './rng.ts';

function randomInstance(seed: number, n: number): SolomonInstance {
  const rng = new Rng(seed);
  const customers = Array.from({ length: n }, (_, i) => {
    const ready = rng.int(100);
    return {
      id: i + 1,
      x: rng.int(51),
      y: rng.int(51),
      demand: 1 + rng.int(10),
      ready,
      due: ready + 20 + rng.int(80),
      service: 10,
    };
  });
  return {
    name: `random-${seed}`,
    vehicles: n,
    capacity: 20,
    depot: { id: 0, x: 25, y: 25, demand: 0, ready: 0, due: 400, service: 0 },
    customers,
  };
}

/** The optimum by enumeration: every order of the customers, cut into routes in every way. */
function bruteForce(inst: SolomonInstance): number {
  const ids = inst.customers.map((c) => c.id);
  let best = Infinity;
  const permute = (prefix: number[], rest: number[]): void => {
    if (rest.length === 0) {
      for (let cuts = 0; cuts < 1 << (prefix.length - 1); cuts++) {
        const routes: number[][] = [[]];
        prefix.forEach((id, i) => {
          (routes[routes.length - 1] as number[]).push(id);
          if (i < prefix.length - 1 && cuts & (1 << i)) routes.push([]);
        });
        const r = checkSolomon(inst, routes);
        if (r.feasible) best = Math.min(best, r.distance);
      }
      return;
    }
    rest.forEach((id, i) =>
      permute(
        [...prefix, id],
        rest.filter((_, j) => j !== i),
      ),
    );
  };
  permute([], ids);
  return best;
}

describe('solve (hybrid genetic search)', () => {
  it('finds the optimum of small random instances', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const inst = randomInstance(seed, 6);
        const s = solveSolomon(inst, { seed, iterations: 150 });
        const check = checkSolomon(inst, s.routes);
        expect(check.errors).toEqual([]);
        expect(check.distance).toBeCloseTo(s.distance, 6);
        expect(s.distance).toBeCloseTo(bruteForce(inst), 6);
      }),
      { numRuns: 4 },
    );
  }, 30_000);

  it('gives the same routes for the same seed and iteration budget', () => {
    const inst = randomInstance(7, 30);
    const a = solveSolomon(inst, { seed: 3, iterations: 60 });
    const b = solveSolomon(inst, { seed: 3, iterations: 60 });
    expect(b.routes).toEqual(a.routes);
    expect(checkSolomon(inst, a.routes).feasible).toBe(true);
  }, 30_000);

  it('stops at the time limit', () => {
    const inst = randomInstance(11, 60);
    const started = performance.now();
    const s = solveSolomon(inst, { seed: 1, timeLimitMs: 300 });
    // One local search may run past the limit; it takes milliseconds, not seconds.
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(s.iterations).toBeGreaterThan(0);
  });

  it('keeps to the number of vehicles', () => {
    // Capacity lets two vehicles suffice, and only two exist.
    const inst = { ...randomInstance(5, 12), vehicles: 2, capacity: 1_000 };
    inst.customers = inst.customers.map((c) => ({ ...c, ready: 0, due: 1_000 }));
    inst.depot = { ...inst.depot, due: 2_000 };
    const s = solveSolomon(inst, { seed: 1, iterations: 100 });
    expect(s.routes.length).toBeLessThanOrEqual(2);
    expect(checkSolomon(inst, s.routes).feasible).toBe(true);
  });
});
