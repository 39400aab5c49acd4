export { effectiveRegistrations } from './effective.ts';
export { orderRegistrations, compareIds } from './ordering.ts';
export type { OrderedRegistration } from './ordering.ts';
export { pairRegistrations, MAX_VISIT_MINUTES } from './pairing.ts';
export type { PairedVisit, PairingResult } from './pairing.ts';
