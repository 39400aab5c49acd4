// The other follow-up figures of a month (spec/reports-v1.md, "The other follow-up figures"):
// ordered against performed minutes, declined visits, excess, manual registrations and the
// amount paid. Every minute and krona is read off the month's statements; only counts the
// statements do not break down per client (visits, declined and manual registrations) are
// counted here, from the same analysed month.

import type { CareData, Client } from '../model/care-data.ts';
import { effectiveRegistrations } from '../registrations/effective.ts';
import { compareIds } from '../registrations/ordering.ts';
import type { AnalysedDeclined, AnalysedVisit } from '../statements/analyse.ts';
import type { ApprovedExcessEntry, ExcessEntry, ExcessStatus, StatementLine, StatementsDocument } from '../statements/types.ts';
import { monthRange } from '../time/civil-days.ts';
import { epochMinuteOfMs, parseInstantMs } from '../time/instant.ts';
import { LocalClock } from '../time/local-clock.ts';
import { percentOneDecimal } from './numbers.ts';

export const FOLLOW_UP_FORMAT = 'hemma-follow-up/1';

/** What adds up from one client's month with one provider to any group of them. */
export interface FollowUpCounts {
  orderedMinutes: number;
  performedMinutes: number;
  /** Visits dated in the month (held or not) plus declined registrations of both kinds. */
  plannedVisits: number;
  declinedAtDoor: number;
  declinedInAdvance: number;
  excessMinutes: number;
  excessApprovedMinutes: number;
  excessRejectedMinutes: number;
  excessPendingMinutes: number;
  registrations: number;
  manualRegistrations: number;
  /** Statement lines of the month. */
  amountOre: number;
  /** Approved excess of the month before, paid in this month. */
  approvedExcessOre: number;
  /** amountOre + approvedExcessOre: what the month's statements pay. */
  paidOre: number;
}

export interface FollowUpFigures extends FollowUpCounts {
  performedPercent: number | null;
  declinedAtDoorPercent: number | null;
  declinedInAdvancePercent: number | null;
  manualPercent: number | null;
}

export interface ExcessRow {
  client: string;
  provider: string;
  minutes: number;
  amountOre: number;
  status: ExcessStatus;
  /** The reason given with the deciding review (the last one); null while none is recorded. */
  reason: string | null;
}

export interface FollowUpCell extends FollowUpCounts {
  client: string;
  provider: string;
  district: string;
}

export interface FollowUpDocument {
  format: typeof FOLLOW_UP_FORMAT;
  municipality: string;
  month: string;
  clients: ({ client: string } & FollowUpFigures)[];
  providers: ({ provider: string } & FollowUpFigures)[];
  districts: ({ district: string } & FollowUpFigures)[];
  total: FollowUpFigures;
  excess: ExcessRow[];
}

export interface MonthItems {
  visits: readonly AnalysedVisit[];
  declined: readonly AnalysedDeclined[];
}

const COUNT_KEYS: (keyof FollowUpCounts)[] = [
  'orderedMinutes', 'performedMinutes', 'plannedVisits', 'declinedAtDoor', 'declinedInAdvance', 'excessMinutes',
  'excessApprovedMinutes', 'excessRejectedMinutes', 'excessPendingMinutes', 'registrations', 'manualRegistrations',
  'amountOre', 'approvedExcessOre', 'paidOre',
];

function zero(): FollowUpCounts {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, 0])) as unknown as FollowUpCounts;
}

/** Ratios from summed counts: a group's percent is never an average of its members' percents. */
export function withRatios(c: FollowUpCounts): FollowUpFigures {
  return {
    ...c,
    performedPercent: percentOneDecimal(c.performedMinutes, c.orderedMinutes),
    declinedAtDoorPercent: percentOneDecimal(c.declinedAtDoor, c.plannedVisits),
    declinedInAdvancePercent: percentOneDecimal(c.declinedInAdvance, c.plannedVisits),
    manualPercent: percentOneDecimal(c.manualRegistrations, c.registrations),
  };
}

/** Sums cells by a key, keys in id order. */
export function sumCells<T extends FollowUpCounts>(cells: readonly T[], keyOf: (c: T) => string): [string, FollowUpFigures][] {
  const sums = new Map<string, FollowUpCounts>();
  for (const cell of cells) {
    const key = keyOf(cell);
    let s = sums.get(key);
    if (s === undefined) sums.set(key, (s = zero()));
    for (const k of COUNT_KEYS) s[k] += cell[k];
  }
  return [...sums.keys()].sort(compareIds).map((key) => [key, withRatios(sums.get(key) ?? zero())]);
}

/** What the figures read of one client's statement with one provider: a kept slice has this shape. */
export interface StatementPiece {
  provider: string;
  client: string;
  line: Pick<StatementLine, 'orderedMinutes' | 'performedMinutes' | 'amountOre'> | null;
  excess: ExcessEntry | null;
  approvedExcess: Pick<ApprovedExcessEntry, 'amountOre'> | null;
}

/** A statements object as pieces (a piece per line, excess and approved excess entry). */
export function statementPieces(doc: StatementsDocument): StatementPiece[] {
  const pieces: StatementPiece[] = [];
  const none = { line: null, excess: null, approvedExcess: null };
  for (const s of doc.statements) {
    for (const line of s.lines) pieces.push({ ...none, provider: s.provider, client: line.client, line });
    for (const e of s.approvedExcess) pieces.push({ ...none, provider: s.provider, client: e.client, approvedExcess: e });
    for (const e of s.excess) pieces.push({ ...none, provider: s.provider, client: e.client, excess: e });
  }
  return pieces;
}

/** A client's month with one provider; the district is the client's, added when grouping. */
export type ClientCell = Omit<FollowUpCell, 'district'>;

/**
 * One cell per client and provider with anything in the month: a statement line, approved
 * excess paid now, a visit or declined registration, or a registration dated in the month.
 * With `only`, the cells and excess of those clients alone; with `ofProviders`, of those providers.
 */
export function clientCells(
  data: CareData,
  month: string,
  pieces: Iterable<StatementPiece>,
  items: MonthItems,
  only?: ReadonlySet<string>,
  ofProviders?: ReadonlySet<string>,
): { cells: ClientCell[]; excess: ExcessRow[] } {
  const wanted = (client: string, provider: string) =>
    (only === undefined || only.has(client)) && (ofProviders === undefined || ofProviders.has(provider));
  const cells = new Map<string, ClientCell>();
  const cell = (client: string, provider: string): ClientCell => {
    const key = `${client}\u0000${provider}`;
    let c = cells.get(key);
    if (c === undefined) cells.set(key, (c = { client, provider, ...zero() }));
    return c;
  };
  const excess: ExcessRow[] = [];
  const reasons = new Map<string, string>();
  for (const r of data.excessReviews) if (r.month === month) reasons.set(`${r.client}\u0000${r.provider}`, r.reason);
  for (const p of pieces) {
    // A kept slice may hold only exceptions: no cell for it.
    if (!wanted(p.client, p.provider) || (p.line === null && p.approvedExcess === null && p.excess === null)) continue;
    const c = cell(p.client, p.provider);
    if (p.line !== null) {
      c.orderedMinutes += p.line.orderedMinutes;
      c.performedMinutes += p.line.performedMinutes;
      c.amountOre += p.line.amountOre;
    }
    if (p.approvedExcess !== null) c.approvedExcessOre += p.approvedExcess.amountOre;
    const e = p.excess;
    if (e === null) continue;
    c.excessMinutes += e.minutes;
    if (e.status === 'approved') c.excessApprovedMinutes += e.minutes;
    else if (e.status === 'rejected') c.excessRejectedMinutes += e.minutes;
    else c.excessPendingMinutes += e.minutes;
    const reason = reasons.get(`${p.client}\u0000${p.provider}`);
    excess.push({ client: p.client, provider: p.provider, minutes: e.minutes, amountOre: e.amountOre, status: e.status, reason: e.status === 'pending' ? null : (reason ?? null) });
  }
  for (const v of items.visits) if (wanted(v.client, v.provider)) cell(v.client, v.provider).plannedVisits += 1;
  for (const d of items.declined) {
    if (!wanted(d.client, d.provider)) continue;
    const c = cell(d.client, d.provider);
    c.plannedVisits += 1;
    if (d.kind === 'declined_at_door') c.declinedAtDoor += 1;
    else c.declinedInAdvance += 1;
  }
  countRegistrations(data, month, (client, provider) => (wanted(client, provider) ? cell(client, provider) : undefined));
  const list = [...cells.values()].sort((a, b) => compareIds(a.client, b.client) || compareIds(a.provider, b.provider));
  for (const c of list) c.paidOre = c.amountOre + c.approvedExcessOre;
  excess.sort((a, b) => compareIds(a.client, b.client) || compareIds(a.provider, b.provider));
  return { cells: list, excess };
}

/** Effective registrations dated in the month (as the statements count them), per client and provider. */
function countRegistrations(data: CareData, month: string, cell: (client: string, provider: string) => FollowUpCounts | undefined): void {
  const range = monthRange(month);
  const clock = new LocalClock(data.municipality.timezone);
  const providers = new Map(data.staff.map((s) => [s.id, s.provider]));
  const seen = new Set<string>();
  for (const r of effectiveRegistrations(data.registrations)) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const day = clock.localDay(epochMinuteOfMs(parseInstantMs(r.at)));
    if (day < range.firstDay || day > range.lastDay) continue;
    const c = cell(r.client, providers.get(r.staff) ?? '');
    if (c === undefined) continue;
    c.registrations += 1;
    if (r.method === 'manual') c.manualRegistrations += 1;
  }
}

/** The document from the month's cells, each in the district of its client. */
export function followUpOfCells(
  municipality: string,
  month: string,
  clientCells: readonly ClientCell[],
  excess: ExcessRow[],
  districtOf: (client: string) => string,
): FollowUpDocument {
  const cells = clientCells.map((c) => ({ ...c, district: districtOf(c.client) }));
  const [total] = sumCells(cells, () => '');
  return {
    format: FOLLOW_UP_FORMAT,
    municipality,
    month,
    clients: sumCells(cells, (c) => c.client).map(([client, f]) => ({ client, ...f })),
    providers: sumCells(cells, (c) => c.provider).map(([provider, f]) => ({ provider, ...f })),
    districts: sumCells(cells, (c) => c.district).map(([district, f]) => ({ district, ...f })),
    total: total?.[1] ?? withRatios(zero()),
    excess,
  };
}

/** Each client's district ('' for one not known). */
export function districtLookup(clients: readonly Pick<Client, 'id' | 'district'>[]): (client: string) => string {
  const district = new Map(clients.map((c) => [c.id, c.district]));
  return (client) => district.get(client) ?? '';
}

export function computeFollowUp(data: CareData, statements: StatementsDocument, items: MonthItems): FollowUpDocument {
  const { cells, excess } = clientCells(data, statements.month, statementPieces(statements), items);
  return followUpOfCells(data.municipality.id, statements.month, cells, excess, districtLookup(data.clients));
}
