// One document per follow-up figure (`hemma report <figure>`): the columns of that figure,
// picked from the one follow-up computation, per client, provider, district and in total.

import type { ExcessRow, FollowUpDocument, FollowUpFigures } from './follow-up.ts';

export const FIGURES = {
  'ordered-performed': ['orderedMinutes', 'performedMinutes', 'performedPercent'],
  declined: ['plannedVisits', 'declinedAtDoor', 'declinedAtDoorPercent', 'declinedInAdvance', 'declinedInAdvancePercent'],
  excess: ['excessMinutes', 'excessApprovedMinutes', 'excessRejectedMinutes', 'excessPendingMinutes'],
  'manual-registrations': ['registrations', 'manualRegistrations', 'manualPercent'],
  paid: ['amountOre', 'approvedExcessOre', 'paidOre'],
} as const satisfies Record<string, readonly (keyof FollowUpFigures)[]>;

export type FigureName = keyof typeof FIGURES;
export const FIGURE_NAMES = Object.keys(FIGURES) as FigureName[];

export type FigureValues = Partial<Record<keyof FollowUpFigures, number | null>>;

export interface FigureDocument {
  format: string;
  municipality: string;
  month: string;
  clients: ({ client: string } & FigureValues)[];
  providers: ({ provider: string } & FigureValues)[];
  districts: ({ district: string } & FigureValues)[];
  total: FigureValues;
  /** The excess figure only: each excess of the month with its decision and reason. */
  excess?: ExcessRow[];
}

export function pickFigure(name: FigureName, f: FollowUpFigures): FigureValues {
  const out: FigureValues = {};
  for (const key of FIGURES[name]) out[key] = f[key];
  return out;
}

/** A row is listed when any of the figure's numbers is non-zero: a client with visits but no excess is not an excess row. */
function matters(values: FigureValues): boolean {
  return Object.values(values).some((v) => v !== null && v !== 0);
}


export function figureDocument(name: FigureName, doc: FollowUpDocument): FigureDocument {
  const rows = <K extends string>(list: ({ [k in K]: string } & FollowUpFigures)[], key: K) =>
    list
      .map((r) => ({ id: r[key], values: pickFigure(name, r) }))
      .filter((r) => matters(r.values))
      .map((r) => ({ [key]: r.id, ...r.values }) as { [k in K]: string } & FigureValues);
  const result: FigureDocument = {
    format: `hemma-${name}/1`,
    municipality: doc.municipality,
    month: doc.month,
    clients: rows(doc.clients, 'client'),
    providers: rows(doc.providers, 'provider'),
    districts: rows(doc.districts, 'district'),
    total: pickFigure(name, doc.total),
  };
  if (name === 'excess') result.excess = doc.excess;
  return result;
}
