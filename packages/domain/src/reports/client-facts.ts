// What the monthly reports need of each client's month, cut so that it can be kept beside the
// statements' slices and brought up to date a client at a time: the staff who met her, her
// indicator days, her visit time per staff member, and her follow-up cells and excess. Every
// part is made by the reports' own functions from the statement engine's analysis; the
// documents are put together from them in of-facts.ts.

import type { CareData } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import type { AnalysedVisit } from '../statements/analyse.ts';
import { analyseMonth } from '../statements/analyse.ts';
import type { StatementsDocument } from '../statements/types.ts';
import { monthRange } from '../time/civil-days.ts';
import type { IndicatorDays } from './continuity-14.ts';
import { indicatorDays } from './continuity-14.ts';
import { metStaff } from './continuity.ts';
import type { ClientCell, ExcessRow, MonthItems, StatementPiece } from './follow-up.ts';
import { clientCells, statementPieces } from './follow-up.ts';
import { meetingsBetween } from './meetings.ts';
import type { StaffVisitTime } from './time-at-clients.ts';
import { visitTimeByStaff } from './time-at-clients.ts';

export interface ClientReportFacts {
  client: string;
  /** The distinct staff with a meeting at the client in the month (continuity). */
  met: string[];
  /** Her indicator meetings on the days of the month (the 14-day indicator); null with none. */
  indicator: IndicatorDays | null;
  /** Her visits dated in the month, per staff member (time at clients). */
  visits: StaffVisitTime[];
  /** Her month with each provider, and her excess entries (the follow-up figures). */
  cells: ClientCell[];
  excess: ExcessRow[];
}

/**
 * The facts of the clients with anything in `month`, by client id: from the month's statement
 * pieces (the kept slices, or a statements object) and items (`analyseMonth`, or the slices'
 * own analysis). With `only`, those of these clients alone, and `data` need only hold what
 * their slices are computed from (their registrations and those of their staff). With
 * `ofProviders`, only what these providers' staff did: one part of a month split by provider,
 * whose parts `mergeClientFacts` joins into the whole month's facts.
 *
 * Staff come in the order of their ids, so that parts joined equal the whole.
 */
export function clientReportFacts(
  data: CareData,
  month: string,
  pieces: Iterable<StatementPiece>,
  items: MonthItems,
  only?: ReadonlySet<string>,
  ofProviders?: ReadonlySet<string>,
): ClientReportFacts[] {
  const wanted = (client: string) => only === undefined || only.has(client);
  const range = monthRange(month);
  const byClient = new Map<string, ClientReportFacts>();
  const facts = (client: string): ClientReportFacts => {
    let f = byClient.get(client);
    if (f === undefined) byClient.set(client, (f = { client, met: [], indicator: null, visits: [], cells: [], excess: [] }));
    return f;
  };
  const meetings = meetingsBetween(data, range.firstDay, range.lastDay, ofProviders).filter((m) => wanted(m.client));
  for (const c of metStaff(meetings)) facts(c.client).met = c.staff;
  for (const [client, days] of indicatorDays(meetings, range.firstDay, range.daysInMonth)) facts(client).indicator = days;
  const visits = new Map<string, AnalysedVisit[]>();
  for (const v of items.visits) {
    if (!wanted(v.client) || (ofProviders !== undefined && !ofProviders.has(v.provider))) continue;
    const list = visits.get(v.client);
    if (list === undefined) visits.set(v.client, [v]);
    else list.push(v);
  }
  for (const [client, list] of visits) facts(client).visits = visitTimeByStaff(list);
  const { cells, excess } = clientCells(data, month, pieces, items, only, ofProviders);
  for (const c of cells) facts(c.client).cells.push(c);
  for (const e of excess) facts(e.client).excess.push(e);
  return [...byClient.values()].sort((a, b) => compareIds(a.client, b.client)).map(inStaffOrder);
}

function inStaffOrder(f: ClientReportFacts): ClientReportFacts {
  f.met.sort(compareIds);
  f.indicator?.staff.sort((a, b) => compareIds(a[0], b[0]));
  f.visits.sort((a, b) => compareIds(a.staff, b.staff));
  return f;
}

/**
 * The facts of a month computed in parts that split its providers (no provider in two parts),
 * joined: what `clientReportFacts` gives for the whole month. A staff member belongs to one
 * provider, so a client's staff in two parts are different people, and her cells and excess
 * are per provider.
 */
export function mergeClientFacts(parts: readonly (readonly ClientReportFacts[])[]): ClientReportFacts[] {
  const byClient = new Map<string, ClientReportFacts>();
  for (const part of parts) {
    for (const f of part) {
      const known = byClient.get(f.client);
      if (known === undefined) {
        byClient.set(f.client, { ...f, met: [...f.met], visits: [...f.visits], cells: [...f.cells], excess: [...f.excess] });
        continue;
      }
      known.met.push(...f.met);
      known.visits.push(...f.visits);
      known.cells.push(...f.cells);
      known.excess.push(...f.excess);
      known.indicator = joinIndicator(known.indicator, f.indicator);
    }
  }
  const byProvider = (a: { provider: string }, b: { provider: string }): number => compareIds(a.provider, b.provider);
  return [...byClient.values()].sort((a, b) => compareIds(a.client, b.client)).map((f) => {
    f.cells.sort(byProvider);
    f.excess.sort(byProvider);
    return inStaffOrder(f);
  });
}

function joinIndicator(a: IndicatorDays | null, b: IndicatorDays | null): IndicatorDays | null {
  if (a === null || b === null) return a ?? (b === null ? null : { ...b, counts: [...b.counts], staff: [...b.staff] });
  return { firstDay: a.firstDay, counts: a.counts.map((n, i) => n + (b.counts[i] ?? 0)), staff: [...a.staff, ...b.staff] };
}

/** The facts of a whole month from its facts and statements, as computed without keeping anything. */
export function monthReportFacts(data: CareData, statements: StatementsDocument): ClientReportFacts[] {
  return clientReportFacts(data, statements.month, statementPieces(statements), analyseMonth(data, statements.month));
}
