export { computeStatements } from './compute.ts';
export { analyseMonth } from './analyse.ts';
export type { AnalysedVisit, AnalysedDeclined } from './analyse.ts';
export { selectRate } from './rates.ts';
export type { RateQuery } from './rates.ts';
export { ruleOn, DEFAULT_RULE } from './rules.ts';
export { orderedMinutes, proratedMinutes } from './orders.ts';
export { compareParts } from './parts.ts';
export * from './types.ts';
