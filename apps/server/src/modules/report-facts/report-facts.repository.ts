import type { ClientReportFacts, IndicatorDays, ReportDirectory } from '@hemma/domain/reports';
import type { ClientCell, ExcessRow, StaffVisitTime } from '@hemma/domain/reports';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export async function deleteFacts(db: Kysely<DB>, mid: string, month: string, clients?: readonly string[]): Promise<void> {
  let q = db.deleteFrom('kept_report_facts').where('municipality_id', '=', mid).where('month', '=', month);
  if (clients !== undefined) {
    if (clients.length === 0) return;
    q = q.where('client_id', '=', sql<string>`any(${[...clients]}::text[])`);
  }
  await q.execute();
}

export async function insertFacts(db: Kysely<DB>, mid: string, month: string, facts: readonly ClientReportFacts[]): Promise<void> {
  for (let i = 0; i < facts.length; i += 2000) {
    const chunk = facts.slice(i, i + 2000);
    await db.insertInto('kept_report_facts').values(chunk.map((f) => ({
      municipality_id: mid, month, client_id: f.client,
      met: JSON.stringify(f.met),
      indicator: f.indicator === null ? null : JSON.stringify(f.indicator),
      visits: JSON.stringify(f.visits),
      cells: JSON.stringify(f.cells),
      excess: JSON.stringify(f.excess),
    }))).execute();
  }
}

/** What a report reads of the facts: one family of columns, the others left empty. */
export type FactsPart = 'met' | 'indicator' | 'visits' | 'follow-up';

/** The kept facts of the months, for the reports that read `part`. */
export async function readFacts(db: Kysely<DB>, mid: string, months: readonly string[], part: FactsPart): Promise<ClientReportFacts[]> {
  const base = db.selectFrom('kept_report_facts').where('municipality_id', '=', mid).where('month', '=', sql<string>`any(${[...months]}::text[])`);
  const rows = await (part === 'met'
    ? base.select(['client_id', 'met'])
    : part === 'indicator'
      ? base.select(['client_id', 'indicator']).where('indicator', 'is not', null)
      : part === 'visits'
        ? base.select(['client_id', 'visits'])
        : base.select(['client_id', 'cells', 'excess'])
  ).execute();
  return rows.map((r) => {
    const row = r as { client_id: string; met?: unknown; indicator?: unknown; visits?: unknown; cells?: unknown; excess?: unknown };
    return {
      client: row.client_id,
      met: (row.met ?? []) as string[],
      indicator: (row.indicator ?? null) as IndicatorDays | null,
      visits: (row.visits ?? []) as StaffVisitTime[],
      cells: (row.cells ?? []) as ClientCell[],
      excess: (row.excess ?? []) as ExcessRow[],
    };
  });
}

export async function replaceShiftMinutes(db: Kysely<DB>, mid: string, month: string, minutes: ReadonlyMap<string, number>): Promise<void> {
  await db.deleteFrom('kept_shift_minutes').where('municipality_id', '=', mid).where('month', '=', month).execute();
  const rows = [...minutes].map(([staff, m]) => ({ municipality_id: mid, month, staff_id: staff, minutes: m }));
  for (let i = 0; i < rows.length; i += 5000) await db.insertInto('kept_shift_minutes').values(rows.slice(i, i + 5000)).execute();
}

/**
 * What the reports read at the time of the report rather than keep with the clients' facts:
 * the clients' districts and personal numbers, the staff's providers and units, and (with
 * `shiftsOf`, a kept month) the month's shift minutes per staff member.
 */
export async function readDirectory(db: Kysely<DB>, mid: string, shiftsOf: string | null): Promise<{ name: string; directory: ReportDirectory }> {
  const [m, clients, staff, shifts] = await Promise.all([
    db.selectFrom('municipalities').select('name').where('municipality_id', '=', mid).executeTakeFirstOrThrow(),
    db.selectFrom('clients').select(['client_id', 'personal_number', 'district_id']).where('municipality_id', '=', mid).execute(),
    db.selectFrom('staff').select(['staff_id', 'provider_id', 'name', 'unit_id']).where('municipality_id', '=', mid).execute(),
    shiftsOf === null
      ? Promise.resolve([])
      : db.selectFrom('kept_shift_minutes').select(['staff_id', 'minutes']).where('municipality_id', '=', mid).where('month', '=', shiftsOf).execute(),
  ]);
  return {
    name: m.name,
    directory: {
      municipality: mid,
      clients: clients.map((c) => ({ id: c.client_id, personalNumber: c.personal_number, district: c.district_id })),
      staff: staff.map((s) => ({ id: s.staff_id, provider: s.provider_id, name: s.name, ...(s.unit_id !== null && { unit: s.unit_id }) })),
      shiftMinutes: new Map(shifts.map((r) => [r.staff_id, r.minutes])),
    },
  };
}

/**
 * A digest of everything a report of `months` reads: each month's kept state (a pass that
 * changes facts or shift minutes sets its `computed_at`), and the directory read at report
 * time. Equal digests, equal documents.
 */
export async function inputsDigest(db: Kysely<DB>, mid: string, months: readonly string[]): Promise<string> {
  const { rows } = await sql<{ digest: string | null }>`
    select md5(string_agg(x, E'\\n' order by x)) as digest from (
      select concat_ws(',', 'k', month, coalesce(computed_at::text, '-'), facts_version) as x
        from kept_months where municipality_id = ${mid} and month = any(${[...months]}::text[])
      union all select concat_ws(',', 'm', name) from municipalities where municipality_id = ${mid}
      union all select concat_ws(',', 'c', client_id, personal_number, district_id) from clients where municipality_id = ${mid}
      union all select concat_ws(',', 's', staff_id, provider_id, coalesce(unit_id, '-')) from staff where municipality_id = ${mid}
    ) t`.execute(db);
  return rows[0]?.digest ?? '';
}
