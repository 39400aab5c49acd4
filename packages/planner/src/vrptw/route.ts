import { extraCostOf, type Problem } from './problem.ts';

// One route under local search, with the prefix and suffix summaries that let a move be priced
// in constant time. The time-window summary of a sequence follows Vidal et al.'s "time warp"
// concatenation: duration (travel, service and waiting), time warp (lateness forced back to a
// window), and the earliest and latest times the sequence may start without extra waiting or
// warp. Two sequences merge in O(1), so a move's new route is a few merges of stored pieces.

export class Route {
  /** nodes[0] is the start, nodes[k + 1] the end; customers are at 1..k. */
  nodes: number[] = [];
  /** Prefix summaries: start .. position p (p = 0..k). */
  readonly preDur: Float64Array;
  readonly preTw: Float64Array;
  readonly preEarly: Float64Array;
  readonly preLate: Float64Array;
  readonly preDist: Float64Array;
  readonly preLoad: Float64Array;
  /** Suffix summaries over customers only: position p .. k (p = 1..k); the end is added apart. */
  readonly sufDur: Float64Array;
  readonly sufTw: Float64Array;
  readonly sufEarly: Float64Array;
  readonly sufLate: Float64Array;
  /**
   * Home care only: preExtra[t * stride + p] sums the assignment costs customers 1..p would
   * have on route t, for every t, so a piece moved to another route is priced in O(1);
   * preTwins[p] counts the customers among 1..p that have a twin (double-staffed visits).
   */
  readonly preExtra: Float64Array;
  readonly preTwins: Int32Array;
  readonly stride: number;
  distance = 0;
  load = 0;
  timeWarp = 0;
  /** Penalised cost under the penalties of the current local search. */
  cost = 0;
  /** Move counter value when this route last changed (drives the "already tested" skip). */
  changedAt = 0;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly earliest: number,
    readonly latest: number,
    readonly capacity: number,
    customers: number,
    routes: number,
    extras: boolean,
  ) {
    // Typed arrays sized for the longest possible route keep every access monomorphic.
    const size = customers + 2;
    this.preDur = new Float64Array(size);
    this.preTw = new Float64Array(size);
    this.preEarly = new Float64Array(size);
    this.preLate = new Float64Array(size);
    this.preDist = new Float64Array(size);
    this.preLoad = new Float64Array(size);
    this.sufDur = new Float64Array(size);
    this.sufTw = new Float64Array(size);
    this.sufEarly = new Float64Array(size);
    this.sufLate = new Float64Array(size);
    this.stride = size;
    this.preExtra = new Float64Array(extras ? routes * size : 0);
    this.preTwins = new Int32Array(extras ? size : 0);
  }

  /** Number of customers. */
  get size(): number {
    return this.nodes.length - 2;
  }

  /** Replaces the customers and recomputes every summary. */
  assign(p: Problem, customers: readonly number[], routeOf: Int32Array, posOf: Int32Array): void {
    const N = p.nodes;
    const nodes = [this.start, ...customers, this.end];
    this.nodes = nodes;
    const k = customers.length;
    for (let i = 1; i <= k; i++) {
      const c = nodes[i] as number;
      routeOf[c] = this.index;
      posOf[c] = i;
    }
    let dur = 0;
    let tw = 0;
    let early = this.earliest;
    let late = this.latest;
    let dist = 0;
    let load = 0;
    this.preDur[0] = dur;
    this.preTw[0] = tw;
    this.preEarly[0] = early;
    this.preLate[0] = late;
    this.preDist[0] = 0;
    this.preLoad[0] = 0;
    for (let i = 1; i <= k + 1; i++) {
      const prev = nodes[i - 1] as number;
      const c = nodes[i] as number;
      const isEnd = i === k + 1;
      const dt = p.time[prev * N + c] as number;
      const e2 = isEnd ? this.earliest : (p.ready[c] as number);
      const l2 = isEnd ? this.latest : (p.due[c] as number);
      const d2 = isEnd ? 0 : (p.service[c] as number);
      const delta = dur - tw + dt;
      const wait = Math.max(e2 - delta - late, 0);
      const warp = Math.max(early + delta - l2, 0);
      dur = dur + d2 + dt + wait;
      tw = tw + warp;
      early = Math.max(e2 - delta, early) - wait;
      late = Math.min(l2 - delta, late) + warp;
      dist += p.dist[prev * N + c] as number;
      if (!isEnd) {
        load += p.demand[c] as number;
        this.preDur[i] = dur;
        this.preTw[i] = tw;
        this.preEarly[i] = early;
        this.preLate[i] = late;
      }
      this.preDist[i] = dist;
      this.preLoad[i] = load;
    }
    this.distance = dist;
    this.load = load;
    this.timeWarp = tw;
    this.computeSuffixes(p);
    if (p.extra) this.computeExtras(p);
  }

  private computeExtras(p: Problem): void {
    const x = p.extra;
    if (!x) return;
    const R = p.routes.length;
    const k = this.nodes.length - 2;
    for (let t = 0; t < R; t++) {
      const base = t * this.stride;
      let sum = 0;
      this.preExtra[base] = 0;
      for (let i = 1; i <= k; i++) {
        sum += extraCostOf(x, R, this.nodes[i] as number, t);
        this.preExtra[base + i] = sum;
      }
    }
    let twins = 0;
    this.preTwins[0] = 0;
    for (let i = 1; i <= k; i++) {
      if ((x.twin[this.nodes[i] as number] as number) >= 0) twins++;
      this.preTwins[i] = twins;
    }
  }

  private computeSuffixes(p: Problem): void {
    const N = p.nodes;
    const nodes = this.nodes;
    const k = nodes.length - 2;
    if (k === 0) return;
    // Built backwards: the summary of c followed by the summary already built.
    const last = nodes[k] as number;
    let dur = p.service[last] as number;
    let tw = 0;
    let early = p.ready[last] as number;
    let late = p.due[last] as number;
    this.sufDur[k] = dur;
    this.sufTw[k] = tw;
    this.sufEarly[k] = early;
    this.sufLate[k] = late;
    for (let i = k - 1; i >= 1; i--) {
      const c = nodes[i] as number;
      const next = nodes[i + 1] as number;
      const d1 = p.service[c] as number;
      const e1 = p.ready[c] as number;
      const l1 = p.due[c] as number;
      const dt = p.time[c * N + next] as number;
      const delta = d1 + dt;
      const wait = Math.max(early - delta - l1, 0);
      const warp = Math.max(e1 + delta - late, 0);
      const nDur = d1 + dur + dt + wait;
      const nTw = tw + warp;
      const nEarly = Math.max(early - delta, e1) - wait;
      const nLate = Math.min(late - delta, l1) + warp;
      dur = nDur;
      tw = nTw;
      early = nEarly;
      late = nLate;
      this.sufDur[i] = dur;
      this.sufTw[i] = tw;
      this.sufEarly[i] = early;
      this.sufLate[i] = late;
    }
  }
}
