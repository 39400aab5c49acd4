// Client fees: the engine and its small parts, each usable on its own (the fee
// officer's what-if view needs maxtaxa and minimibelopp without a whole month).
export { computeFees } from './compute-fees.ts';
export { feesForMonth } from './fees-for-month.ts';
export type { Binding, ClientFee, FeesDocument } from './types.ts';
export type { AnalysedDeclined, AnalysedVisit, MonthAnalysis } from './analysis.ts';
export { FeeError, MissingPrisbasbeloppError } from './errors.ts';
export { BUILT_IN_PRISBASBELOPP, prisbasbelopp } from './prisbasbelopp.ts';
export { maxtaxaOre } from './maxtaxa.ts';
export { DEFAULT_UPLIFT_UNDER_AGE, minimibeloppFactor, minimibeloppOre, type MinimibeloppInput } from './minimibelopp.ts';
export { capacityOre } from './capacity.ts';
export { assertTariff, tariffOre } from './tariff.ts';
export { bindingLimit, type Limits } from './binding.ts';
export { unionMinutes, type MinuteRange } from './intervals.ts';
export { feeModelInForce } from './fee-model.ts';
export { activeDays, monthSpan, type MonthSpan } from './month.ts';
