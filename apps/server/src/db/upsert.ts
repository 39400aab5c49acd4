import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from './schema.ts';

type Row = Record<string, unknown>;
const CHUNK = 500;

function value(v: unknown): RawBuilder<unknown> {
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) {
    return sql`${JSON.stringify(v)}::jsonb`;
  }
  if (Array.isArray(v)) return sql`${v}::text[]`;
  return sql`${v}`;
}

/**
 * Inserts rows, or updates those whose key exists and whose other columns differ. Rows equal to
 * what is stored are left untouched, so importing the same data twice changes nothing.
 * Returns how many rows were inserted or changed.
 */
export async function upsert(
  db: Kysely<DB>,
  table: keyof DB,
  keys: readonly string[],
  rows: readonly Row[],
  onExisting: 'update' | 'keep' = 'update',
): Promise<number> {
  if (rows.length === 0) return 0;
  const columns = Object.keys(rows[0]!);
  const others = columns.filter((c) => !keys.includes(c));
  let changed = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const values = sql.join(chunk.map((r) => sql`(${sql.join(columns.map((c) => value(r[c])))})`));
    const conflict =
      others.length === 0 || onExisting === 'keep'
        ? sql`do nothing`
        : sql`do update set ${sql.join(others.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`))}
              where (${sql.join(others.map((c) => sql`${sql.table(table)}.${sql.ref(c)}`))})
                is distinct from (${sql.join(others.map((c) => sql`excluded.${sql.ref(c)}`))})`;
    const result = await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
      values ${values} on conflict (${sql.join(keys.map((k) => sql.ref(k)))}) ${conflict}`.execute(db);
    changed += Number(result.numAffectedRows ?? 0);
  }
  return changed;
}

/** Deletes the rows of one municipality in `table` whose key is not among `keep`. */
export async function deleteOthers(
  db: Kysely<DB>,
  table: keyof DB,
  municipalityId: string,
  keyColumn: string,
  keep: readonly (string | number)[],
  scope?: { column: string; value: string },
): Promise<number> {
  const scopeSql = scope ? sql`and ${sql.ref(scope.column)} = ${scope.value}` : sql``;
  const keepSql = keep.length === 0 ? sql`` : sql`and ${sql.ref(keyColumn)} not in (${sql.join(keep.map((k) => sql`${k}`))})`;
  const result = await sql`delete from ${sql.table(table)} where municipality_id = ${municipalityId} ${scopeSql} ${keepSql}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
