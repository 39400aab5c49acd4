// Effective-dated municipality rules: the entry with the latest `from` on or before the date
// applies (of equal dates the one listed last). With none in force: cap 110 %, declined 0 %.

import type { Rule } from '../model/care-data.ts';

export const DEFAULT_RULE: Rule = { from: '0000-01-01', capPercent: 110, declinedAtDoorPercent: { care: 0, service: 0 } };

export function ruleOn(rules: readonly Rule[], date: string): Rule {
  let best: Rule | undefined;
  for (const rule of rules) {
    if (rule.from <= date && (best === undefined || rule.from >= best.from)) best = rule;
  }
  return best ?? DEFAULT_RULE;
}
