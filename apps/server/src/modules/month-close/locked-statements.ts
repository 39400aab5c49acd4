import type { StatementStatus } from '@hemma/domain/month-close';
import type { StatementsDocument } from '@hemma/domain/statements';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { lockedDocumentsOfMonth } from './month-close.repository.ts';

export interface LockedStatement {
  provider: string;
  status: StatementStatus;
}

/**
 * A month's statements as they stand: for a provider whose month is locked (approved or
 * exported) the approved document, which later changes of rates or registrations never alter
 * (they are paid as adjustments in a later month); for the others the statement computed now.
 */
export async function withLockedStatements(
  db: Kysely<DB>,
  mid: string,
  computed: StatementsDocument,
): Promise<{ doc: StatementsDocument; locked: LockedStatement[] }> {
  const kept = await lockedDocumentsOfMonth(db, mid, computed.month);
  const lockedProviders = new Set(kept.map((k) => k.provider));
  const statements = [...computed.statements.filter((s) => !lockedProviders.has(s.provider)), ...kept.map((k) => k.document)];
  statements.sort((a, b) => (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0));
  return { doc: { ...computed, statements }, locked: kept.map(({ provider, status }) => ({ provider, status })) };
}
