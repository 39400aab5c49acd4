import type { WeekPlanReply } from '@hemma/contract/api';
import { staffDays, visitFit, weekOf } from '@hemma/domain/shifts';
import type { Actor } from '../../auth/actor.ts';
import { recordListRead } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { parseDate, weekdayOfDayNumber } from '@hemma/domain/time';
import { scopeFor } from './day-plans.service.ts';
import * as shiftsRepo from './shift-patterns.repository.ts';
import { weekStaff, weekVisits, type WeekVisitRow } from './week-plan.repository.ts';

// Who visits whom over a week. Day plans are computed on request and not kept, so the week is
// read from what is kept: the plans' recurring visits and the staff member each names, laid over
// everyone's shifts (pattern and exceptions). A visit whose staff member is off or working other
// hours that day is marked, for the manager to move it.

const holds = (v: WeekVisitRow, date: string): boolean =>
  v.from <= date && (v.to === null || date <= v.to) && v.weekdays.includes(weekdayOfDayNumber(parseDate(date)));

const visitOut = (v: WeekVisitRow) => ({
  planVisitId: v.planVisitId, clientId: v.clientId, clientName: v.clientName, windowFrom: v.windowFrom, windowTo: v.windowTo,
  durationMinutes: v.durationMinutes, staffCount: v.staffCount,
});

export async function weekPlan(database: Database, actor: Actor, q: { provider: string; unit?: string | undefined; week: string }): Promise<WeekPlanReply> {
  const dates = weekOf(q.week);
  const from = dates[0]!;
  const to = dates[6]!;
  const scope = await scopeFor(database, actor, q.provider, q.unit, from);
  const db = database.db;
  const staff = await weekStaff(db, scope.mid, q.provider, q.unit);
  const ids = staff.map((s) => s.id);
  const inUnit = new Set(ids);
  // A unit's week holds its staff's visits, and the unassigned visits of clients whose contact
  // person works in it (as a unit's day plan takes them).
  const visits = (await weekVisits(db, actor, q.provider, from, to)).filter((v) => q.unit === undefined
    || (v.preferredStaff !== null ? inUnit.has(v.preferredStaff) : v.contactPerson !== null && inUnit.has(v.contactPerson)));
  const days = staffDays(ids, dates, await shiftsRepo.patternOf(db, scope.mid, ids), await shiftsRepo.exceptionDays(db, scope.mid, ids, from, to),
    await shiftsRepo.dayShifts(db, scope.mid, ids, from, to));

  const reply: WeekPlanReply = {
    dates,
    staff: staff.map((s) => ({
      ...s,
      days: days.filter((d) => d.staff === s.id).map((d) => ({
        date: d.date,
        exception: d.exception,
        shifts: d.shifts.map((x) => ({ start: x.start, end: x.end, skills: [...x.skills], source: x.source })),
        visits: visits.filter((v) => v.preferredStaff === s.id && holds(v, d.date)).map((v) => ({ ...visitOut(v), fit: visitFit(v, d.shifts) })),
      })),
    })),
    unassigned: dates.map((date) => ({
      date,
      visits: visits.filter((v) => (v.preferredStaff === null || !inUnit.has(v.preferredStaff)) && holds(v, date)).map(visitOut),
    })).filter((d) => d.visits.length > 0),
    withoutLocation: [...new Map(visits.filter((v) => !v.hasLocation && dates.some((d) => holds(v, d)))
      .map((v) => [v.clientId, { clientId: v.clientId, clientName: v.clientName }])).values()]
      .sort((a, b) => a.clientName.localeCompare(b.clientName, 'sv')),
  };
  const shown = new Set([...reply.staff.flatMap((s) => s.days.flatMap((d) => d.visits.map((v) => v.clientId))),
    ...reply.unassigned.flatMap((d) => d.visits.map((v) => v.clientId))]);
  await recordListRead(db, actor, { action: 'read', objectType: 'client', details: { view: 'week-plan', week: from } }, shown);
  return reply;
}
