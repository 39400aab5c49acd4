import { sql, type Kysely } from 'kysely';
import type { ClientCardReply } from '@hemma/contract/api';
import type { DB } from '../../db/schema.ts';

// What staff read at the door: the client, her contact person, and the plan of the staff
// member's provider in force on the day. Scope is checked by the caller (auth/scope.ts).

export async function clientCard(db: Kysely<DB>, mid: string, providerId: string, clientId: string, date: string): Promise<ClientCardReply | undefined> {
  const client = await db
    .selectFrom('clients as c')
    .leftJoin('staff as s', (j) => j.onRef('s.municipality_id', '=', 'c.municipality_id').onRef('s.staff_id', '=', 'c.contact_person_staff_id'))
    .select(['c.client_id', 'c.name', 'c.address', 'c.life_story', 'c.practical_notes', 'c.contact_person_staff_id', 's.name as contact_name'])
    .where('c.municipality_id', '=', mid)
    .where('c.client_id', '=', clientId)
    .executeTakeFirst();
  if (!client) return undefined;
  const plan = await db
    .selectFrom('plans as p')
    .innerJoin('orders as o', (j) => j.onRef('o.municipality_id', '=', 'p.municipality_id').onRef('o.order_id', '=', 'p.order_id'))
    .select(['p.plan_id', 'p.notes'])
    .where('p.municipality_id', '=', mid)
    .where('o.client_id', '=', clientId)
    .where('o.provider_id', '=', providerId)
    .where('o.status', 'not in', ['cancelled', 'declined'])
    .where(sql<boolean>`${date}::date between p.valid_from and coalesce(p.valid_to, 'infinity'::date)`)
    .orderBy('p.valid_from', 'desc')
    .executeTakeFirst();
  const visits = plan
    ? await db
        .selectFrom('plan_visits')
        .select(['weekdays', 'window_from', 'window_to', 'duration_minutes', 'areas', 'staff_count'])
        .where('municipality_id', '=', mid)
        .where('plan_id', '=', plan.plan_id)
        .orderBy('window_from')
        .execute()
    : [];
  return {
    id: client.client_id,
    name: client.name,
    address: client.address,
    lifeStory: client.life_story,
    practicalNotes: client.practical_notes,
    contactPerson: client.contact_person_staff_id ? { id: client.contact_person_staff_id, name: client.contact_name ?? client.contact_person_staff_id } : null,
    plan: plan
      ? {
          notes: plan.notes,
          visits: visits.map((v) => ({
            weekdays: v.weekdays, windowFrom: v.window_from, windowTo: v.window_to, durationMinutes: v.duration_minutes, areas: v.areas, staffCount: v.staff_count,
          })),
        }
      : null,
  };
}
