// Writes straight into the tables in large batches: one `insert … select from unnest($1::t[],
// …)` per batch carries tens of thousands of rows in a handful of array parameters. It runs
// unchanged on PostgreSQL and PGlite, and needs no COPY client library.
import type { Session } from '../../apps/server/src/db/connect.ts';
import type { RegistrationColumns } from './batch.ts';

export const BATCH_ROWS = 20_000;

/** A column: its name, its PostgreSQL type, and its values (one per row). */
export type Column = [name: string, type: string, values: readonly unknown[]];

export async function insertColumns(s: Session, table: string, columns: readonly Column[]): Promise<number> {
  const rows = columns[0]?.[2].length ?? 0;
  for (let from = 0; from < rows; from += BATCH_ROWS) {
    const to = Math.min(rows, from + BATCH_ROWS);
    const names = columns.map(([name]) => name).join(', ');
    const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await s.query(`insert into ${table} (${names}) select * from unnest(${arrays})`, columns.map(([, , values]) => values.slice(from, to)));
  }
  return rows;
}

export function insertRegistrations(s: Session, municipality: string, batch: RegistrationColumns): Promise<number> {
  return insertColumns(s, 'registrations', [
    ['municipality_id', 'text', new Array<string>(batch.length).fill(municipality)],
    ['registration_id', 'uuid', batch.id],
    ['kind', 'text', batch.kind],
    ['client_id', 'text', batch.client],
    ['staff_id', 'text', batch.staff],
    ['at', 'timestamptz', batch.at],
    ['method', 'text', batch.method],
    ['reason', 'text', batch.reason],
    ['corrects', 'uuid', batch.corrects],
    ['planned_minutes', 'int', batch.plannedMinutes],
    ['category', 'text', batch.category],
  ]);
}
