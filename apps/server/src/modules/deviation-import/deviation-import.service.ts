import { randomUUID } from 'node:crypto';
import type { DeviationImportReply, ImportRow } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { clientInScope } from '../../auth/scope.ts';
import { recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { InvalidError, UnprocessableError } from '../../errors.ts';
import { only, ownProvider, swedishToday } from '../clients/access.ts';
import { insertDeviation, orderActiveIn } from '../deviations/deviations.repository.ts';
import { readSheet, type ReadRow } from './read-sheet.ts';

// The granted-time model's deviation spreadsheet: previewed row by row with its errors,
// stored whole in one transaction only when no row has an error. Each row is a deviation report
// of the importing provider manager's provider, checked as POST /deviations checks one.

async function clientsByNumber(db: Kysely<DB>, actor: Actor, numbers: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  if (numbers.length === 0) return new Map();
  const rows = await db.selectFrom('clients').select(['client_id', 'name', 'personal_number']).where(clientInScope(actor)).where('personal_number', 'in', numbers).execute();
  return new Map(rows.map((r) => [r.personal_number, { id: r.client_id, name: r.name }]));
}

/** Fills in the client and checks what needs the database: the client is hers, and so is an order in the month. */
async function checkRows(db: Kysely<DB>, actor: Actor, rows: ReadRow[]): Promise<void> {
  const provider = ownProvider(actor)!;
  const clients = await clientsByNumber(db, actor, [...new Set(rows.flatMap((r) => r.normalizedPersonalNumber ?? []))]);
  for (const r of rows) {
    if (r.normalizedPersonalNumber === null) continue;
    const client = clients.get(r.normalizedPersonalNumber);
    if (client === undefined) {
      // Another provider's client reads like nobody, as everywhere.
      r.errors.push({ row: r.row, column: 'A', code: 'klient_okand', message: 'ingen av era kunder har detta personnummer' });
      continue;
    }
    r.values.clientId = client.id;
    r.values.clientName = client.name;
    if (r.values.month !== null && !(await orderActiveIn(db, actor.municipalityId, client.id, provider, r.values.month))) {
      r.errors.push({ row: r.row, column: 'B', code: 'ingen_bestallning', message: `kunden har ingen godkänd beställning hos er i ${r.values.month}` });
    }
  }
}

function reply(mode: 'preview' | 'confirm', rows: readonly ReadRow[], stored: number): DeviationImportReply {
  // Errors in column order, as a person reads the row.
  const out: ImportRow[] = rows.map(({ normalizedPersonalNumber: _n, ...r }) => ({ ...r, errors: [...r.errors].sort((a, b) => (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)) }));
  return { mode, rows: out, rowsWithErrors: out.filter((r) => r.errors.length > 0).length, stored };
}

export async function importDeviations(database: Database, actor: Actor, file: unknown, mode: 'preview' | 'confirm'): Promise<DeviationImportReply> {
  only(actor, ['provider_manager'], 'import deviations');
  if (!Buffer.isBuffer(file)) throw new InvalidError('send the xlsx file itself as the body (content-type of an xlsx workbook)', 'file');
  const rows = await readSheet(file, swedishToday());
  const shown = (): string[] => [...new Set(rows.flatMap((r) => r.values.clientId ?? []))];

  if (mode === 'preview') {
    await checkRows(database.db, actor, rows);
    await recordAuditMany(database.db, actor, shown().map((clientId) => ({ action: 'read', clientId, objectType: 'deviation_import' })));
    return reply(mode, rows, 0);
  }
  return database.db.transaction().execute(async (trx) => {
    await checkRows(trx, actor, rows);
    const first = reply(mode, rows, 0).rows.flatMap((r) => r.errors)[0];
    if (first !== undefined) {
      const count = rows.filter((r) => r.errors.length > 0).length;
      throw new UnprocessableError(`${count} row(s) have errors, the first in ${first.column}${first.row}: ${first.message}; nothing was stored`, `${first.column}${first.row}`);
    }
    if (rows.length === 0) throw new UnprocessableError('the sheet has no rows below its header', 'file');
    const provider = ownProvider(actor)!;
    const ids: string[] = [];
    for (const r of rows) {
      const id = randomUUID();
      ids.push(id);
      const v = r.values;
      await insertDeviation(trx, actor.municipalityId, { id, clientId: v.clientId!, providerId: provider, month: v.month!, minutes: v.minutes!, reason: v.reason!, comment: v.comment, category: null });
    }
    await recordAuditMany(trx, actor, rows.map((r, i) => ({ action: 'create', clientId: r.values.clientId!, objectType: 'deviation', objectId: ids[i]!, details: { month: r.values.month!, source: 'import' } })));
    return reply(mode, rows, rows.length);
  });
}
