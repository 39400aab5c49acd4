// The demo's visits of a day, planned as a planner would: every client's wished visits of the
// day in order of the wished time, each given by the rota to a carer on shift, the client's own
// carers first; then what is registered of each, with the usual share of what goes wrong.

import type { ScenarioInput } from '@hemma/contract/scenario';
import type { SeededRandom as Random } from '@hemma/domain/random';
import { Temporal } from 'temporal-polyfill';
import type { Rota } from './rota.ts';

type Registration = NonNullable<ScenarioInput['registrations']>[number];

const TZ = 'Europe/Stockholm';
/** Regulars a client gets at most; beyond them, whoever of the team is free comes. */
const MAX_OWN = 6;

export interface Care {
  client: string;
  team: string[];
  /** The client's own carers: the contact person, then whoever came when none of them could. */
  own: string[];
  /** Usual minutes of a visit. */
  length: number;
  perWeek: number;
  doubleStaffing: boolean;
  nightCare: boolean;
  /** Weekday (0: Monday) of the client's first visit of the week. */
  firstDay: number;
}

interface Wish {
  care: Care;
  /** Minute of the day. */
  wished: number;
  minutes: number;
}

/** What every client wishes of the day: a morning visit, a second in the afternoon, a night one. */
function wishesOfDay(rng: Random, cares: readonly Care[], day: Temporal.PlainDate): Wish[] {
  const weekday = day.dayOfWeek - 1;
  const wishes: Wish[] = [];
  for (const care of cares) {
    // Clients' weeks start on different weekdays, so no day of the week carries most of the care.
    const visitDays = new Set(Array.from({ length: Math.min(care.perWeek, 14) }, (_, i) => (care.firstDay + i * 3) % 7));
    const visitsToday = care.perWeek > 7 ? (visitDays.has(weekday) ? 2 : 1) : visitDays.has(weekday) ? 1 : 0;
    for (let v = 0; v < visitsToday; v++) {
      wishes.push({ care, wished: (v === 0 ? rng.int(7, 12) : rng.int(15, 19)) * 60 + rng.int(0, 50), minutes: care.length + rng.int(-8, 8) });
    }
    if (care.nightCare && rng.chance(0.5)) wishes.push({ care, wished: 22 * 60 + rng.int(0, 50), minutes: 15 });
  }
  return wishes.sort((a, b) => a.wished - b.wished);
}

/** The registrations of a day's visits, in order of the wished time. */
export function visitsOfDay(rng: Random, rota: Rota, cares: readonly Care[], day: Temporal.PlainDate, out: Registration[]): void {
  const date = day.toString();
  for (const { care, wished, minutes } of wishesOfDay(rng, cares, day)) {
    const { client, own, team } = care;
    const made = (who: { staff: string; start: number }) => {
      if (!own.includes(who.staff) && own.length < MAX_OWN) own.push(who.staff);
      visit(rng, out, { client, staff: who.staff, day, minute: who.start, minutes });
    };
    const first = rota.assign(rng, [own, team], date, wished, minutes);
    if (first === undefined) continue;
    made(first);
    if (care.doubleStaffing && minutes > 15) {
      // The second carer arrives a minute after the first and stays as long.
      const second = rota.assign(rng, [own, team], date, first.start + 1, minutes, [first.staff]);
      if (second !== undefined) made(second);
    }
  }
}

interface VisitSpec {
  client: string;
  staff: string;
  day: Temporal.PlainDate;
  /** Minute of the day the carer arrives (the rota's). */
  minute: number;
  minutes: number;
}

/** One planned visit with the usual share of what goes wrong in a month of real registrations. */
function visit(rng: Random, out: Registration[], v: VisitSpec): void {
  const arrive = v.day.toPlainDateTime({ hour: Math.floor(v.minute / 60), minute: v.minute % 60 }).toZonedDateTime(TZ);
  const at = (t: Temporal.ZonedDateTime) => t.with({ second: rng.int(0, 59) }).toString({ timeZoneName: 'never' });
  const base = { client: v.client, staff: v.staff, method: 'nfc' as const };
  const roll = rng.next();
  if (roll < 0.02) {
    out.push({ id: rng.uuid(), kind: 'declined_at_door', ...base, at: at(arrive), plannedMinutes: v.minutes, category: 'care' });
    return;
  }
  if (roll < 0.03) {
    out.push({ id: rng.uuid(), kind: 'declined_in_advance', ...base, at: at(arrive.subtract({ hours: 20 })) });
    return;
  }
  const manual = rng.chance(0.03);
  out.push({ id: rng.uuid(), kind: 'arrive', ...base, at: at(arrive) });
  if (roll < 0.04) return; // forgot to register leaving: missing_leave
  out.push({
    id: rng.uuid(),
    kind: 'leave',
    ...base,
    at: at(arrive.add({ minutes: v.minutes })),
    ...(manual && { method: 'manual' as const, reason: 'Taggen satt inte på plats' }),
  });
}
