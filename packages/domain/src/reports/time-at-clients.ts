// Time at clients (R-17, spec/reports-v1.md): the minutes of a provider's staff's visits
// against the minutes of the same staff's shifts, per month. The visits are the statement
// engine's (pairing and holds of ), never paired a second time here.

import type { CareData, Shift } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import type { AnalysedVisit } from '../statements/analyse.ts';
import { monthRange } from '../time/civil-days.ts';
import { epochMinuteOfMs, parseInstantMs } from '../time/instant.ts';
import { LocalClock } from '../time/local-clock.ts';
import { percentOneDecimal } from './numbers.ts';

export const TIME_AT_CLIENTS_FORMAT = 'hemma-time-at-clients/1';

export interface TimeAtClientsFigures {
  visitMinutes: number;
  shiftMinutes: number;
  percent: number | null;
}

export interface TimeAtClientsDocument {
  format: typeof TIME_AT_CLIENTS_FORMAT;
  municipality: string;
  month: string;
  providers: ({ provider: string } & TimeAtClientsFigures)[];
}

/** A shift's minutes: both instants lose their seconds, then real minutes between them. */
export function shiftMinutes(shift: Shift): number {
  return epochMinuteOfMs(parseInstantMs(shift.to)) - epochMinuteOfMs(parseInstantMs(shift.from));
}

/**
 * Figures per group of staff (a provider, a unit), for `visits` dated in `month` (as
 * `analyseMonth` gives them) and the shifts starting on a local date of the month. A group is
 * listed when it has a visit (held or not) or a shift in the month; `groupOf` returning
 * undefined leaves a staff member out.
 */
export function timeAtClientsBy(
  data: CareData,
  month: string,
  visits: readonly AnalysedVisit[],
  groupOf: (staff: string) => string | undefined,
): Map<string, TimeAtClientsFigures> {
  const range = monthRange(month);
  const clock = new LocalClock(data.municipality.timezone);
  const sums = new Map<string, { visitMinutes: number; shiftMinutes: number }>();
  const sum = (group: string) => {
    let s = sums.get(group);
    if (s === undefined) sums.set(group, (s = { visitMinutes: 0, shiftMinutes: 0 }));
    return s;
  };
  for (const v of visits) {
    const group = groupOf(v.staff);
    if (group === undefined) continue;
    const s = sum(group);
    if (!v.overlap) s.visitMinutes += v.endMinute - v.startMinute;
  }
  for (const shift of data.shifts ?? []) {
    const day = clock.localDay(epochMinuteOfMs(parseInstantMs(shift.from)));
    if (day < range.firstDay || day > range.lastDay) continue;
    const group = groupOf(shift.staff);
    if (group === undefined) continue;
    sum(group).shiftMinutes += shiftMinutes(shift);
  }
  const result = new Map<string, TimeAtClientsFigures>();
  for (const group of [...sums.keys()].sort(compareIds)) {
    const s = sums.get(group) ?? { visitMinutes: 0, shiftMinutes: 0 };
    result.set(group, { ...s, percent: percentOneDecimal(s.visitMinutes, s.shiftMinutes) });
  }
  return result;
}

export function computeTimeAtClients(data: CareData, month: string, visits: readonly AnalysedVisit[]): TimeAtClientsDocument {
  const providers = new Map(data.staff.map((s) => [s.id, s.provider]));
  const byProvider = timeAtClientsBy(data, month, visits, (staff) => providers.get(staff));
  return {
    format: TIME_AT_CLIENTS_FORMAT,
    municipality: data.municipality.id,
    month,
    providers: [...byProvider].map(([provider, f]) => ({ provider, ...f })),
  };
}

/** The same figures per unit of a provider; staff without a unit are left out. */
export function timeAtClientsByUnit(
  data: CareData,
  month: string,
  visits: readonly AnalysedVisit[],
): { unit: string; provider: string; figures: TimeAtClientsFigures }[] {
  const unitOf = new Map<string, string>();
  const providerOfUnit = new Map<string, string>();
  for (const s of data.staff) {
    if (s.unit === undefined) continue;
    unitOf.set(s.id, s.unit);
    providerOfUnit.set(s.unit, s.provider);
  }
  return [...timeAtClientsBy(data, month, visits, (staff) => unitOf.get(staff))].map(([unit, figures]) => ({
    unit,
    provider: providerOfUnit.get(unit) ?? '',
    figures,
  }));
}
