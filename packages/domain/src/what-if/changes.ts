// A what-if (konsekvensanalys) is the same care data with the municipality's rules changed:
// the engine then computes the month exactly as it computes the real statements. Nothing here
// prices anything; it only rewrites the rules the engine reads.

import { applyPercent } from '../money/rounding.ts';
import type {
  CareData, Category, FeeModel, FeeTariff, PaymentModel, ProviderKind, Rate, RatePrice, Rule, ServiceArea,
} from '../model/care-data.ts';
import { DEFAULT_RULE } from '../statements/rules.ts';

/**
 * One change of rates: the entries it selects (every entry when no field narrows it) get either
 * a new value in öre or their own value changed by a percent (rounded half up to whole öre).
 */
export interface RateChange {
  band?: string | undefined;
  price?: RatePrice | undefined;
  providerKind?: ProviderKind | undefined;
  category?: Category | undefined;
  area?: ServiceArea | undefined;
  percent?: number | undefined;
  ore?: number | undefined;
}

export interface WhatIfChanges {
  capPercent?: number | undefined;
  declinedAtDoorPercent?: Partial<Record<Category, number>> | undefined;
  rates?: readonly RateChange[] | undefined;
  model?: PaymentModel | undefined;
  feeBasis?: FeeModel['basis'] | undefined;
  feeTariff?: FeeTariff | undefined;
}

function selects(change: RateChange, rate: Rate): boolean {
  return (
    (change.band === undefined || rate.band === change.band) &&
    (change.price === undefined || rate.price === change.price) &&
    (change.providerKind === undefined || rate.providerKind === change.providerKind) &&
    (change.category === undefined || rate.category === change.category) &&
    (change.area === undefined || rate.area === change.area)
  );
}

function changedRate(rate: Rate, changes: readonly RateChange[]): Rate {
  let ore = rate.ore;
  for (const c of changes) {
    if (!selects(c, rate)) continue;
    if (c.ore !== undefined) ore = c.ore;
    else if (c.percent !== undefined) ore = applyPercent(ore, 100 + c.percent);
  }
  return ore === rate.ore ? rate : { ...rate, ore };
}

function changedRule(rule: Rule, changes: WhatIfChanges): Rule {
  return {
    from: rule.from,
    capPercent: changes.capPercent ?? rule.capPercent,
    declinedAtDoorPercent: { ...rule.declinedAtDoorPercent, ...changes.declinedAtDoorPercent },
  };
}

/**
 * The care data as if the changed rules had always held: every effective-dated entry is
 * rewritten, so whichever entry is in force in the month compared carries the change. The
 * input is not touched; the facts (clients, orders, registrations, decisions) are shared.
 */
export function applyChanges(data: CareData, changes: WhatIfChanges): CareData {
  const m = data.municipality;
  const touchesRules = changes.capPercent !== undefined || changes.declinedAtDoorPercent !== undefined;
  const rules = touchesRules ? (m.rules.length > 0 ? m.rules : [DEFAULT_RULE]).map((r) => changedRule(r, changes)) : m.rules;
  const rates = changes.rates && changes.rates.length > 0 ? m.rates.map((r) => changedRate(r, changes.rates!)) : m.rates;
  const fees = m.fees.map((f) => ({
    ...f,
    ...(changes.feeBasis !== undefined && { basis: changes.feeBasis }),
    ...(changes.feeTariff !== undefined && { tariff: changes.feeTariff }),
  }));
  return { ...data, municipality: { ...m, model: changes.model ?? m.model, rules, rates, fees } };
}
