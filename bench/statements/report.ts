// Prints a database's figures against the targets: statements ≤ 2.5 × the bare aggregate on
// PostgreSQL; ≤ 60 s and ≤ 1.5 GB peak memory on PGlite; kept reads as docs/benchmarks.md says.
import type { GenerateResult } from './generate.ts';
import type { HttpResult } from './http.ts';
import type { KeptResult } from './kept.ts';
import type { MeasureResult } from './measure.ts';

export const TARGETS = { pgRatio: 2.5, pgliteSeconds: 60, pgliteBytes: 1.5e9, statementP95Ms: 200, boardP95Ms: 300, batchShownP95Ms: 2000 } as const;

const s = (x: number): string => `${x.toFixed(2)} s`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;
const n = (x: number): string => x.toLocaleString('en');
const kb = (bytes: number): string => `${Math.round(bytes / 1000).toLocaleString('en')} kB`;

export function generationReport(label: string, g: GenerateResult): string {
  const c = g.counts;
  return [
    `${label}: generated in ${s(g.seconds)}: ${n(g.clients)} clients, ${n(g.providers)} providers, ${n(g.staff)} staff`,
    `  ${n(c.registrations)} registrations, ${n(c.attendances)} attendances (arrive/leave pairs planned)`,
    `  declined at door ${n(c.declinedAtDoor)}, in advance ${n(c.declinedInAdvance)}; missing leave ${n(c.missingLeave)}, ` +
      `missing arrive ${n(c.missingArrive)}; corrections ${n(c.corrections)}, voids ${n(c.voids)}; ` +
      `forced overlaps ${n(c.forcedOverlaps)}; double staffed ${n(c.doubleStaffed)} ordered, ${n(c.unorderedDouble)} unordered`,
  ].join('\n');
}

export function verdicts(label: string, m: MeasureResult): string[] {
  if (label === 'PostgreSQL') {
    // The full computation as Hemma runs it on PostgreSQL: in parts where the machine has the cores.
    const ratio = m.parts?.ratio ?? m.ratio;
    const how = m.parts === undefined ? 'in one thread' : `in ${m.parts.count} parts`;
    return [`ratio ${how} ${ratio.toFixed(2)} × (target ≤ ${TARGETS.pgRatio}): ${ratio <= TARGETS.pgRatio ? 'met' : 'MISSED'}`];
  }
  return [
    `statements ${s(m.statementsSeconds)} (target ≤ ${TARGETS.pgliteSeconds} s): ${m.statementsSeconds <= TARGETS.pgliteSeconds ? 'met' : 'MISSED'}`,
    `peak RSS ${mb(m.peakRssBytes)} (target ≤ 1.5 GB): ${m.peakRssBytes <= TARGETS.pgliteBytes ? 'met' : 'MISSED'}`,
  ];
}

export function measureReport(label: string, m: MeasureResult): string {
  const exceptions = Object.entries(m.exceptions).sort().map(([k, v]) => `${k} ${n(v)}`).join(', ');
  return [
    `${label}: statements ${s(m.statementsSeconds)} = load ${s(m.loadSeconds)} + compute ${s(m.computeSeconds)} ` +
      `(${n(m.registrationsLoaded)} registrations loaded)`,
    `  CPU of this process: load ${s(m.loadCpuSeconds)}, compute ${s(m.computeCpuSeconds)}`,
    `  bare aggregate ${s(m.aggregateSeconds)} (first, cold run ${s(m.aggregateColdSeconds)}); ratio ${m.ratio.toFixed(2)}`,
    `  peak RSS ${mb(m.peakRssBytes)}; heap after compute ${mb(m.heapAfterBytes)}`,
    ...(m.parts === undefined ? [] : [
      `  in ${m.parts.count} parts on worker threads (binary COPY): ${s(m.parts.seconds)}, CPU of this process ${s(m.parts.cpuSeconds)}; ` +
        `ratio ${m.parts.ratio.toFixed(2)}; same statements object; peak RSS of the process by then ${mb(m.parts.peakRssBytes)}`,
    ]),
    `  ${n(m.statements)} statements, ${n(m.lines)} lines, ${n(Math.round(m.totalOre / 100))} kr; payable ${n(m.paidMinutes)} min ` +
      `vs aggregate ${n(m.aggregateMinutes)} min over ${n(m.aggregateClients)} clients`,
    `  exceptions: ${exceptions}`,
    ...verdicts(label, m).map((v) => `  ${v}`),
  ].join('\n');
}

const verdict = (value: number, target: number): string => `${value} ms (target ≤ ${target} ms): ${value <= target ? 'met' : 'MISSED'}`;

export function keptReport(label: string, k: KeptResult): string {
  return [
    `${label}: kept statements: the whole month computed and written in ${s(k.firstComputeSeconds)}`,
    `  provider ${k.provider} (${n(k.providerLines)} lines): statement read p50 ${k.statementMs.p50} ms, p95 ${verdict(k.statementMs.p95, TARGETS.statementP95Ms)}`,
    `  every provider's statement read p50 ${k.allStatementsMs.p50} ms, p95 ${verdict(k.allStatementsMs.p95, TARGETS.boardP95Ms)}`,
    `  ${k.batches} batches: shown in the statement p50 ${k.batchShownMs.p50} ms, max ${k.batchShownMs.max} ms, p95 ${verdict(k.batchShownMs.p95, TARGETS.batchShownP95Ms)}`,
  ].join('\n');
}

export function httpReport(label: string, h: HttpResult): string {
  const r = h.rateChange;
  return [
    `${label}: kept statements over HTTP (server running); first read of the month ${s(h.firstReadSeconds)}`,
    `  provider ${h.provider} (${n(h.providerLines)} lines, reply ${kb(h.statementBytes)}): GET statement p50 ${h.statementMs.p50} ms, p95 ${verdict(h.statementMs.p95, TARGETS.statementP95Ms)}`,
    `    server CPU ${h.statementCpuMs} ms a request`,
    `  month-close board (reply ${kb(h.boardBytes)}): GET p50 ${h.boardMs.p50} ms, p95 ${verdict(h.boardMs.p95, TARGETS.boardP95Ms)}`,
    `    server CPU ${h.boardCpuMs} ms a request`,
    `  ${h.batches} batches POSTed until the statement shows them: p50 ${h.batchShownMs.p50} ms, max ${h.batchShownMs.max} ms, p95 ${verdict(h.batchShownMs.p95, TARGETS.batchShownP95Ms)}`,
    `    server CPU ${s(h.batchServerCpuSeconds)} in ${s(h.batchWallSeconds)} wall (${Math.round((h.batchServerCpuSeconds / h.batches) * 1000)} ms of CPU a batch, its reads included)`,
    `  rate from ${r.nextMonth}-01: first read of ${r.nextMonth} ${s(r.firstReadSeconds)}; reflected in every kept month after ${s(r.reflectedSeconds)} ` +
      `(server CPU ${s(r.serverCpuSeconds)}); ${r.nextMonth} total ${n(Math.round(r.before / 100))} → ${n(Math.round(r.after / 100))} kr`,
  ].join('\n');
}
