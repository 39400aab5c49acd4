// The visits and declined registrations of one month, for engines that price other things
// from the same facts (client fees, reports). Same pairing and holds as the statements.

import type { CareData } from '../model/care-data.ts';
import type { MonthRange } from '../time/civil-days.ts';
import { monthRange } from '../time/civil-days.ts';
import type { CareAnalysis } from './analysis.ts';
import { analyseCare, isHeldWhole } from './analysis.ts';
import type { EngineContext } from './context.ts';
import { buildContext } from './context.ts';

export interface AnalysedVisit {
  id: string;
  client: string;
  provider: string;
  staff: string;
  /** Epoch minutes, seconds dropped; [startMinute, endMinute). */
  startMinute: number;
  endMinute: number;
  /** Local date of arrival. */
  date: string;
  /** Held for overlap or no_active_order, or a per-visit visit held whole for double staffing. */
  heldWhole: boolean;
  /** Held for `overlap`: time at clients leaves these out, and only these. */
  overlap: boolean;
  /** Its arrival or its leave was registered by hand rather than by the tag. */
  manual: boolean;
  /** Its arrival or its leave is a correction of an earlier registration. */
  corrected: boolean;
}

export interface AnalysedDeclined {
  id: string;
  client: string;
  provider: string;
  kind: 'declined_at_door' | 'declined_in_advance';
  date: string;
}

export interface MonthItems {
  visits: AnalysedVisit[];
  declined: AnalysedDeclined[];
}

/**
 * Items dated in `month` (YYYY-MM), effective registrations only, all providers, held or not,
 * in step-1 order. Computed the same way in both payment models.
 */
export function analyseMonth(data: CareData, month: string): MonthItems {
  const ctx = buildContext(data);
  return monthItemsOf(ctx, analyseCare(ctx, data.registrations), monthRange(month));
}

/** The items of `range` from an analysis already made (the statements' own, see slices.ts). */
export function monthItemsOf(ctx: EngineContext, analysis: CareAnalysis, range: MonthRange): MonthItems {
  const inMonth = (day: number): boolean => day >= range.firstDay && day <= range.lastDay;
  const visits: AnalysedVisit[] = [];
  for (const v of analysis.visits) {
    if (!inMonth(v.day)) continue;
    visits.push({
      id: v.id,
      client: v.client,
      provider: v.provider,
      staff: v.staff,
      startMinute: v.start,
      endMinute: v.end,
      date: ctx.clock.dateOfDay(v.day),
      heldWhole: isHeldWhole(v),
      overlap: v.overlap,
      manual: v.arrive.method === 'manual' || v.leave.method === 'manual',
      corrected: v.arrive.corrects !== undefined || v.leave.corrects !== undefined,
    });
  }
  const declined: AnalysedDeclined[] = [];
  for (const d of analysis.declined) {
    const r = d.reg;
    if (!inMonth(d.day) || (r.kind !== 'declined_at_door' && r.kind !== 'declined_in_advance')) continue;
    declined.push({ id: r.id, client: r.client, provider: d.provider, kind: r.kind, date: ctx.clock.dateOfDay(d.day) });
  }
  return { visits, declined };
}
