export { transition, isLocked, type StatementStatus, type CloseAction } from './status.ts';
export { submitBlockers, approvalBlockers, type Blocker } from './blockers.ts';
export { adjustmentOre } from './adjustments.ts';
