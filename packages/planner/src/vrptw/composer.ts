import { extraCostOf, VIOLATION_COST, type Problem, type ProblemExtras } from './problem.ts';
import type { Route } from './route.ts';

export interface Penalties {
  capacity: number;
  timeWarp: number;
}

// Prices candidate routes written as a concatenation of pieces of existing routes
// (a prefix, single customers, a middle range, a suffix). Every move is described once, as
// the pieces of the routes it produces; the same description is priced while searching and
// replayed in recording mode to apply the move, so what is priced is what is applied.

export class Composer {
  /** Sum of the penalised costs of the routes finished since reset(). */
  total = 0;
  recording = false;
  /** Skip the time windows: the cost is then a lower bound, cheap enough to filter most moves. */
  boundOnly = false;
  readonly recorded: { route: Route; customers: number[] }[] = [];
  penalties: Penalties = { capacity: 1, timeWarp: 1 };

  private readonly N: number;
  private readonly extras: ProblemExtras | undefined;
  private readonly R: number;
  private readonly stamp: Int32Array;
  private stampId = 0;
  private target!: Route;
  private current: number[] = [];
  private dur = 0;
  private tw = 0;
  private early = 0;
  private late = 0;
  private last = 0;
  private dist = 0;
  private load = 0;
  private extra = 0;

  constructor(private readonly p: Problem) {
    this.N = p.nodes;
    this.extras = p.extra;
    this.R = p.routes.length;
    this.stamp = new Int32Array(p.nodes);
  }

  reset(recording: boolean): void {
    this.total = 0;
    this.recording = recording;
    if (recording) this.recorded.length = 0;
  }

  begin(r: Route): void {
    this.target = r;
    this.dur = 0;
    this.tw = 0;
    this.early = r.earliest;
    this.late = r.latest;
    this.last = r.start;
    this.dist = 0;
    this.load = 0;
    this.extra = 0;
    if (this.recording) this.current = [];
    if (this.extras) this.stampId++;
  }

  /** Customers 1..p of the target route itself, in place. */
  prefix(r: Route, p: number): void {
    if (p <= 0) return;
    this.dur = r.preDur[p] as number;
    this.tw = r.preTw[p] as number;
    this.early = r.preEarly[p] as number;
    this.late = r.preLate[p] as number;
    this.dist = r.preDist[p] as number;
    this.load = r.preLoad[p] as number;
    this.last = r.nodes[p] as number;
    this.addPiece(r, 1, p);
  }

  node(c: number): void {
    const p = this.p;
    this.merge(c, p.service[c] as number, 0, p.ready[c] as number, p.due[c] as number);
    this.dist += p.dist[this.last * this.N + c] as number;
    this.load += p.demand[c] as number;
    this.last = c;
    this.visit(c);
  }

  /** Customers i..j of r in order (none when i > j). */
  range(r: Route, i: number, j: number): void {
    if (j === r.size) {
      this.suffix(r, i);
      return;
    }
    for (let q = i; q <= j; q++) this.node(r.nodes[q] as number);
  }

  /** Customers j..i of r, that is i..j reversed. */
  rangeReversed(r: Route, i: number, j: number): void {
    for (let q = j; q >= i; q--) this.node(r.nodes[q] as number);
  }

  /** Customers i..k of r (none when i > k), without r's end. */
  suffix(r: Route, i: number): void {
    const k = r.size;
    if (i > k) return;
    const first = r.nodes[i] as number;
    this.merge(
      first,
      r.sufDur[i] as number,
      r.sufTw[i] as number,
      r.sufEarly[i] as number,
      r.sufLate[i] as number,
    );
    this.dist +=
      (this.p.dist[this.last * this.N + first] as number) +
      (r.preDist[k] as number) -
      (r.preDist[i] as number);
    this.load += (r.preLoad[k] as number) - (r.preLoad[i - 1] as number);
    this.last = r.nodes[k] as number;
    this.addPiece(r, i, k);
  }

  /** Closes the route at the target's end and adds its penalised cost to `total`. */
  finish(): void {
    const r = this.target;
    this.merge(r.end, 0, 0, r.earliest, r.latest);
    this.dist += this.p.dist[this.last * this.N + r.end] as number;
    const excess = Math.max(0, this.load - r.capacity);
    const cost =
      this.dist + this.penalties.capacity * excess + this.penalties.timeWarp * this.tw + this.extra;
    this.total += cost;
    if (this.recording) this.recorded.push({ route: r, customers: this.current });
  }

  private merge(first: number, d2: number, tw2: number, e2: number, l2: number): void {
    if (this.boundOnly) return;
    const dt = this.p.time[this.last * this.N + first] as number;
    const delta = this.dur - this.tw + dt;
    const wait = Math.max(e2 - delta - this.late, 0);
    const warp = Math.max(this.early + delta - l2, 0);
    this.dur = this.dur + d2 + dt + wait;
    this.tw = this.tw + tw2 + warp;
    this.early = Math.max(e2 - delta, this.early) - wait;
    this.late = Math.min(l2 - delta, this.late) + warp;
  }

  /** Records, prices and checks customers i..j of r, all at once, as they join the target. */
  private addPiece(r: Route, i: number, j: number): void {
    if (this.recording) for (let q = i; q <= j; q++) this.current.push(r.nodes[q] as number);
    if (!this.extras) return;
    const base = this.target.index * r.stride;
    this.extra += (r.preExtra[base + j] as number) - (r.preExtra[base + i - 1] as number);
    // Only customers with a twin can break the double-staffing rule; most pieces have none.
    if ((r.preTwins[j] as number) - (r.preTwins[i - 1] as number) === 0) return;
    for (let q = i; q <= j; q++) this.checkTwin(r.nodes[q] as number);
  }

  private visit(c: number): void {
    if (this.recording) this.current.push(c);
    const x = this.extras;
    if (!x) return;
    this.extra += extraCostOf(x, this.R, c, this.target.index);
    this.checkTwin(c);
  }

  /** Each pair on one route is counted once: when its second half joins. */
  private checkTwin(c: number): void {
    const twin = (this.extras as ProblemExtras).twin[c] as number;
    if (twin < 0) return;
    if (this.stamp[twin] === this.stampId) this.extra += VIOLATION_COST;
    this.stamp[c] = this.stampId;
  }
}
