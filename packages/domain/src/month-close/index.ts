export { transition, isLocked, type StatementStatus, type CloseAction } from './status.ts';
export { submitBlockers, approvalBlockers, deviationBlockers, type Blocker } from './blockers.ts';
export { adjustmentOre, adjustmentsDue } from './adjustments.ts';
