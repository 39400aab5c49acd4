// Reference implementation: rate and rule selection ("Rates"; rules are effective-dated).

import type { Category, ProviderKind, Rate, RatePrice, Rule, ServiceArea } from '../../model/care-data.ts';

export interface PricedItem {
  price: RatePrice;
  date: string;
  providerKind: ProviderKind;
  band?: string;
  category?: Category;
  area?: ServiceArea;
}

const NARROWING = ['band', 'category', 'providerKind', 'area'] as const;

/** The winning entry: most narrowing fields, then latest `from`, then last listed. */
export function selectRateRef(rates: readonly Rate[], item: PricedItem): Rate | undefined {
  let best: Rate | undefined;
  let bestFields = -1;
  for (const rate of rates) {
    if (rate.price !== item.price || rate.from > item.date) continue;
    let fields = 0;
    let matches = true;
    for (const field of NARROWING) {
      const wanted = rate[field];
      if (wanted === undefined) continue;
      fields++;
      if (item[field] !== wanted) matches = false;
    }
    if (!matches) continue;
    // `>=` on ties keeps the one listed last.
    if (best === undefined || fields > bestFields || (fields === bestFields && rate.from >= best.from)) {
      best = rate;
      bestFields = fields;
    }
  }
  return best;
}

export interface RuleInForce {
  capPercent: number;
  declinedAtDoorPercent: Record<Category, number>;
}

/** The rule with the latest `from` on or before the date (ties: last listed); spec defaults. */
export function ruleOnRef(rules: readonly Rule[], date: string): RuleInForce {
  let best: Rule | undefined;
  for (const rule of rules) {
    if (rule.from > date) continue;
    if (best === undefined || rule.from >= best.from) best = rule;
  }
  return best ?? { capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } };
}
