import type { StaffMember } from '@hemma/contract/api';
import type { Kysely, Selectable } from 'kysely';
import type { DB, StaffTable } from '../../db/schema.ts';

const toStaff = (s: Selectable<StaffTable>): StaffMember => ({
  id: s.staff_id,
  provider: s.provider_id,
  unit: s.unit_id,
  name: s.name,
  employmentPercent: s.employment_percent,
  active: s.active,
});

export interface StaffFilter {
  providerId?: string | undefined;
  unitId?: string | undefined;
}

export async function listStaff(
  db: Kysely<DB>,
  mid: string,
  f: StaffFilter,
): Promise<StaffMember[]> {
  let q = db.selectFrom('staff').selectAll().where('municipality_id', '=', mid);
  if (f.providerId !== undefined) q = q.where('provider_id', '=', f.providerId);
  if (f.unitId !== undefined) q = q.where('unit_id', '=', f.unitId);
  return (await q.orderBy('staff_id').execute()).map(toStaff);
}

export async function findStaff(
  db: Kysely<DB>,
  mid: string,
  staffId: string,
): Promise<StaffMember | undefined> {
  const s = await db
    .selectFrom('staff')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('staff_id', '=', staffId)
    .executeTakeFirst();
  return s && toStaff(s);
}

export async function insertStaff(db: Kysely<DB>, mid: string, s: StaffMember): Promise<void> {
  await db
    .insertInto('staff')
    .values({
      municipality_id: mid,
      staff_id: s.id,
      provider_id: s.provider,
      unit_id: s.unit,
      name: s.name,
      employment_percent: s.employmentPercent,
      active: s.active,
    })
    .execute();
}

export async function updateStaff(db: Kysely<DB>, mid: string, s: StaffMember): Promise<void> {
  await db
    .updateTable('staff')
    .set({ name: s.name, unit_id: s.unit, employment_percent: s.employmentPercent, active: s.active })
    .where('municipality_id', '=', mid)
    .where('staff_id', '=', s.id)
    .execute();
}
