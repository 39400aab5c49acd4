import { Bounds } from './bounds.ts';
import { Composer, type Penalties } from './composer.ts';
import {
  MOVES,
  MOVES_AFTER_START,
  relocate,
  relocatePairForward,
  relocatePairReversed,
  twoOptStar,
  type Move,
} from './moves.ts';
import type { Problem } from './problem.ts';
import { Route } from './route.ts';
import type { Rng } from './rng.ts';

const EPSILON = 1e-7;
const INTO_EMPTY: readonly Move[] = [
  relocate,
  relocatePairForward,
  relocatePairReversed,
  twoOptStar,
];

// First-improvement local search over granular neighbourhoods: each customer u is tried only
// against its closest customers v. A pair is re-examined only when one of its two routes changed
// since u was last examined, which makes the later passes cheap.

export class LocalSearch {
  readonly routes: Route[];
  private readonly routeOf: Int32Array;
  private readonly posOf: Int32Array;
  private readonly composer: Composer;
  private readonly bounds: Bounds;
  /** The quick bounds hold only without assignment costs (which may be negative changes). */
  private readonly useBounds: boolean;
  private readonly order: number[];
  private readonly lastTested: Int32Array;
  private moveCount = 0;

  constructor(
    private readonly p: Problem,
    private readonly neighbours: readonly number[][],
    private readonly rng: Rng,
  ) {
    this.routes = p.routes.map(
      (s, i) =>
        new Route(
          i,
          s.start,
          s.end,
          s.earliest,
          s.latest,
          s.capacity,
          p.n,
          p.routes.length,
          p.extra !== undefined,
        ),
    );
    this.routeOf = new Int32Array(p.nodes);
    this.posOf = new Int32Array(p.nodes);
    this.composer = new Composer(p);
    this.bounds = new Bounds(p);
    this.useBounds = p.extra === undefined;
    this.order = Array.from({ length: p.n }, (_, i) => i + 1);
    this.lastTested = new Int32Array(p.nodes);
  }

  /** Improves the routes in place until no move of the neighbourhood gains; returns them. */
  run(routes: readonly (readonly number[])[], penalties: Penalties): number[][] {
    this.load(routes, penalties);
    this.rng.shuffle(this.order);
    for (const list of this.neighbours) if (this.rng.next() < 0.2) this.rng.shuffle(list);
    this.lastTested.fill(-1);
    // At least two passes: moves into empty routes are tried from the second pass on, once the
    // cheaper moves have settled, so they must get a pass even when the first one changed nothing.
    for (let loop = 0, improved = true; improved || loop < 2; loop++) {
      improved = false;
      for (const u of this.order) {
        const testedAt = this.lastTested[u] as number;
        this.lastTested[u] = this.moveCount;
        for (const v of this.neighbours[u] as number[]) {
          const ru = this.routes[this.routeOf[u] as number] as Route;
          const rv = this.routes[this.routeOf[v] as number] as Route;
          if (loop > 0 && Math.max(ru.changedAt, rv.changedAt) <= testedAt) continue;
          if (this.tryMoves(u, v, MOVES.length, false)) {
            improved = true;
            continue;
          }
          if (this.posOf[v] === 1 && this.tryMoves(u, v, MOVES_AFTER_START, true)) improved = true;
        }
        if (loop > 0 && this.tryEmptyRoutes(u)) improved = true;
      }
    }
    return this.routes.map((r) => r.nodes.slice(1, -1));
  }

  private load(routes: readonly (readonly number[])[], penalties: Penalties): void {
    this.composer.penalties = penalties;
    this.bounds.pen = penalties;
    this.moveCount = 0;
    for (const r of this.routes) {
      r.assign(this.p, routes[r.index] ?? [], this.routeOf, this.posOf);
      r.cost = this.price(r);
      r.changedAt = 0;
    }
  }

  /** Tries the first `count` moves on (u, v), or on (u, start of v's route) when atStart. */
  private tryMoves(u: number, v: number, count: number, atStart: boolean): boolean {
    for (let m = 0; m < count; m++) {
      const ru = this.routes[this.routeOf[u] as number] as Route;
      const rv = this.routes[this.routeOf[v] as number] as Route;
      const pv = atStart ? 0 : (this.posOf[v] as number);
      const pu = this.posOf[u] as number;
      if (
        this.useBounds &&
        this.bounds.cannotImprove(
          m,
          ru,
          pu,
          rv,
          pv,
          (ru === rv ? ru.cost : ru.cost + rv.cost) - EPSILON,
        )
      )
        continue;
      if (this.attempt(MOVES[m] as Move, ru, pu, rv, pv)) return true;
    }
    return false;
  }

  private tryEmptyRoutes(u: number): boolean {
    // With identical vehicles one empty route stands for all; otherwise each is distinct.
    const identical = this.p.extra === undefined;
    for (const r of this.routes) {
      if (r.size > 0) continue;
      for (const move of INTO_EMPTY) {
        const ru = this.routes[this.routeOf[u] as number] as Route;
        if (this.attempt(move, ru, this.posOf[u] as number, r, 0)) return true;
      }
      if (identical) return false;
    }
    return false;
  }

  private attempt(move: Move, ru: Route, pu: number, rv: Route, pv: number): boolean {
    const k = this.composer;
    const before = ru === rv ? ru.cost : ru.cost + rv.cost;
    // Without the quick bounds (home care), the composer's own bound filters first.
    if (!this.useBounds) {
      k.reset(false);
      k.boundOnly = true;
      const applies = move(k, ru, pu, rv, pv);
      k.boundOnly = false;
      if (!applies || k.total > before - EPSILON) return false;
    }
    k.reset(false);
    if (!move(k, ru, pu, rv, pv) || k.total > before - EPSILON) return false;
    k.reset(true);
    move(k, ru, pu, rv, pv);
    this.moveCount++;
    const changed = k.recorded.map((x) => ({ route: x.route, customers: x.customers }));
    for (const { route, customers } of changed)
      route.assign(this.p, customers, this.routeOf, this.posOf);
    for (const { route } of changed) {
      route.cost = this.price(route);
      route.changedAt = this.moveCount;
    }
    return true;
  }

  private price(r: Route): number {
    const k = this.composer;
    k.reset(false);
    k.begin(r);
    k.prefix(r, r.size);
    k.finish();
    return k.total;
  }
}
