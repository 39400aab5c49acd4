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
  // A heuristic, so a fixed set of instances rather than random draws: with 150 iterations it
  // sometimes stops in a local optimum (seed 123 637: 5.5 % above), which made a random-seed
  // property flaky. With 1 000 iterations it reached the optimum on all 295 feasible instances
  // of the first 300 seeds of this series.
  it('finds the optimum of small random instances, and says when there is none', () => {
    const seeds = Array.from({ length: 40 }, (_, i) => 1 + i * 7_919);
    let infeasible = 0;
    for (const seed of seeds) {
      const inst = randomInstance(seed, 6);
      const s = solveSolomon(inst, { seed, iterations: 1_000 });
      const check = checkSolomon(inst, s.routes);
      const optimum = bruteForce(inst);
      if (optimum === Infinity) {
        // Some draws put a due time before the vehicle can arrive: the solver must say so.
        expect(s.feasible).toBe(false);
        expect(check.feasible).toBe(false);
        infeasible++;
        continue;
      }
      expect(check.errors).toEqual([]);
      expect(check.distance).toBeCloseTo(s.distance, 6);
      expect(s.distance).toBeGreaterThanOrEqual(optimum - 1e-6);
      expect(s.distance).toBeCloseTo(optimum, 6);
    }
    // The series must exercise both branches.
    expect(infeasible).toBeGreaterThan(0);
    expect(infeasible).toBeLessThan(seeds.length / 4);
  }, 120_000);

  it('gives the same routes for the same seed and iteration budget', () => {
    const inst = randomInstance(7, 30);
    const a = solveSolomon(inst, { seed: 3, iterations: 60 });
    const b = solveSolomon(inst, { seed: 3, iterations: 60 });
    expect(b.routes).toEqual(a.routes);
    expect(checkSolomon(inst, a.routes).feasible).toBe(true);
  }, 30_000);

  it('stops at the time limit', () => {
    // A clock that moves one millisecond per reading: real time is not asserted on shared machines.
    let now = 0;
    const clock = (): number => now++;
    const s = solveSolomon(randomInstance(11, 60), { seed: 1, timeLimitMs: 300, clock });
    expect(s.iterations).toBeGreaterThan(0);
    // The limit is read between educations: the run ends at the first reading past it.
    expect(now).toBeLessThan(300 + 10);
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
