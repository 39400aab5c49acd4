import type { Penalties } from './composer.ts';
import type { Problem, RouteSpec } from './problem.ts';

// Cuts a giant tour into at most one route per vehicle, optimally for the penalised cost
// (distance, excess load, time warp), by dynamic programming over (vehicles used, customers
// served). Side constraints of home care are left to the local search that follows.

export function split(p: Problem, tour: readonly number[], pen: Penalties): number[][] {
  const n = tour.length;
  const R = p.routes.length;
  const first = p.routes[0];
  if (first && p.routes.every((r) => sameVehicle(r, first))) {
    // Identical vehicles: the unlimited-fleet split is much cheaper and usually fits the fleet.
    const routes = splitUnlimited(tour, segmentCosts(p, tour, first, pen));
    if (routes.length <= R) {
      while (routes.length < R) routes.push([]);
      return routes;
    }
  }
  // best[j] after layer r: cheapest way to serve tour[0..j) with the first r vehicles.
  let best = new Float64Array(n + 1).fill(Infinity);
  best[0] = 0;
  const from: Int32Array[] = [];
  let cost: Float64Array | null = null;
  for (let r = 0; r < R; r++) {
    const spec = p.routes[r] as RouteSpec;
    if (cost === null || !sameVehicle(spec, p.routes[r - 1]))
      cost = segmentCosts(p, tour, spec, pen);
    const next = Float64Array.from(best);
    const choice = new Int32Array(n + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const base = best[i] as number;
      if (base === Infinity) continue;
      for (let j = i + 1; j <= n; j++) {
        const c = base + (cost[i * (n + 1) + j] as number);
        if (c < (next[j] as number)) {
          next[j] = c;
          choice[j] = i;
        }
      }
    }
    from.push(choice);
    best = next;
  }
  const routes: number[][] = Array.from({ length: R }, () => []);
  for (let r = R - 1, j = n; r >= 0 && j > 0; r--) {
    const i = (from[r] as Int32Array)[j] as number;
    if (i < 0) continue;
    routes[r] = tour.slice(i, j);
    j = i;
  }
  return routes;
}

function splitUnlimited(tour: readonly number[], cost: Float64Array): number[][] {
  const n = tour.length;
  const best = new Float64Array(n + 1).fill(Infinity);
  const from = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const base = best[i] as number;
    for (let j = i + 1; j <= n; j++) {
      const c = base + (cost[i * (n + 1) + j] as number);
      if (c < (best[j] as number)) {
        best[j] = c;
        from[j] = i;
      }
    }
  }
  const routes: number[][] = [];
  for (let j = n; j > 0; j = from[j] as number) routes.push(tour.slice(from[j], j));
  return routes.reverse();
}

function sameVehicle(a: RouteSpec, b: RouteSpec | undefined): boolean {
  return (
    b !== undefined &&
    a.start === b.start &&
    a.end === b.end &&
    a.earliest === b.earliest &&
    a.latest === b.latest &&
    a.capacity === b.capacity
  );
}

/** cost[i * (n + 1) + j]: penalised cost of one route serving tour[i..j). */
function segmentCosts(
  p: Problem,
  tour: readonly number[],
  spec: RouteSpec,
  pen: Penalties,
): Float64Array {
  const n = tour.length;
  const N = p.nodes;
  const out = new Float64Array((n + 1) * (n + 1));
  for (let i = 0; i < n; i++) {
    let time = spec.earliest;
    let warp = 0;
    let dist = 0;
    let load = 0;
    let prev = spec.start;
    for (let j = i; j < n; j++) {
      const c = tour[j] as number;
      dist += p.dist[prev * N + c] as number;
      time = Math.max(time + (p.time[prev * N + c] as number), p.ready[c] as number);
      if (time > (p.due[c] as number)) {
        warp += time - (p.due[c] as number);
        time = p.due[c] as number;
      }
      time += p.service[c] as number;
      load += p.demand[c] as number;
      prev = c;
      const back = time + (p.time[c * N + spec.end] as number);
      const endWarp = Math.max(0, back - spec.latest);
      const total = dist + (p.dist[c * N + spec.end] as number);
      out[i * (n + 1) + j + 1] =
        total + pen.capacity * Math.max(0, load - spec.capacity) + pen.timeWarp * (warp + endWarp);
    }
  }
  return out;
}
