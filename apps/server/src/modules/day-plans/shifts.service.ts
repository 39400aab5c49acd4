import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { ForbiddenError, InvalidError } from '../../errors.ts';
import { deriveAgain } from '../work-shifts/derive.ts';

export interface ShiftInput {
  staff: string;
  start: string;
  end: string;
  skills: string[];
}

/** A manager sets the day's shifts of her provider's staff; an admin of anyone's. */
export async function replaceShifts(database: Database, actor: Actor, date: string, shifts: readonly ShiftInput[]): Promise<void> {
  if (actor.role !== 'admin' && actor.role !== 'provider_manager') throw new ForbiddenError(`${actor.role} does not set shifts`);
  const mid = actor.municipalityId;
  const ids = [...new Set(shifts.map((s) => s.staff))];
  await database.db.transaction().execute(async (trx) => {
    if (ids.length > 0) {
      let q = trx.selectFrom('staff').select('staff_id').where('municipality_id', '=', mid).where('staff_id', 'in', ids);
      if (actor.role === 'provider_manager') q = q.where('provider_id', '=', actor.providerId ?? '');
      const known = new Set((await q.execute()).map((r) => r.staff_id));
      const seen = new Set<string>();
      shifts.forEach((s, i) => {
        const key = `${s.staff} ${s.start}`;
        if (seen.has(key)) throw new InvalidError(`staff "${s.staff}" has two shifts starting at ${s.start}`, `shifts[${i}].start`);
        seen.add(key);
        if (!known.has(s.staff)) throw new InvalidError(`no staff member "${s.staff}" of yours`, `shifts[${i}].staff`);
        if (s.end <= s.start) throw new InvalidError(`the shift ends (${s.end}) before it starts (${s.start})`, `shifts[${i}].end`);
      });
      await trx.deleteFrom('staff_shifts').where('municipality_id', '=', mid).where('date', '=', date).where('staff_id', 'in', ids).execute();
      await trx.insertInto('staff_shifts')
        .values(shifts.map((s) => ({ municipality_id: mid, staff_id: s.staff, date, start_time: s.start, end_time: s.end, skills: s.skills })))
        .execute();
      await deriveAgain(trx, mid, ids, [date]);
    }
  });
}
