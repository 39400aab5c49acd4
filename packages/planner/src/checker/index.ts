import type { SolomonInstance } from '../solomon/parse.ts';

// An independent feasibility check of a Solomon solution, written from the instance alone and
// sharing nothing with the solver: the benchmark trusts a reported distance only after it.

export interface CheckResult {
  feasible: boolean;
  /** Total Euclidean distance in double precision, recomputed from the routes. */
  distance: number;
  /** One line per violated rule; empty when feasible. */
  errors: string[];
}

const TOLERANCE = 1e-6;

export function checkSolomon(
  inst: SolomonInstance,
  routes: readonly (readonly number[])[],
): CheckResult {
  const errors: string[] = [];
  const byId = new Map(inst.customers.map((c) => [c.id, c]));
  const served = new Map<number, number>();
  const used = routes.filter((r) => r.length > 0);
  if (used.length > inst.vehicles)
    errors.push(`${used.length} routes but only ${inst.vehicles} vehicles`);
  let distance = 0;
  used.forEach((route, r) => {
    let at = inst.depot;
    let time = inst.depot.ready;
    let load = 0;
    for (const id of route) {
      const c = byId.get(id);
      if (!c) {
        errors.push(`route ${r + 1}: unknown customer ${id}`);
        continue;
      }
      served.set(id, (served.get(id) ?? 0) + 1);
      const leg = Math.hypot(c.x - at.x, c.y - at.y);
      distance += leg;
      time = Math.max(time + leg, c.ready);
      if (time > c.due + TOLERANCE)
        errors.push(
          `route ${r + 1}: customer ${id} starts at ${time.toFixed(2)} after its due date ${c.due}`,
        );
      time += c.service;
      load += c.demand;
      at = c;
    }
    const back = Math.hypot(inst.depot.x - at.x, inst.depot.y - at.y);
    distance += back;
    if (time + back > inst.depot.due + TOLERANCE)
      errors.push(
        `route ${r + 1}: back at the depot at ${(time + back).toFixed(2)} after ${inst.depot.due}`,
      );
    if (load > inst.capacity + TOLERANCE)
      errors.push(`route ${r + 1}: load ${load} exceeds capacity ${inst.capacity}`);
  });
  for (const c of inst.customers) {
    const times = served.get(c.id) ?? 0;
    if (times !== 1) errors.push(`customer ${c.id} served ${times} times`);
  }
  return { feasible: errors.length === 0, distance, errors };
}
