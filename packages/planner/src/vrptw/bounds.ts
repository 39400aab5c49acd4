import type { Penalties } from './composer.ts';
import type { Problem } from './problem.ts';
import type { Route } from './route.ts';

// Quick lower bounds for moves between two routes: the new distance and load penalty, leaving
// out the time windows (time warp can only add cost). Most candidate moves fail already here, at
// the price of a few matrix look-ups, before the exact pricing in the composer.
// Move numbers follow MOVES in moves.ts.

export class Bounds {
  private readonly d: Float64Array;
  private readonly N: number;
  pen: Penalties = { capacity: 1, timeWarp: 1 };
  /** Written by intraRoute and interRoute, to keep the double off the heap (see cannotImprove). */
  private bound = 0;
  private joined = 0;

  private readonly symmetric: boolean;

  constructor(private readonly p: Problem) {
    this.d = p.dist;
    this.N = p.nodes;
    this.symmetric = isSymmetric(p.dist, p.nodes);
  }

  /**
   * True when the move cannot bring the routes' cost below `before`. It answers a boolean rather
   * than the bound itself because a double returned from a call that is not inlined is boxed on
   * the heap, and this runs hundreds of thousands of times per local search.
   */
  cannotImprove(
    move: number,
    ru: Route,
    pu: number,
    rv: Route,
    pv: number,
    before: number,
  ): boolean {
    if (ru === rv) this.intraRoute(move, ru, pu, pv);
    else this.interRoute(move, ru, pu, rv, pv);
    return this.bound > before;
  }

  /** A lower bound on the cost of the route after a move within it, or -Infinity when not covered. */
  private intraRoute(move: number, r: Route, pu: number, pv: number): void {
    const d = this.d;
    const N = this.N;
    const nodes = r.nodes;
    const a = nodes[pu - 1] as number;
    const u = nodes[pu] as number;
    const x = nodes[pu + 1] as number;
    const v = nodes[pv] as number;
    const y = nodes[pv + 1] as number;
    let delta: number;
    switch (move) {
      case 0:
        if (pv === pu || pv === pu - 1) {
          this.bound = -Infinity;
          return;
        }
        delta =
          (d[a * N + x] as number) -
          (d[a * N + u] as number) -
          (d[u * N + x] as number) +
          (d[v * N + u] as number) +
          (d[u * N + y] as number) -
          (d[v * N + y] as number);
        break;
      case 1:
      case 2: {
        if (pu + 1 > r.size || (pv >= pu - 1 && pv <= pu + 1)) {
          this.bound = -Infinity;
          return;
        }
        const z = nodes[pu + 2] as number;
        delta =
          (d[a * N + z] as number) -
          (d[a * N + u] as number) -
          (d[x * N + z] as number) -
          (d[v * N + y] as number);
        delta +=
          move === 1
            ? (d[v * N + u] as number) + (d[x * N + y] as number)
            : (d[v * N + x] as number) +
              (d[x * N + u] as number) -
              (d[u * N + x] as number) +
              (d[u * N + y] as number);
        break;
      }
      case 4: {
        if (pv === 0 || pv === pu) {
          this.bound = -Infinity;
          return;
        }
        const lo = Math.min(pu, pv);
        const hi = Math.max(pu, pv);
        const p = nodes[lo - 1] as number;
        const s = nodes[lo] as number;
        const t = nodes[hi] as number;
        const q = nodes[hi + 1] as number;
        if (hi === lo + 1)
          delta =
            (d[p * N + t] as number) +
            (d[t * N + s] as number) +
            (d[s * N + q] as number) -
            (d[p * N + s] as number) -
            (d[s * N + t] as number) -
            (d[t * N + q] as number);
        else {
          const s2 = nodes[lo + 1] as number;
          const t0 = nodes[hi - 1] as number;
          delta =
            (d[p * N + t] as number) +
            (d[t * N + s2] as number) +
            (d[t0 * N + s] as number) +
            (d[s * N + q] as number) -
            (d[p * N + s] as number) -
            (d[s * N + s2] as number) -
            (d[t0 * N + t] as number) -
            (d[t * N + q] as number);
        }
        break;
      }
      case 7:
        if (!this.symmetric || pv <= pu + 1) {
          this.bound = -Infinity;
          return;
        }
        delta =
          (d[u * N + v] as number) +
          (d[x * N + y] as number) -
          (d[u * N + x] as number) -
          (d[v * N + y] as number);
        break;
      default:
        this.bound = -Infinity;
        return;
    }
    this.bound = r.distance + delta + this.pen.capacity * Math.max(0, r.load - r.capacity);
  }

  /** A lower bound on the cost of the two new routes, or -Infinity when not covered. */
  private interRoute(move: number, ru: Route, pu: number, rv: Route, pv: number): void {
    const d = this.d;
    const N = this.N;
    const nu = ru.nodes;
    const nv = rv.nodes;
    const a = nu[pu - 1] as number;
    const u = nu[pu] as number;
    const x = nu[pu + 1] as number;
    const v = nv[pv] as number;
    const y = nv[pv + 1] as number;
    const dem = this.p.demand;
    switch (move) {
      case 0: {
        const du = (d[a * N + x] as number) - (d[a * N + u] as number) - (d[u * N + x] as number);
        const dv = (d[v * N + u] as number) + (d[u * N + y] as number) - (d[v * N + y] as number);
        const q = dem[u] as number;
        this.setBoth(ru, du, -q, rv, dv, q);
        return;
      }
      case 1:
      case 2: {
        if (pu + 1 > ru.size) {
          this.bound = -Infinity;
          return;
        }
        const z = nu[pu + 2] as number;
        const du = (d[a * N + z] as number) - (d[a * N + u] as number) - (d[x * N + z] as number);
        const dv =
          move === 1
            ? (d[v * N + u] as number) + (d[x * N + y] as number) - (d[v * N + y] as number)
            : (d[v * N + x] as number) +
              (d[x * N + u] as number) -
              (d[u * N + x] as number) +
              (d[u * N + y] as number) -
              (d[v * N + y] as number);
        const q = (dem[u] as number) + (dem[x] as number);
        this.setBoth(ru, du, -q, rv, dv, q);
        return;
      }
      case 3: {
        // Loads and distances of the two tails come from the prefix sums; the ends stay put.
        const loadU = (ru.preLoad[pu] as number) + rv.load - (rv.preLoad[pv] as number);
        const loadV = (rv.preLoad[pv] as number) + ru.load - (ru.preLoad[pu] as number);
        this.joinTail(u, rv, pv + 1, ru.end);
        const newU = (ru.preDist[pu] as number) + this.joined;
        this.joinTail(v, ru, pu + 1, rv.end);
        const newV = (rv.preDist[pv] as number) + this.joined;
        const cap = this.pen.capacity;
        this.bound =
          newU +
          cap * Math.max(0, loadU - ru.capacity) +
          newV +
          cap * Math.max(0, loadV - rv.capacity);
        return;
      }
      case 4: {
        const b = nv[pv - 1] as number;
        const du =
          (d[a * N + v] as number) +
          (d[v * N + x] as number) -
          (d[a * N + u] as number) -
          (d[u * N + x] as number);
        const dv =
          (d[b * N + u] as number) +
          (d[u * N + y] as number) -
          (d[b * N + v] as number) -
          (d[v * N + y] as number);
        const q = (dem[v] as number) - (dem[u] as number);
        this.setBoth(ru, du, q, rv, dv, -q);
        return;
      }
      case 5: {
        if (pu + 1 > ru.size) {
          this.bound = -Infinity;
          return;
        }
        const b = nv[pv - 1] as number;
        const z = nu[pu + 2] as number;
        const du =
          (d[a * N + v] as number) +
          (d[v * N + z] as number) -
          (d[a * N + u] as number) -
          (d[u * N + x] as number) -
          (d[x * N + z] as number);
        const dv =
          (d[b * N + u] as number) +
          (d[u * N + x] as number) +
          (d[x * N + y] as number) -
          (d[b * N + v] as number) -
          (d[v * N + y] as number);
        const q = (dem[v] as number) - (dem[u] as number) - (dem[x] as number);
        this.setBoth(ru, du, q, rv, dv, -q);
        return;
      }
      case 6: {
        if (pu + 1 > ru.size || pv + 1 > rv.size) {
          this.bound = -Infinity;
          return;
        }
        const b = nv[pv - 1] as number;
        const z = nu[pu + 2] as number;
        const w = nv[pv + 2] as number;
        const du =
          (d[a * N + v] as number) +
          (d[v * N + y] as number) +
          (d[y * N + z] as number) -
          (d[a * N + u] as number) -
          (d[u * N + x] as number) -
          (d[x * N + z] as number);
        const dv =
          (d[b * N + u] as number) +
          (d[u * N + x] as number) +
          (d[x * N + w] as number) -
          (d[b * N + v] as number) -
          (d[v * N + y] as number) -
          (d[y * N + w] as number);
        const q = (dem[v] as number) + (dem[y] as number) - (dem[u] as number) - (dem[x] as number);
        this.setBoth(ru, du, q, rv, dv, -q);
        return;
      }
      default:
        this.bound = -Infinity;
        return;
    }
  }

  private setBoth(ru: Route, du: number, qu: number, rv: Route, dv: number, qv: number): void {
    const cap = this.pen.capacity;
    this.bound =
      ru.distance +
      du +
      cap * Math.max(0, ru.load + qu - ru.capacity) +
      rv.distance +
      dv +
      cap * Math.max(0, rv.load + qv - rv.capacity);
  }

  /** Sets `joined` to the distance from `from` through customers i..k of r to `end`. */
  private joinTail(from: number, r: Route, i: number, end: number): void {
    const d = this.d;
    const N = this.N;
    const k = r.size;
    const nodes = r.nodes;
    this.joined =
      i > k
        ? (d[from * N + end] as number)
        : (d[from * N + (nodes[i] as number)] as number) +
          (r.preDist[k] as number) -
          (r.preDist[i] as number) +
          (d[(nodes[k] as number) * N + end] as number);
  }
}

function isSymmetric(d: Float64Array, n: number): boolean {
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) if (d[i * n + j] !== d[j * n + i]) return false;
  return true;
}
