import type { Decision } from '@hemma/contract/api';
import type { Kysely, Selectable } from 'kysely';
import type { DB, DecisionsTable } from '../../db/schema.ts';

// Decisions of one client; the caller has checked the client is in scope.

function toDecision(r: Selectable<DecisionsTable>): Decision {
  return {
    id: r.decision_id,
    clientId: r.client_id,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    hoursPerMonth: r.hours_per_month,
    doubleStaffing: r.double_staffing,
    decidedAt: r.decided_at.toISOString(),
    text: r.decision_text,
    goals: r.goals,
  };
}

export async function listDecisions(db: Kysely<DB>, mid: string, clientId: string): Promise<Decision[]> {
  const rows = await db
    .selectFrom('decisions')
    .selectAll()
    .where('municipality_id', '=', mid)
    .where('client_id', '=', clientId)
    .orderBy('valid_from', 'desc')
    .orderBy('decision_id')
    .execute();
  return rows.map(toDecision);
}

export async function findDecision(db: Kysely<DB>, mid: string, decisionId: string): Promise<Decision | undefined> {
  const r = await db.selectFrom('decisions').selectAll().where('municipality_id', '=', mid).where('decision_id', '=', decisionId).executeTakeFirst();
  return r && toDecision(r);
}

export async function insertDecision(db: Kysely<DB>, mid: string, d: Omit<Decision, 'decidedAt'>): Promise<void> {
  await db
    .insertInto('decisions')
    .values({
      municipality_id: mid,
      decision_id: d.id,
      client_id: d.clientId,
      valid_from: d.validFrom,
      valid_to: d.validTo,
      hours_per_month: JSON.stringify(d.hoursPerMonth),
      double_staffing: d.doubleStaffing,
      decision_text: d.text,
      goals: d.goals,
    })
    .execute();
}
