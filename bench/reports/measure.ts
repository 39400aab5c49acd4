// Times every monthly report on one database, in a process of its own: the month's statements
// are first kept (one full computation, as a server does once per month), then the month's
// facts and the kept statements are read once and every report computed from them, each report
// on its own from the same inputs, and each once more by its whole path as one API request runs it.
import { sql } from 'kysely';
import type { Database } from '../../apps/server/src/db/connect.ts';
import { loadMonthData } from '../../apps/server/src/modules/care-data/month-data.ts';
import { freshen, keptMonthDocument } from '../../apps/server/src/modules/kept-statements/read.ts';
import { loadReportSources } from '../../apps/server/src/modules/reports/report-data.ts';
import { computeMonthReports, computeReport, periodOf, REPORT_NAMES, type ReportName } from '../../apps/server/src/modules/reports/report-kinds.ts';
import { MUNICIPALITY } from '../statements/setup.ts';

export interface ReportsResult {
  shiftsAdded: number;
  /** The first computation of the kept statements of the month (a full computation, once). */
  keptSeconds: number;
  /** Reading the kept statements of every provider. */
  keptReadSeconds: number;
  loadSeconds: number;
  registrationsLoaded: number;
  /** Compute only, from the facts loaded once, each report on its own. */
  computeSeconds: Record<string, number>;
  /** All monthly reports from one analysis and the kept statements (computeMonthReports). */
  allComputeSeconds: number;
  allComputeCpuSeconds: number;
  /** Load + compute, as one request for the report runs. */
  requestSeconds: Record<string, number>;
  peakRssBytes: number;
  /** A figure of each report, to see it computed something. */
  check: Record<string, string>;
}

const seconds = (since: number): number => Math.round((performance.now() - since) / 10) / 100;

/**
 * The statement generator writes no shifts: give every staff member with a registration in the
 * month a 07:00–16:00 shift on each weekday, so time at clients has something to divide by.
 */
async function addShifts(database: Database, month: string): Promise<number> {
  const result = await sql`
    insert into work_shifts (municipality_id, staff_id, starts_at, ordinal, ends_at)
    select ${MUNICIPALITY}, s.staff_id, (d + time '07:00') at time zone 'Europe/Stockholm', 0, (d + time '16:00') at time zone 'Europe/Stockholm'
    from staff s, generate_series(${`${month}-01`}::date, (${`${month}-01`}::date + interval '1 month' - interval '1 day'), interval '1 day') d
    where s.municipality_id = ${MUNICIPALITY} and extract(isodow from d) < 6
    on conflict do nothing`.execute(database.db);
  return Number(result.numAffectedRows ?? 0);
}

function summary(name: ReportName, doc: ReturnType<typeof computeReport>): string {
  const d = doc as unknown as Record<string, unknown>;
  if (name === 'continuity-14') return `median ${String(d.median)}, ${(d.clients as unknown[]).length} clients`;
  if (name === 'time-at-clients') return `${(d.providers as unknown[]).length} providers`;
  return `total ${JSON.stringify(d.total)}`;
}

export async function measureReports(database: Database, month: string): Promise<ReportsResult> {
  const shiftsAdded = await addShifts(database, month);
  const tKept = performance.now();
  await freshen(database.db, MUNICIPALITY, month);
  const keptSeconds = seconds(tKept);
  const tRead = performance.now();
  const statements = await keptMonthDocument(database.db, MUNICIPALITY, month);
  const keptReadSeconds = seconds(tRead);
  const t0 = performance.now();
  const data = await loadMonthData(database.db, MUNICIPALITY, month);
  const loadSeconds = seconds(t0);
  const check: Record<string, string> = {};
  const tAll = performance.now();
  const cAll = process.cpuUsage();
  const all = computeMonthReports(data, statements, month);
  const allComputeSeconds = seconds(tAll);
  const used = process.cpuUsage(cAll);
  const allComputeCpuSeconds = Math.round((used.user + used.system) / 1e4) / 100;
  for (const [name, doc] of all) check[name] = summary(name, doc);
  const computeSeconds: Record<string, number> = {};
  for (const name of all.keys()) {
    const t = performance.now();
    computeReport(name, { data, statements }, month);
    computeSeconds[name] = seconds(t);
  }
  const requestSeconds: Record<string, number> = {};
  for (const name of REPORT_NAMES) {
    const period = periodOf(name) === 'month' ? month : `${month}-01`;
    const t = performance.now();
    const doc = computeReport(name, await loadReportSources(database.db, MUNICIPALITY, name, period), period);
    requestSeconds[name] = seconds(t);
    if (periodOf(name) !== 'month') check[name] = summary(name, doc);
  }
  return {
    shiftsAdded, keptSeconds, keptReadSeconds, loadSeconds, registrationsLoaded: data.registrations.length, computeSeconds, allComputeSeconds, allComputeCpuSeconds, requestSeconds,
    peakRssBytes: process.resourceUsage().maxRSS * 1024, check,
  };
}
