import { randomUUID } from 'node:crypto';
import type { ExceptionResolution } from '@hemma/contract/api';
import type { CareData } from '@hemma/domain';
import type { AnalysedVisit } from '@hemma/domain/statements';
import { UnprocessableError } from '../../errors.ts';

// Each resolution as the correction registrations that carry it out. Nothing is rewritten:
// a missing leave gets a new manual leave, a leave moved to split an overlap supersedes the old
// one (`corrects`), and a visit without an order is withdrawn by voiding both its registrations.

export interface Correction {
  id: string;
  kind: 'leave' | 'void';
  client: string;
  staff: string;
  at: string;
  reason: string;
  corrects: string | null;
  resolution: number;
}

/** The exception type each kind resolves. */
export const RESOLVES: Record<ExceptionResolution['kind'], string> = {
  complete_leave: 'missing_leave',
  split_overlap: 'overlap',
  explain_no_order: 'no_active_order',
};

const minuteOf = (at: string): number => Math.floor(Date.parse(at) / 60_000);

/** The visit's closing leave: the effective leave of its staff member and client in its last minute. */
function leaveOf(data: CareData, visit: AnalysedVisit): CareData['registrations'][number] | undefined {
  const superseded = new Set(data.registrations.flatMap((r) => r.corrects ?? []));
  return data.registrations.find((r) => r.kind === 'leave' && r.staff === visit.staff && r.client === visit.client && !superseded.has(r.id) && minuteOf(r.at) === visit.endMinute);
}

export function correctionsFor(
  r: ExceptionResolution, index: number, ctx: { data: CareData; visits: ReadonlyMap<string, AnalysedVisit>; arrive: CareData['registrations'][number]; plannedLeave: string | null },
): Correction[] {
  const path = `resolutions[${index}]`;
  const base = { client: ctx.arrive.client, staff: ctx.arrive.staff, reason: r.reason, resolution: index };
  if (r.kind === 'complete_leave') {
    const at = r.leaveAt ?? ctx.plannedLeave;
    if (at === null) throw new UnprocessableError('the plan has no visit this arrival carries out: give leaveAt', `${path}.leaveAt`);
    if (Date.parse(at) <= Date.parse(ctx.arrive.at)) throw new UnprocessableError('the leave must come after the arrival', `${path}.leaveAt`);
    return [{ ...base, id: randomUUID(), kind: 'leave', at, corrects: null }];
  }
  const visit = ctx.visits.get(r.registration);
  const leave = visit && leaveOf(ctx.data, visit);
  if (!leave) throw new UnprocessableError('no visit opens with this registration', `${path}.registration`);
  if (r.kind === 'split_overlap') {
    if (Date.parse(r.leaveAt) <= Date.parse(ctx.arrive.at)) throw new UnprocessableError('the leave must come after the arrival', `${path}.leaveAt`);
    if (Date.parse(r.leaveAt) >= Date.parse(leave.at)) throw new UnprocessableError('a split ends the visit earlier than it ended', `${path}.leaveAt`);
    return [{ ...base, id: randomUUID(), kind: 'leave', at: r.leaveAt, corrects: leave.id }];
  }
  return [
    { ...base, id: randomUUID(), kind: 'void', at: ctx.arrive.at, corrects: ctx.arrive.id },
    { ...base, id: randomUUID(), kind: 'void', at: leave.at, corrects: leave.id },
  ];
}
