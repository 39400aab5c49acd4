import { z } from 'zod';
import { calendarDateProblem } from '../calendar.ts';
import { normaliseInstant } from '../instant.ts';

// The audit log's review view (DOMAIN.md §6): admins search who read or changed which client's
// data, newest first. A day bound is a calendar day where the municipality is; a time bound must
// carry Z or an offset.

const dayOrTimeMessage = 'expected YYYY-MM-DD or an ISO 8601 time with Z or an offset';
const time = z.iso.datetime({ offset: true });
const dayOrTime = z
  .string()
  .regex(/^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?$/, dayOrTimeMessage)
  .superRefine((text, ctx) => {
    const problem = calendarDateProblem(text.slice(0, 10));
    if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
    else if (text.length > 10 && !time.safeParse(normaliseInstant(text)).success) ctx.addIssue({ code: 'custom', message: dayOrTimeMessage });
  });

export const auditSearchQuery = z.object({
  client: z.string().min(1).max(100).optional(),
  user: z.string().min(1).max(100).optional(),
  action: z.enum(['read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed', 'lockout']).optional(),
  /** From the start of this day, or from this time (inclusive). */
  from: dayOrTime.optional(),
  /** Through the end of this day, or up to this time (inclusive). */
  to: dayOrTime.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  /** `nextCursor` of the previous page. */
  cursor: z.string().regex(/^[1-9]\d{0,15}$/, 'expected the nextCursor of a previous page').optional(),
});

export const auditEntry = z.object({
  /** Position in the municipality's chain. */
  seq: z.number().int(),
  at: z.string(),
  userId: z.string(),
  username: z.string(),
  role: z.string(),
  action: z.string(),
  clientId: z.string().nullable(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  ip: z.string(),
  details: z.record(z.string(), z.unknown()),
  /** A read of a list of this many clients (found by client, `clientId` is the one searched); null otherwise. */
  listOf: z.number().int().nullable(),
});

export const auditSearchReply = z.object({
  entries: z.array(auditEntry),
  /** Pass as `cursor` for the next, older page; null on the last page. */
  nextCursor: z.string().nullable(),
});

export type AuditSearchQuery = z.infer<typeof auditSearchQuery>;
export type AuditEntryReply = z.infer<typeof auditEntry>;
export type AuditSearchReply = z.infer<typeof auditSearchReply>;

/** The chain's state as `hemma audit verify` would report it, for the review view. */
export const auditVerifyReply = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  /** Whether rows and checkpoints were checked against the server's key (HEMMA_AUDIT_KEY). */
  signaturesChecked: z.boolean(),
  /** How many checkpoint files were compared. */
  checkpoints: z.number().int(),
  /** The first row that fails and why, when `ok` is false. */
  firstBadSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  verifiedAt: z.string(),
});
export type AuditVerifyReply = z.infer<typeof auditVerifyReply>;
