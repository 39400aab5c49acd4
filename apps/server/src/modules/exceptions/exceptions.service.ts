import type { ExceptionResolution, ExceptionResolveReply, UnresolvedException } from '@hemma/contract/api';
import { plannedVisitFor } from '@hemma/domain/plans';
import { analyseMonth } from '@hemma/domain/statements';
import { parseDate, weekdayOfDayNumber } from '@hemma/domain/time';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ConflictError, UnprocessableError } from '../../errors.ts';
import { only, ownProvider } from '../clients/access.ts';
import { loadClientsMonthData } from '../care-data/month-data.ts';
import { freshen, keptProviderSlices, keptProviderStatement, upToDateIn } from '../kept-statements/read.ts';
import * as repo from './exceptions.repository.ts';
import { correctionsFor, RESOLVES, type Correction } from './resolutions.ts';

// A provider manager's exceptions of a month, read from her kept statement, and their
// resolution: one transaction of correction registrations, checked against the statement
// brought up to date inside it before it commits.

interface Arrival {
  client: string;
  /** The registration's own instant, seconds included. */
  at: string;
}

/** Where the plan says a visit opened by this arrival ends, or null when the plan has no such visit. */
async function plannedLeave(db: Kysely<DB>, mid: string, timezone: string, provider: string, arrive: Arrival): Promise<string | null> {
  const parts = new Intl.DateTimeFormat('sv-SE', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .formatToParts(new Date(arrive.at));
  const part = (type: string): string => parts.find((p) => p.type === type)!.value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  const visits = await repo.planVisitsOn(db, mid, arrive.client, provider, date);
  const visit = plannedVisitFor(visits, weekdayOfDayNumber(parseDate(date)), Number(part('hour')) * 60 + Number(part('minute')));
  return visit === undefined ? null : new Date(Date.parse(arrive.at) + visit.durationMinutes * 60_000).toISOString();
}

export async function listExceptions(database: Database, actor: Actor, month: string): Promise<UnresolvedException[]> {
  only(actor, ['provider_manager'], 'resolve exceptions');
  const provider = ownProvider(actor)!;
  const mid = actor.municipalityId;
  await freshen(database.db, mid, month);
  const statement = await keptProviderStatement(database.db, mid, month, provider);
  const arrivedAt = new Map((await keptProviderSlices(database.db, mid, month, provider)).flatMap((s) => s.exceptions.map((e) => [e.registration, e.registrationAt])));
  const timezone = await repo.municipalityTimezone(database.db, mid);
  const names = await repo.clientNames(database.db, actor);
  const out: UnresolvedException[] = [];
  for (const e of statement.exceptions) {
    const at = arrivedAt.get(e.registration);
    out.push({
      type: e.type, clientId: e.client, clientName: names.get(e.client) ?? null, staff: e.staff, registration: e.registration, at: e.at,
      ...(e.type === 'unordered_double_staffing' && { minutes: e.minutes }),
      plannedLeave: e.type === 'missing_leave' && at !== undefined ? await plannedLeave(database.db, mid, timezone, provider, { client: e.client, at }) : null,
    });
  }
  await recordAuditMany(database.db, actor, [...new Set(out.map((e) => e.clientId))].map((clientId) => ({ action: 'read', clientId, objectType: 'exception', details: { month } })));
  return out;
}

export async function resolveExceptions(database: Database, actor: Actor, month: string, resolutions: readonly ExceptionResolution[]): Promise<ExceptionResolveReply> {
  only(actor, ['provider_manager'], 'resolve exceptions');
  const provider = ownProvider(actor)!;
  const mid = actor.municipalityId;
  await freshen(database.db, mid, month);
  return database.db.transaction().execute(async (trx) => {
    // Finance is looking at a submitted month; it is sent back before it changes.
    if ((await repo.statementStatus(trx, mid, provider, month)) === 'submitted') throw new ConflictError(`the statement of ${month} is submitted: ask finance to send it back first`);
    await upToDateIn(trx, mid, month);
    const open = (await keptProviderStatement(trx, mid, month, provider)).exceptions;
    // The facts of the clients named, paired as their kept slices were.
    const named = new Set(resolutions.flatMap((r) => open.filter((e) => e.registration === r.registration).map((e) => e.client)));
    const data = await loadClientsMonthData(trx, mid, month, [...named]);
    const registrations = new Map(data.registrations.map((r) => [r.id, r]));
    const visits = new Map(analyseMonth(data, month).visits.map((v) => [v.id, v]));
    const seen = new Set<string>();
    const corrections: Correction[] = [];
    for (const [i, r] of resolutions.entries()) {
      const type = RESOLVES[r.kind];
      const arrive = registrations.get(r.registration);
      if (!arrive || !open.some((e) => e.registration === r.registration && e.type === type)) {
        throw new UnprocessableError(`no unresolved ${type} of yours in ${month} names this registration`, `resolutions[${i}].registration`);
      }
      if (seen.has(r.registration)) throw new UnprocessableError('this registration is resolved twice', `resolutions[${i}].registration`);
      seen.add(r.registration);
      const planned = r.kind === 'complete_leave' && r.leaveAt === undefined ? await plannedLeave(trx, mid, data.municipality.timezone, provider, arrive) : null;
      corrections.push(...correctionsFor(r, i, { data, visits, arrive, plannedLeave: planned }));
    }
    await repo.insertCorrections(trx, mid, corrections);

    // The statement, brought up to date with what is now stored, must no longer hold what was resolved.
    await upToDateIn(trx, mid, month);
    const after = (await keptProviderStatement(trx, mid, month, provider)).exceptions;
    for (const [i, r] of resolutions.entries()) {
      if (after.some((e) => e.registration === r.registration && e.type === RESOLVES[r.kind])) {
        throw new UnprocessableError(`the ${RESOLVES[r.kind]} remains after this correction`, `resolutions[${i}]`);
      }
    }
    const byClient = new Map<string, Correction[]>();
    for (const c of corrections) byClient.set(c.client, [...(byClient.get(c.client) ?? []), c]);
    await recordAuditMany(trx, actor, [...byClient].map(([clientId, cs]) => ({
      action: 'create', clientId, objectType: 'registration', details: { registrations: cs.map((c) => c.id), resolutions: [...new Set(cs.map((c) => resolutions[c.resolution]!.kind))] },
    })));
    return {
      registrations: corrections.map((c) => ({ id: c.id, kind: c.kind, corrects: c.corrects, at: c.at, resolution: c.resolution })),
      remaining: after.length,
    };
  });
}
