import { Rng } from '../vrptw/rng.ts';
import type { Client, DayInput, Location, Shift, Visit } from './types.ts';

// A seeded, made-up week of home care around a town centre, for tests and demonstrations:
// clients with one to four visits a day at the usual times, some double-staffed, some needing a
// delegated skill, and day and evening shifts starting at the office.

export interface WeekShape {
  clients: number;
  staff: number;
  days: number;
  seed: number;
}

const CENTRE = { lat: 59.8586, lon: 17.6389 };
const SLOTS = [
  { from: 7 * 60, to: 10 * 60, share: 0.7 },
  { from: 11 * 60, to: 13 * 60 + 30, share: 0.5 },
  { from: 15 * 60, to: 17 * 60 + 30, share: 0.4 },
  { from: 19 * 60, to: 21 * 60 + 30, share: 0.3 },
];
const SKILL = 'insulin';

export function generateWeek(shape: WeekShape): Omit<DayInput, 'metBefore'>[] {
  const rng = new Rng(shape.seed);
  const place = (id: string, radiusKm: number): Location => ({
    id,
    lat: CENTRE.lat + ((rng.next() - 0.5) * 2 * radiusKm) / 111,
    lon: CENTRE.lon + ((rng.next() - 0.5) * 2 * radiusKm) / 56,
  });
  const office = place('office', 0.5);
  const staffIds = Array.from({ length: shape.staff }, (_, i) => `s${i + 1}`);
  const skilled = new Set(staffIds.filter(() => rng.next() < 0.5));
  const clients: Client[] = Array.from({ length: shape.clients }, (_, i) => ({
    id: `c${i + 1}`,
    location: place(`c${i + 1}`, 4),
    contactPerson: staffIds[rng.int(staffIds.length)],
  }));
  const needs = clients.map(() => ({
    slots: SLOTS.filter((slot) => rng.next() < slot.share),
    minutes: 15 + 5 * rng.int(7),
    double: rng.next() < 0.1,
    skill: rng.next() < 0.15,
  }));
  return Array.from({ length: shape.days }, (_, d) => {
    const date = `2026-03-${String(2 + d).padStart(2, '0')}`;
    const visits: Visit[] = [];
    clients.forEach((c, i) => {
      const need = needs[i] as (typeof needs)[number];
      need.slots.forEach((slot, k) => {
        visits.push({
          id: `${date}-${c.id}-${k}`,
          client: c.id,
          earliest: slot.from,
          latest: slot.to - need.minutes,
          durationMinutes: need.minutes,
          doubleStaffing: need.double && k === 0,
          requiredSkills: need.skill ? [SKILL] : [],
        });
      });
    });
    // Staff rotate between the day and the evening shift through the week.
    const shifts: Shift[] = staffIds.map((staff, s) => {
      const evening = (s + d) % 3 === 0;
      return {
        staff,
        start: evening ? 14 * 60 : 7 * 60,
        end: evening ? 22 * 60 : 15 * 60 + 30,
        startAt: office,
        skills: skilled.has(staff) ? [SKILL] : [],
      };
    });
    return { date, clients, visits, shifts, travel: { kind: 'haversine', speedKmh: 30 } };
  });
}
