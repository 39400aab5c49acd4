// Times the monthly reports on one database, in a process of its own: the month is first kept
// (one full computation of the statement slices and, beside them, the clients' report facts, as
// a server does once per month), then every monthly report is read from the kept facts, then
// single report requests as a screen makes them (`readReport`: freshen, read, put together,
// narrow, audit). With `verify`, every report is compared with a full computation from a load of
// the month's facts (the way reports were computed before the facts were kept).
import { sql } from 'kysely';
import type { Actor } from '../../apps/server/src/auth/actor.ts';
import type { Database } from '../../apps/server/src/db/connect.ts';
import { loadMonthData, loadPeriodData } from '../../apps/server/src/modules/care-data/month-data.ts';
import { freshen, keptMonthDocument } from '../../apps/server/src/modules/kept-statements/read.ts';
import { loadReportSources } from '../../apps/server/src/modules/reports/report-data.ts';
import { computeMonthReports, computeReport, inputsFromData, periodOf, REPORT_NAMES, type ReportDocument, type ReportName } from '../../apps/server/src/modules/reports/report-kinds.ts';
import { municipalityReport } from '../../apps/server/src/modules/reports/report-memo.ts';
import { readReport } from '../../apps/server/src/modules/reports/reports.service.ts';
import { computeContinuity14, INDICATOR_DAYS } from '@hemma/domain/reports';
import { MUNICIPALITY } from '../statements/setup.ts';

export interface ReportsResult {
  shiftsAdded: number;
  /** The first keep of the month: statement slices and report facts, one full computation. */
  keptSeconds: number;
  keptCpuSeconds: number;
  /** Each monthly report from the kept facts (freshen, read, put together), and their sum. */
  reportSeconds: Record<string, number>;
  allReportsSeconds: number;
  allReportsCpuSeconds: number;
  /**
   * Single requests through `readReport`, per reader: count, p50, p95, max (seconds); `document`
   * is the municipality's document alone (`municipalityReport`, remembered), before narrowing
   * and the audit of the rows shown.
   */
  requests: Record<string, Timings>;
  /** Facts rows kept and their size. */
  factsRows: number;
  factsBytes: number;
  /** With verify: the full computation's time and whether every report equals it. */
  verify: { loadSeconds: number; computeSeconds: number; registrations: number; equal: string[]; different: string[] } | null;
  peakRssBytes: number;
  /** A figure of each report, to see it computed something. */
  check: Record<string, string>;
}

interface Timings { count: number; p50: number; p95: number; max: number; slowest: string }

function timings(times: readonly { s: number; name: string }[]): Timings {
  const sorted = times.map((x) => x.s).sort((a, b) => a - b);
  const slowest = times.reduce((a, b) => (b.s > a.s ? b : a));
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { count: times.length, p50: r3(quantile(sorted, 0.5)), p95: r3(quantile(sorted, 0.95)), max: r3(slowest.s), slowest: slowest.name };
}

const seconds = (since: number): number => Math.round((performance.now() - since) / 10) / 100;
const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1e4) / 100;
};

/**
 * The statement generator writes no shifts: give every staff member a 07:00–16:00 shift on
 * each weekday, so time at clients has something to divide by.
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

function summary(name: ReportName, doc: ReportDocument): string {
  const d = doc as unknown as Record<string, unknown>;
  if (name === 'continuity-14') return `median ${String(d.median)}, ${(d.clients as unknown[]).length} clients`;
  if (name === 'time-at-clients') return `${(d.providers as unknown[]).length} providers`;
  return `total ${JSON.stringify(d.total)}`;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
}

async function readers(database: Database): Promise<Record<string, Actor>> {
  const district = await database.db.selectFrom('districts').select('district_id').where('municipality_id', '=', MUNICIPALITY).orderBy('district_id').executeTakeFirstOrThrow();
  const provider = await database.db.selectFrom('providers').select('provider_id').where('municipality_id', '=', MUNICIPALITY).orderBy('provider_id').executeTakeFirstOrThrow();
  const actor = (role: Actor['role'], extra: Partial<Actor>): Actor => ({
    userId: `bench-${role}`, username: `bench-${role}`, municipalityId: MUNICIPALITY, role, districtId: null, providerId: null, staffId: null, ip: '127.0.0.1', at: new Date(), ...extra,
  });
  return {
    finance: actor('finance', {}),
    case_officer: actor('case_officer', { districtId: district.district_id }),
    provider_manager: actor('provider_manager', { providerId: provider.provider_id }),
  };
}

export async function measureReports(database: Database, month: string, verify: boolean): Promise<ReportsResult> {
  const mid = MUNICIPALITY;
  const shiftsAdded = await addShifts(database, month);
  const tKept = performance.now();
  const cKept = process.cpuUsage();
  await freshen(database.db, mid, month);
  const keptSeconds = seconds(tKept);
  const keptCpuSeconds = cpuSeconds(cKept);
  const size = await sql<{ n: number; bytes: number }>`select count(*)::int as n, coalesce(sum(pg_column_size(t.*)), 0)::bigint as bytes
    from kept_report_facts t where municipality_id = ${mid} and month = ${month}`.execute(database.db);

  const check: Record<string, string> = {};
  const docs = new Map<ReportName, ReportDocument>();
  const reportSeconds: Record<string, number> = {};
  const tAll = performance.now();
  const cAll = process.cpuUsage();
  for (const name of REPORT_NAMES) {
    if (periodOf(name) !== 'month') continue;
    const t = performance.now();
    const doc = computeReport(name, await loadReportSources(database.db, mid, name, month), month);
    reportSeconds[name] = seconds(t);
    docs.set(name, doc);
    check[name] = summary(name, doc);
  }
  const allReportsSeconds = seconds(tAll);
  const allReportsCpuSeconds = cpuSeconds(cAll);
  const from = `${month}-01`;
  const t14 = performance.now();
  const indicator = computeReport('continuity-14', await loadReportSources(database.db, mid, 'continuity-14', from), from);
  reportSeconds['continuity-14'] = seconds(t14);
  check['continuity-14'] = summary('continuity-14', indicator);

  // Screens: every report in turn, a first round that computes and remembers each document (the
  // cost of a miss is the per-report time above), then five measured rounds: the document alone,
  // then the whole request for each reader.
  const requests: ReportsResult['requests'] = {};
  const alone: { s: number; name: string }[] = [];
  for (let round = 0; round < 6; round++) {
    for (const name of REPORT_NAMES) {
      const period = periodOf(name) === 'month' ? month : from;
      const t = performance.now();
      await municipalityReport(database.db, mid, name, period);
      if (round > 0) alone.push({ s: (performance.now() - t) / 1000, name });
    }
  }
  requests.document = timings(alone);
  for (const [who, actor] of Object.entries(await readers(database))) {
    const times: { s: number; name: string }[] = [];
    for (let round = 0; round < 6; round++) {
      for (const name of REPORT_NAMES) {
        const period = periodOf(name) === 'month' ? month : from;
        const t = performance.now();
        await readReport(database, { ...actor, at: new Date() }, name, period, 'json');
        if (round > 0) times.push({ s: (performance.now() - t) / 1000, name });
      }
    }
    requests[who] = timings(times);
  }

  let verified: ReportsResult['verify'] = null;
  if (verify) {
    const tLoad = performance.now();
    const data = await loadMonthData(database.db, mid, month);
    const statements = await keptMonthDocument(database.db, mid, month);
    const loadSeconds = seconds(tLoad);
    const tCompute = performance.now();
    const full = computeMonthReports(inputsFromData(data, statements), month);
    const fullIndicator = computeContinuity14(await loadPeriodData(database.db, mid, from, INDICATOR_DAYS), from);
    const computeSeconds = seconds(tCompute);
    const equal: string[] = [];
    const different: string[] = [];
    for (const [name, doc] of full) (JSON.stringify(doc) === JSON.stringify(docs.get(name)) ? equal : different).push(name);
    (JSON.stringify(fullIndicator) === JSON.stringify(indicator) ? equal : different).push('continuity-14');
    verified = { loadSeconds, computeSeconds, registrations: data.registrations.length, equal, different };
  }
  return {
    shiftsAdded, keptSeconds, keptCpuSeconds, reportSeconds, allReportsSeconds, allReportsCpuSeconds, requests,
    factsRows: size.rows[0]?.n ?? 0, factsBytes: Number(size.rows[0]?.bytes ?? 0), verify: verified,
    peakRssBytes: process.resourceUsage().maxRSS * 1024, check,
  };
}
