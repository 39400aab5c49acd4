import type { Problem } from '../vrptw/problem.ts';
import type { SolomonInstance } from './parse.ts';

/**
 * The search's problem for a Solomon instance: node 0 the depot, node i the i-th customer of
 * the file, Euclidean distances in double precision used as travel times, one route per vehicle.
 * `ids[i]` maps node i back to the customer number of the file.
 */
export function solomonProblem(inst: SolomonInstance): { problem: Problem; ids: number[] } {
  const all = [inst.depot, ...inst.customers];
  const N = all.length;
  const dist = new Float64Array(N * N);
  for (let i = 0; i < N; i++) {
    for (let j = 0; j < N; j++) {
      const a = all[i];
      const b = all[j];
      if (a && b) dist[i * N + j] = Math.hypot(a.x - b.x, a.y - b.y);
    }
  }
  const field = (f: (c: (typeof all)[number]) => number): Float64Array => Float64Array.from(all, f);
  const route = {
    start: 0,
    end: 0,
    earliest: inst.depot.ready,
    latest: inst.depot.due,
    capacity: inst.capacity,
  };
  const problem: Problem = {
    n: inst.customers.length,
    nodes: N,
    dist,
    time: dist,
    demand: field((c) => c.demand),
    ready: field((c) => c.ready),
    due: field((c) => c.due),
    service: field((c) => c.service),
    routes: Array.from({ length: inst.vehicles }, () => ({ ...route })),
  };
  return { problem, ids: all.map((c) => c.id) };
}
