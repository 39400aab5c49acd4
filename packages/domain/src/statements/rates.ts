// Rate selection ("Rates" in the scenario spec): candidates are the entries whose narrowing
// fields all match the item and whose `from` is on or before its date; the winner has the
// most narrowing fields, then the latest `from`, then is listed last. Answers are cached:
// a month asks the same few questions millions of times.

import type { Category, ProviderKind, Rate, RatePrice, ServiceArea } from '../model/care-data.ts';

export interface RateQuery {
  price: RatePrice;
  providerKind: ProviderKind;
  /** ISO date of the item. */
  date: string;
  band?: string | undefined;
  category?: Category | undefined;
  area?: ServiceArea | undefined;
}

function narrowing(rate: Rate): number {
  return (
    (rate.band === undefined ? 0 : 1) +
    (rate.category === undefined ? 0 : 1) +
    (rate.providerKind === undefined ? 0 : 1) +
    (rate.area === undefined ? 0 : 1)
  );
}

function matches(rate: Rate, q: RateQuery): boolean {
  return (
    rate.price === q.price &&
    rate.from <= q.date &&
    (rate.band === undefined || rate.band === q.band) &&
    (rate.category === undefined || rate.category === q.category) &&
    (rate.providerKind === undefined || rate.providerKind === q.providerKind) &&
    (rate.area === undefined || rate.area === q.area)
  );
}

export function selectRate(rates: readonly Rate[], q: RateQuery): Rate | undefined {
  let best: Rate | undefined;
  let bestNarrowing = -1;
  for (const rate of rates) {
    if (!matches(rate, q)) continue;
    const n = narrowing(rate);
    // `>=` on equal narrowing and date: the one listed last wins.
    if (n > bestNarrowing || (n === bestNarrowing && best !== undefined && rate.from >= best.from)) {
      best = rate;
      bestNarrowing = n;
    }
  }
  return best;
}

type Tree = Map<string, Tree | Rate | null>;

/** The sub-map of `tree` under `key`, made on first use. */
function branch(tree: Tree, key: string): Tree {
  let sub = tree.get(key) as Tree | undefined;
  if (sub === undefined) {
    sub = new Map();
    tree.set(key, sub);
  }
  return sub;
}

export class RateBook {
  private readonly rates: readonly Rate[];
  // One level per query field rather than one key string per question: building and hashing a
  // fresh key string for each of a month's millions of priced minutes stretches was a
  // measurable share of the engine and of its garbage.
  private readonly cache: Tree = new Map();

  constructor(rates: readonly Rate[]) {
    this.rates = rates;
  }

  /** Öre of the winning entry, or undefined when no entry matches (→ `missing_rate`). */
  ore(q: RateQuery): number | undefined {
    const leaf = branch(branch(branch(branch(branch(this.cache, q.price), q.providerKind), q.date), q.band ?? ''), q.category ?? '');
    const area = q.area ?? '';
    let hit = leaf.get(area) as Rate | null | undefined;
    if (hit === undefined) {
      hit = selectRate(this.rates, q) ?? null;
      leaf.set(area, hit);
    }
    return hit === null ? undefined : hit.ore;
  }
}
