import type { Problem } from './problem.ts';

// Granular neighbourhoods: the local search tries each customer only against the `size`
// customers it best combines with. "Combines" weighs distance and the waiting or lateness that
// serving one right after the other would cause (Vidal et al. 2013: 0.2 per unit of waiting,
// 1 per unit of lateness), taking the better of the two orders.

const WAIT_WEIGHT = 0.2;
const LATE_WEIGHT = 1;

export function granularNeighbours(p: Problem, size: number): number[][] {
  const N = p.nodes;
  const lists: number[][] = [[]];
  const after = (u: number, v: number): number => {
    const t = p.time[u * N + v] as number;
    const arrive = (p.ready[u] as number) + (p.service[u] as number) + t;
    const wait = Math.max(
      (p.ready[v] as number) - ((p.due[u] as number) + (p.service[u] as number) + t),
      0,
    );
    const late = Math.max(arrive - (p.due[v] as number), 0);
    return (p.dist[u * N + v] as number) + WAIT_WEIGHT * wait + LATE_WEIGHT * late;
  };
  for (let u = 1; u <= p.n; u++) {
    const scored: { v: number; s: number }[] = [];
    for (let v = 1; v <= p.n; v++) {
      if (v !== u) scored.push({ v, s: Math.min(after(u, v), after(v, u)) });
    }
    scored.sort((a, b) => a.s - b.s || a.v - b.v);
    lists.push(scored.slice(0, size).map((x) => x.v));
  }
  return lists;
}
