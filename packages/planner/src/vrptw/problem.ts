// The routing problem the search works on: general enough for Solomon's benchmark (one depot,
// identical vehicles) and for home care (each staff member starts and ends at their own place,
// within their own shift, with skills and double-staffed visits).
//
// Nodes are indices into the matrices. Customers (visits) are 1..n; every other index is a
// place where a route may start or end.

export interface Problem {
  /** Number of customers; they are nodes 1..n. */
  n: number;
  /** Number of nodes (customers and depots); matrices are nodes × nodes, row-major. */
  nodes: number;
  /** Cost of travelling i → j, what the search minimises. */
  dist: Float64Array;
  /** Travel time i → j, used for the time windows (may be the same array as dist). */
  time: Float64Array;
  demand: Float64Array;
  /** Earliest start of service per node. */
  ready: Float64Array;
  /** Latest start of service per node. */
  due: Float64Array;
  service: Float64Array;
  /** One entry per route (vehicle or staff shift). */
  routes: RouteSpec[];
  /** Optional side constraints and costs, used by home care; absent for plain VRPTW. */
  extra?: ProblemExtras | undefined;
}

export interface RouteSpec {
  start: number;
  end: number;
  /** Leave the start no earlier than this; reach the end no later than `latest`. */
  earliest: number;
  latest: number;
  capacity: number;
}

export interface ProblemExtras {
  /** allowed[c * R + r] = 1 when customer c may be served by route r (skills, availability). */
  allowed: Uint8Array;
  /** twin[c] = the other half of a double-staffed visit, or -1: the two must be on different routes. */
  twin: Int32Array;
  /** assignCost[c * R + r]: extra cost for serving c with route r (continuity). */
  assignCost: Float64Array;
}

/** Cost of one broken side constraint (skill, double staffing): far above any travel cost. */
export const VIOLATION_COST = 1e6;

/** Assignment cost of customer c on route r, a forbidden pair counted as a violation. */
export function extraCostOf(x: ProblemExtras, R: number, c: number, r: number): number {
  return (x.assignCost[c * R + r] as number) + (x.allowed[c * R + r] === 0 ? VIOLATION_COST : 0);
}
