import { z } from 'zod';
import { calendarMonth } from '../calendar.ts';

// Replies of the statements and month-close endpoints. The statement is the provider's part of
// the `hemma-statements/1` document.

export const monthParam = calendarMonth;

const category = z.enum(['care', 'service']);

export const statementPart = z.discriminatedUnion('price', [
  z.object({ price: z.literal('per_hour'), band: z.string(), category, minutes: z.number().int(), rateOre: z.number().int(), amountOre: z.number().int() }),
  z.object({ price: z.literal('per_visit'), band: z.string(), category, count: z.number().int(), rateOre: z.number().int(), amountOre: z.number().int() }),
  z.object({ price: z.literal('per_month'), area: z.string(), days: z.number().int(), rateOre: z.number().int(), amountOre: z.number().int() }),
]);

export const statementLine = z.object({
  client: z.string(),
  orderedMinutes: z.number().int(),
  capMinutes: z.number().int().nullable(),
  performedMinutes: z.number().int(),
  declinedPaidMinutes: z.number().int(),
  deviationMinutes: z.number().int(),
  payableMinutes: z.number().int(),
  excessMinutes: z.number().int(),
  perVisitCount: z.number().int(),
  parts: z.array(statementPart),
  amountOre: z.number().int(),
});

export const providerStatement = z.object({
  provider: z.string(),
  model: z.enum(['performed_time', 'granted_time']),
  lines: z.array(statementLine),
  excess: z.array(z.object({ client: z.string(), minutes: z.number().int(), amountOre: z.number().int(), status: z.enum(['pending', 'approved', 'rejected']) })),
  approvedExcess: z.array(z.object({ client: z.string(), fromMonth: z.string(), minutes: z.number().int(), amountOre: z.number().int() })),
  exceptions: z.array(
    z.object({
      type: z.enum(['missing_leave', 'missing_arrive', 'overlap', 'no_active_order', 'unordered_double_staffing', 'missing_rate']),
      client: z.string(),
      staff: z.string(),
      registration: z.string(),
      minutes: z.number().int().optional(),
      at: z.string(),
    }),
  ),
  registrations: z.number().int(),
  manualRegistrations: z.number().int(),
  undecidedDeviations: z.number().int(),
  totalOre: z.number().int(),
});

export const blocker = z.object({ kind: z.string(), message: z.string() }).loose();

/** Whether what a reply shows of kept statements is still catching up with the latest facts. */
export const keptState = z.object({
  stale: z.boolean(),
  /** When the month's kept statements were last brought up to date; null before the first time. */
  computedAt: z.string().nullable(),
});

export const monthCloseView = z.object({
  month: z.string(),
  provider: z.string(),
  status: z.enum(['draft', 'submitted', 'approved', 'exported']),
  statement: providerStatement,
  excessReasons: z.array(z.object({ client: z.string(), reason: z.string() })),
  adjustments: z.array(z.object({ concernsMonth: z.string(), amountOre: z.number().int() })),
  toPayOre: z.number().int(),
  blockers: z.object({ submit: z.array(blocker), approve: z.array(blocker) }),
  kept: keptState,
  /** The last time finance sent the statement back to the provider, and why. */
  reopened: z.object({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
});

export const statementParams = z.object({ month: monthParam, provider: z.string().min(1).max(200) });
export const excessParams = statementParams.extend({ client: z.string().min(1).max(200) });

export const excessReasonBody = z.strictObject({ reason: z.string().trim().min(1, 'a reason is needed').max(2000) });
/** A rejection says why (the provider sees it); an approval may. */
export const excessReviewBody = z
  .strictObject({ decision: z.enum(['approved', 'rejected']), reason: z.string().trim().max(2000).default('') })
  .refine((b) => b.decision !== 'rejected' || b.reason.length > 0, { message: 'say why the excess is rejected', path: ['reason'] });
/** A rejection says why (the provider sees it); an approval may. */
export const deviationDecisionBody = z
  .strictObject({ decision: z.enum(['approved', 'rejected']), reason: z.string().trim().max(2000).default('') })
  .refine((b) => b.decision !== 'rejected' || b.reason.length > 0, { message: 'say why the deviation is rejected', path: ['reason'] });
/** Finance says why a submitted statement goes back to the provider. */
export const reopenBody = z.strictObject({ reason: z.string().trim().min(1, 'say why the statement is sent back').max(2000) });
export const exportQuery = z.object({ format: z.enum(['xlsx', 'pdf']).default('pdf') });

/** Who must act on what stands in a statement's way. */
export const blockerActor = z.enum(['provider_manager', 'case_officer']);

/** Finance's month-close board: every provider's statement of a month and what blocks it. */
export const monthBoard = z.object({
  month: z.string(),
  /** The day the month is paid (YYYY-MM-DD): the municipality's payment day, moved to a banking day. */
  paymentDate: z.string(),
  providers: z.array(z.object({
    provider: z.string(),
    name: z.string(),
    orgNumber: z.string(),
    status: z.enum(['draft', 'submitted', 'approved', 'exported']),
    totalOre: z.number().int(),
    toPayOre: z.number().int(),
    clients: z.number().int(),
    canApprove: z.boolean(),
    /** What stands in the way, counted by kind (the statement lists each one). */
    blockers: z.array(z.object({
      kind: z.enum(['excess_without_reason', 'undecided_deviation', 'unresolved_exception', 'pending_excess']),
      actor: blockerActor,
      count: z.number().int().positive(),
      /** The client, when only one blocker of the kind is there. */
      client: z.string().optional(),
      /** Minutes of excess in all (the excess kinds). */
      minutes: z.number().int().optional(),
    })),
  })),
});
export type MonthBoard = z.infer<typeof monthBoard>;
