import type { MunicipalityReply } from '@hemma/contract/api';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { textArray } from './guards.ts';

export async function readMunicipality(
  db: Kysely<DB>,
  mid: string,
): Promise<MunicipalityReply | undefined> {
  const m = await db
    .selectFrom('municipalities')
    .select([
      'municipality_id',
      'name',
      'timezone',
      'payment_model',
      'default_band',
      'holiday_eves',
      'payment_day',
    ])
    .where('municipality_id', '=', mid)
    .executeTakeFirst();
  return (
    m && {
      id: m.municipality_id,
      name: m.name,
      timezone: m.timezone,
      model: m.payment_model,
      defaultBand: m.default_band,
      holidayEves: m.holiday_eves,
      paymentDay: m.payment_day,
    }
  );
}

export interface MunicipalityChange {
  name?: string | undefined;
  timezone?: string | undefined;
  model?: MunicipalityReply['model'] | undefined;
  defaultBand?: string | undefined;
  holidayEves?: readonly string[] | undefined;
  paymentDay?: number | undefined;
}

export async function updateMunicipality(
  db: Kysely<DB>,
  mid: string,
  c: MunicipalityChange,
): Promise<void> {
  await db
    .updateTable('municipalities')
    .set({
      ...(c.name !== undefined && { name: c.name }),
      ...(c.timezone !== undefined && { timezone: c.timezone }),
      ...(c.model !== undefined && { payment_model: c.model }),
      ...(c.defaultBand !== undefined && { default_band: c.defaultBand }),
      ...(c.holidayEves !== undefined && { holiday_eves: textArray([...new Set(c.holidayEves)]) }),
      ...(c.paymentDay !== undefined && { payment_day: c.paymentDay }),
    })
    .where('municipality_id', '=', mid)
    .execute();
}
