// What if (konsekvensanalys): the month under changed rules beside the real month, computed by
// the same engine as the statements and fees. Pure: the caller's care data is never changed.
export { applyChanges, type RateChange, type WhatIfChanges } from './changes.ts';
export {
  combineComparisons, compareMonth, type Amounts, type ClientComparison, type Comparison, type DistrictComparison,
  type ProviderComparison,
} from './compare.ts';
