import type { Composer } from './composer.ts';
import type { Route } from './route.ts';

// The neighbourhood of the local search, each move written as the pieces of the routes it
// produces (see composer.ts). u is the customer at position pu of ru; v is at pv of rv, where
// pv = 0 means "the start of rv" (insert at the front). x and y follow u and v.
// A move returns false when it does not apply to these positions.

export type Move = (k: Composer, ru: Route, pu: number, rv: Route, pv: number) => boolean;

/** Move u to just after v. */
export const relocate: Move = (k, ru, pu, rv, pv) => {
  const u = ru.nodes[pu] as number;
  if (ru !== rv) {
    k.begin(ru);
    k.prefix(ru, pu - 1);
    k.suffix(ru, pu + 1);
    k.finish();
    k.begin(rv);
    k.prefix(rv, pv);
    k.node(u);
    k.suffix(rv, pv + 1);
    k.finish();
    return true;
  }
  if (pv === pu || pv === pu - 1) return false;
  k.begin(ru);
  if (pv < pu) {
    k.prefix(ru, pv);
    k.node(u);
    k.range(ru, pv + 1, pu - 1);
    k.suffix(ru, pu + 1);
  } else {
    k.prefix(ru, pu - 1);
    k.range(ru, pu + 1, pv);
    k.node(u);
    k.suffix(ru, pv + 1);
  }
  k.finish();
  return true;
};

/** Move the pair (u, x) to just after v, kept in order or reversed. */
function relocatePair(reversed: boolean): Move {
  return (k, ru, pu, rv, pv) => {
    if (pu + 1 > ru.size) return false;
    const u = ru.nodes[pu] as number;
    const x = ru.nodes[pu + 1] as number;
    const first = reversed ? x : u;
    const second = reversed ? u : x;
    if (ru !== rv) {
      k.begin(ru);
      k.prefix(ru, pu - 1);
      k.suffix(ru, pu + 2);
      k.finish();
      k.begin(rv);
      k.prefix(rv, pv);
      k.node(first);
      k.node(second);
      k.suffix(rv, pv + 1);
      k.finish();
      return true;
    }
    if (pv >= pu - 1 && pv <= pu + 1) return false;
    k.begin(ru);
    if (pv < pu) {
      k.prefix(ru, pv);
      k.node(first);
      k.node(second);
      k.range(ru, pv + 1, pu - 1);
      k.suffix(ru, pu + 2);
    } else {
      k.prefix(ru, pu - 1);
      k.range(ru, pu + 2, pv);
      k.node(first);
      k.node(second);
      k.suffix(ru, pv + 1);
    }
    k.finish();
    return true;
  };
}

export const relocatePairForward = relocatePair(false);
export const relocatePairReversed = relocatePair(true);

/** Exchange u and v. */
export const swap: Move = (k, ru, pu, rv, pv) => {
  if (pv === 0) return false;
  const u = ru.nodes[pu] as number;
  const v = rv.nodes[pv] as number;
  if (ru !== rv) {
    k.begin(ru);
    k.prefix(ru, pu - 1);
    k.node(v);
    k.suffix(ru, pu + 1);
    k.finish();
    k.begin(rv);
    k.prefix(rv, pv - 1);
    k.node(u);
    k.suffix(rv, pv + 1);
    k.finish();
    return true;
  }
  if (pu === pv) return false;
  const a = Math.min(pu, pv);
  const b = Math.max(pu, pv);
  k.begin(ru);
  k.prefix(ru, a - 1);
  k.node(ru.nodes[b] as number);
  k.range(ru, a + 1, b - 1);
  k.node(ru.nodes[a] as number);
  k.suffix(ru, b + 1);
  k.finish();
  return true;
};

/** Exchange the pair (u, x) with v, or with the pair (v, y); between routes only. */
function swapPairs(withPair: boolean): Move {
  return (k, ru, pu, rv, pv) => {
    if (ru === rv || pv === 0 || pu + 1 > ru.size) return false;
    if (withPair && pv + 1 > rv.size) return false;
    const vLen = withPair ? 2 : 1;
    k.begin(ru);
    k.prefix(ru, pu - 1);
    k.node(rv.nodes[pv] as number);
    if (withPair) k.node(rv.nodes[pv + 1] as number);
    k.suffix(ru, pu + 2);
    k.finish();
    k.begin(rv);
    k.prefix(rv, pv - 1);
    k.node(ru.nodes[pu] as number);
    k.node(ru.nodes[pu + 1] as number);
    k.suffix(rv, pv + vLen);
    k.finish();
    return true;
  };
}

export const swapPairWithOne = swapPairs(false);
export const swapPairWithPair = swapPairs(true);

/** Within a route: reverse the stretch from x to v (classic 2-opt). */
export const twoOpt: Move = (k, ru, pu, rv, pv) => {
  if (ru !== rv || pv <= pu + 1) return false;
  k.begin(ru);
  k.prefix(ru, pu);
  k.rangeReversed(ru, pu + 1, pv);
  k.suffix(ru, pv + 1);
  k.finish();
  return true;
};

/** Between routes: exchange the tails after u and after v (2-opt*), keeping each route's end. */
export const twoOptStar: Move = (k, ru, pu, rv, pv) => {
  if (ru === rv) return false;
  if (pu === ru.size && pv === rv.size) return false;
  k.begin(ru);
  k.prefix(ru, pu);
  k.suffix(rv, pv + 1);
  k.finish();
  k.begin(rv);
  k.prefix(rv, pv);
  k.suffix(ru, pu + 1);
  k.finish();
  return true;
};

/** Moves tried for a customer v; the first four also apply when v is a route's start. */
export const MOVES: readonly Move[] = [
  relocate,
  relocatePairForward,
  relocatePairReversed,
  twoOptStar,
  swap,
  swapPairWithOne,
  swapPairWithPair,
  twoOpt,
];
export const MOVES_AFTER_START = 4;
