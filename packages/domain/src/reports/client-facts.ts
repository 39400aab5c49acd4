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
 * their slices are computed from (their registrations and those of their staff).
 */
export function clientReportFacts(
  data: CareData,
  month: string,
  pieces: Iterable<StatementPiece>,
  items: MonthItems,
  only?: ReadonlySet<string>,
): ClientReportFacts[] {
  const wanted = (client: string) => only === undefined || only.has(client);
  const range = monthRange(month);
  const byClient = new Map<string, ClientReportFacts>();
  const facts = (client: string): ClientReportFacts => {
    let f = byClient.get(client);
    if (f === undefined) byClient.set(client, (f = { client, met: [], indicator: null, visits: [], cells: [], excess: [] }));
    return f;
  };
  const meetings = meetingsBetween(data, range.firstDay, range.lastDay).filter((m) => wanted(m.client));
  for (const c of metStaff(meetings)) facts(c.client).met = c.staff;
  for (const [client, days] of indicatorDays(meetings, range.firstDay, range.daysInMonth)) facts(client).indicator = days;
  const visits = new Map<string, AnalysedVisit[]>();
  for (const v of items.visits) {
    if (!wanted(v.client)) continue;
    const list = visits.get(v.client);
    if (list === undefined) visits.set(v.client, [v]);
    else list.push(v);
  }
  for (const [client, list] of visits) facts(client).visits = visitTimeByStaff(list);
  const { cells, excess } = clientCells(data, month, pieces, items, only);
  for (const c of cells) facts(c.client).cells.push(c);
  for (const e of excess) facts(e.client).excess.push(e);
  return [...byClient.values()].sort((a, b) => compareIds(a.client, b.client));
}

/** The facts of a whole month from its facts and statements, as computed without keeping anything. */
export function monthReportFacts(data: CareData, statements: StatementsDocument): ClientReportFacts[] {
  return clientReportFacts(data, statements.month, statementPieces(statements), analyseMonth(data, statements.month));
}
