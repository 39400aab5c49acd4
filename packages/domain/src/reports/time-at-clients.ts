// Time at clients (R-17, spec/reports-v1.md): the minutes of a provider's staff's visits
// against the minutes of the same staff's shifts, per month. The visits are the statement
// engine's (pairing and holds of ), never paired a second time here.

import type { CareData, Shift, Staff } from '../model/care-data.ts';
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

/** A staff member's visits dated in a month (held or not) and their minutes not held for overlap. */
export interface StaffVisitTime {
  staff: string;
  visits: number;
  minutes: number;
}

/** Visit time per staff member, in the order first seen. */
export function visitTimeByStaff(visits: readonly AnalysedVisit[]): StaffVisitTime[] {
  const byStaff = new Map<string, StaffVisitTime>();
  for (const v of visits) {
    let t = byStaff.get(v.staff);
    if (t === undefined) byStaff.set(v.staff, (t = { staff: v.staff, visits: 0, minutes: 0 }));
    t.visits += 1;
    if (!v.overlap) t.minutes += v.endMinute - v.startMinute;
  }
  return [...byStaff.values()];
}

/** Shift minutes per staff member, of the shifts starting on a local date of `month`. */
export function shiftMinutesByStaff(shifts: readonly Shift[], month: string, timezone: string): Map<string, number> {
  const range = monthRange(month);
  const clock = new LocalClock(timezone);
  const result = new Map<string, number>();
  for (const shift of shifts) {
    const day = clock.localDay(epochMinuteOfMs(parseInstantMs(shift.from)));
    if (day < range.firstDay || day > range.lastDay) continue;
    result.set(shift.staff, (result.get(shift.staff) ?? 0) + shiftMinutes(shift));
  }
  return result;
}

/**
 * Figures per group of staff (a provider, a unit). A group is listed when it has a visit (held
 * or not) or a shift in the month; `groupOf` returning undefined leaves a staff member out.
 */
export function timeAtClientsBy(
  visitTimes: Iterable<StaffVisitTime>,
  shifts: ReadonlyMap<string, number>,
  groupOf: (staff: string) => string | undefined,
): Map<string, TimeAtClientsFigures> {
  const sums = new Map<string, { visitMinutes: number; shiftMinutes: number }>();
  const sum = (group: string) => {
    let s = sums.get(group);
    if (s === undefined) sums.set(group, (s = { visitMinutes: 0, shiftMinutes: 0 }));
    return s;
  };
  for (const t of visitTimes) {
    const group = groupOf(t.staff);
    if (group !== undefined) sum(group).visitMinutes += t.minutes;
  }
  for (const [staff, minutes] of shifts) {
    const group = groupOf(staff);
    if (group !== undefined) sum(group).shiftMinutes += minutes;
  }
  const result = new Map<string, TimeAtClientsFigures>();
  for (const group of [...sums.keys()].sort(compareIds)) {
    const s = sums.get(group) ?? { visitMinutes: 0, shiftMinutes: 0 };
    result.set(group, { ...s, percent: percentOneDecimal(s.visitMinutes, s.shiftMinutes) });
  }
  return result;
}

/** What time at clients reads: the staff (their providers and units), visit time and shift minutes per staff member. */
export interface TimeInputs {
  staff: readonly Staff[];
  visitTimes: readonly StaffVisitTime[];
  shiftMinutes: ReadonlyMap<string, number>;
}

export function timeAtClientsDocument(municipality: string, month: string, t: TimeInputs): TimeAtClientsDocument {
  const providers = new Map(t.staff.map((s) => [s.id, s.provider]));
  const byProvider = timeAtClientsBy(t.visitTimes, t.shiftMinutes, (staff) => providers.get(staff));
  return {
    format: TIME_AT_CLIENTS_FORMAT,
    municipality,
    month,
    providers: [...byProvider].map(([provider, f]) => ({ provider, ...f })),
  };
}

/** The same figures per unit of a provider; staff without a unit are left out. */
export function timeAtClientsUnits(t: TimeInputs): { unit: string; provider: string; figures: TimeAtClientsFigures }[] {
  const unitOf = new Map<string, string>();
  const providerOfUnit = new Map<string, string>();
  for (const s of t.staff) {
    if (s.unit === undefined) continue;
    unitOf.set(s.id, s.unit);
    providerOfUnit.set(s.unit, s.provider);
  }
  return [...timeAtClientsBy(t.visitTimes, t.shiftMinutes, (staff) => unitOf.get(staff))].map(([unit, figures]) => ({
    unit,
    provider: providerOfUnit.get(unit) ?? '',
    figures,
  }));
}

function timeInputs(data: CareData, month: string, visits: readonly AnalysedVisit[]): TimeInputs {
  return { staff: data.staff, visitTimes: visitTimeByStaff(visits), shiftMinutes: shiftMinutesByStaff(data.shifts ?? [], month, data.municipality.timezone) };
}

/** `visits` are the month's as `analyseMonth` gives them. */
export function computeTimeAtClients(data: CareData, month: string, visits: readonly AnalysedVisit[]): TimeAtClientsDocument {
  return timeAtClientsDocument(data.municipality.id, month, timeInputs(data, month, visits));
}

export function timeAtClientsByUnit(data: CareData, month: string, visits: readonly AnalysedVisit[]): ReturnType<typeof timeAtClientsUnits> {
  return timeAtClientsUnits(timeInputs(data, month, visits));
}
