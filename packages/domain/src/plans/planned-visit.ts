// Which recurring visit of a plan an arrival carries out, so a visit whose leave is missing can
// be completed from the plan (its agreed length).

import type { Weekday } from '../model/care-data.ts';

export interface WindowedVisit {
  weekdays: readonly Weekday[];
  /** Local time HH:MM. */
  windowFrom: string;
  windowTo: string;
  durationMinutes: number;
}

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The visit of that weekday whose window holds the arrival (local minute of the day); failing
 * that, the one whose window starts nearest to it; undefined when the plan has none that day.
 * Ties go to the earlier window, then to the order given.
 */
export function plannedVisitFor<V extends WindowedVisit>(visits: readonly V[], weekday: Weekday, minuteOfDay: number): V | undefined {
  const ofDay = visits.filter((v) => v.weekdays.includes(weekday));
  const inside = ofDay.find((v) => minutesOf(v.windowFrom) <= minuteOfDay && minuteOfDay <= minutesOf(v.windowTo));
  if (inside !== undefined) return inside;
  let best: V | undefined;
  let bestDistance = Infinity;
  for (const v of ofDay) {
    const distance = Math.abs(minutesOf(v.windowFrom) - minuteOfDay);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && minutesOf(v.windowFrom) < minutesOf(best.windowFrom))) {
      best = v;
      bestDistance = distance;
    }
  }
  return best;
}
