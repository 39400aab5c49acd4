import type { Penalties } from './composer.ts';
import { brokenPairs, penalisedCost, type Individual } from './individual.ts';
import type { Rng } from './rng.ts';

// Two subpopulations, feasible and infeasible, each kept between mu and mu + lambda members.
// Survivors and parents are chosen by "biased fitness": the rank by cost plus a weighted rank by
// contribution to diversity, so that the search keeps distinct good solutions (Vidal et al. 2012).

export interface PopulationParams {
  mu: number;
  lambda: number;
  elite: number;
  close: number;
}

export const DEFAULT_POPULATION: PopulationParams = { mu: 25, lambda: 40, elite: 4, close: 5 };

export class Population {
  readonly feasible: Individual[] = [];
  readonly infeasible: Individual[] = [];

  constructor(
    private readonly params: PopulationParams,
    private readonly penalties: Penalties,
  ) {}

  add(x: Individual): void {
    const sub = x.feasible ? this.feasible : this.infeasible;
    for (const other of sub) {
      const d = brokenPairs(x, other);
      insertNear(x, d, other);
      insertNear(other, d, x);
    }
    const cost = this.cost(x);
    let at = sub.findIndex((y) => this.cost(y) > cost);
    if (at < 0) at = sub.length;
    sub.splice(at, 0, x);
    if (sub.length > this.params.mu + this.params.lambda) {
      while (sub.length > this.params.mu) this.removeWorst(sub);
    }
  }

  /** Re-sorts the infeasible members after the penalties changed. */
  penaltiesChanged(): void {
    this.infeasible.sort((a, b) => this.cost(a) - this.cost(b));
  }

  /** Binary tournament on biased fitness over both subpopulations. */
  parent(rng: Rng): Individual {
    this.updateFitness(this.feasible);
    this.updateFitness(this.infeasible);
    const total = this.feasible.length + this.infeasible.length;
    const pick = (): Individual => {
      const i = rng.int(total);
      return (
        i < this.feasible.length ? this.feasible[i] : this.infeasible[i - this.feasible.length]
      ) as Individual;
    };
    const a = pick();
    const b = pick();
    return a.fitness < b.fitness ? a : b;
  }

  clear(): void {
    this.feasible.length = 0;
    this.infeasible.length = 0;
  }

  get size(): number {
    return this.feasible.length + this.infeasible.length;
  }

  private cost(x: Individual): number {
    return penalisedCost(x, this.penalties);
  }

  private removeWorst(sub: Individual[]): void {
    this.updateFitness(sub);
    let worst = -1;
    let worstIsClone = false;
    let worstFitness = -Infinity;
    // Skip the best member: it is never removed. Clones go first, then the worst fitness.
    for (let i = 1; i < sub.length; i++) {
      const x = sub[i] as Individual;
      const isClone = (x.near[0]?.d ?? 1) < 1e-9;
      if ((isClone && !worstIsClone) || (isClone === worstIsClone && x.fitness > worstFitness)) {
        worst = i;
        worstIsClone = isClone;
        worstFitness = x.fitness;
      }
    }
    const [gone] = sub.splice(worst, 1);
    for (const y of sub) {
      const k = y.near.findIndex((e) => e.other === gone);
      if (k >= 0) y.near.splice(k, 1);
    }
  }

  private updateFitness(sub: Individual[]): void {
    const size = sub.length;
    if (size === 1) (sub[0] as Individual).fitness = 0;
    if (size <= 1) return;
    const diversity = sub.map((x, i) => ({ i, d: averageClose(x, this.params.close) }));
    diversity.sort((a, b) => b.d - a.d);
    const weight = 1 - this.params.elite / size;
    // sub is sorted by cost, so a member's cost rank is its index.
    diversity.forEach(({ i }, divRank) => {
      (sub[i] as Individual).fitness = i / (size - 1) + (weight * divRank) / (size - 1);
    });
  }
}

function insertNear(x: Individual, d: number, other: Individual): void {
  let at = x.near.findIndex((e) => e.d > d);
  if (at < 0) at = x.near.length;
  x.near.splice(at, 0, { d, other });
}

function averageClose(x: Individual, close: number): number {
  const k = Math.min(close, x.near.length);
  if (k === 0) return 0;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += (x.near[i] as { d: number }).d;
  return sum / k;
}
