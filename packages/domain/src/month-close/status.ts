// The life of a provider's statement for a month: draft → submitted → approved → exported.
// Approved and exported statements are locked: what changes later becomes an adjustment on a
// later month's statement.

export type StatementStatus = 'draft' | 'submitted' | 'approved' | 'exported';
export type CloseAction = 'submit' | 'reopen' | 'approve' | 'export';

const TRANSITIONS: Record<CloseAction, { from: readonly StatementStatus[]; to: StatementStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  // Finance sends a submitted statement back to the provider (e.g. after a late correction).
  reopen: { from: ['submitted'], to: 'draft' },
  approve: { from: ['submitted'], to: 'approved' },
  // Exporting again is allowed: the payment file may be fetched more than once.
  export: { from: ['approved', 'exported'], to: 'exported' },
};

export function isLocked(status: StatementStatus): boolean {
  return status === 'approved' || status === 'exported';
}

/** The status after `action`, or a sentence saying why it cannot be taken now. */
export function transition(status: StatementStatus, action: CloseAction): { ok: true; status: StatementStatus } | { ok: false; message: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(status)) return { ok: true, status: t.to };
  return { ok: false, message: `cannot ${action} a statement that is ${status} (only one that is ${t.from.join(' or ')})` };
}
