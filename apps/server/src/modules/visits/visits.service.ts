import type { VisitsReply } from '@hemma/contract/api';
import type { CareData } from '@hemma/domain';
import { analyseMonth, type StatementException, type StatementsDocument } from '@hemma/domain/statements';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { clientInScopeOr404, only, ownProvider } from '../clients/access.ts';
import { loadClientsMonthData } from '../care-data/month-data.ts';
import { freshen, keptClientSlices } from '../kept-statements/read.ts';

// A client's month as the statements see it: the same pairing, holds and exceptions
// computed by the domain from the stored registrations, so what a case officer or provider reads
// here is what will be paid. A provider sees only her own provider's visits.

type Exception = VisitsReply['exceptions'][number];

const isoMinute = (epochMinute: number): string => new Date(epochMinute * 60_000).toISOString();

function toException(providerId: string, e: StatementException): Exception {
  return { providerId, type: e.type, staff: e.staff, registration: e.registration, at: e.at, ...(e.type === 'unordered_double_staffing' && { minutes: e.minutes }) };
}

/** Corrections made at the client in the month, local time: who corrected what, and why. */
function corrections(data: CareData, clientId: string, month: string, provider: string | undefined): VisitsReply['corrections'] {
  const providerOf = new Map(data.staff.map((s) => [s.id, s.provider]));
  const localMonth = (at: string): string => new Date(at).toLocaleDateString('sv-SE', { timeZone: data.municipality.timezone }).slice(0, 7);
  return data.registrations
    .filter((r) => r.client === clientId && r.corrects !== undefined && localMonth(r.at) === month)
    .filter((r) => provider === undefined || providerOf.get(r.staff) === provider)
    .map((r) => ({ id: r.id, kind: r.kind, corrects: r.corrects!, staffId: r.staff, at: r.at, reason: r.reason ?? null }));
}

/** The month as a screen shows it: the paired visits of some clients beside the kept statements. */
export interface MonthView {
  analysed: ReturnType<typeof analyseMonth>;
  statements: StatementsDocument;
}

/** Names of the staff a reply names, and of no one else: the month's data holds every staff member who worked at the client. */
/**
 * "Anna Lind" → "Anna L.": enough for a case officer or a manager to tell who came, without
 * spreading staff's full names beyond their employer's staff register.
 */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  const last = parts.length > 1 ? parts.at(-1)! : '';
  return last === '' ? parts[0] ?? '' : `${parts[0]} ${last[0]}.`;
}

function staffNamesOf(data: CareData, ids: readonly string[]): Record<string, string> {
  const wanted = new Set(ids);
  return Object.fromEntries(data.staff.filter((s) => wanted.has(s.id)).map((s) => [s.id, shortName(s.name)]));
}

/**
 * The visits of `clients` paired from their facts alone (theirs and those of every staff member
 * who worked at them, as their kept slices were computed), beside the month's kept statements.
 */
export async function keptMonthView(db: Kysely<DB>, mid: string, month: string, statements: StatementsDocument, clients: readonly string[]): Promise<MonthView> {
  const analysed = clients.length === 0 ? { visits: [], declined: [] } : analyseMonth(await loadClientsMonthData(db, mid, month, clients), month);
  return { analysed, statements };
}

/** A paired visit as the reply shows it; a visit's exceptions name its arrival (the registration that opened it). */
function toVisit(v: ReturnType<typeof analyseMonth>['visits'][number], exceptions: Exception[]): VisitsReply['visits'][number] {
  return {
    id: v.id,
    providerId: v.provider,
    staffId: v.staff,
    date: v.date,
    arrive: isoMinute(v.startMinute),
    leave: isoMinute(v.endMinute),
    minutes: v.endMinute - v.startMinute,
    held: v.heldWhole,
    manual: v.manual,
    corrected: v.corrected,
    exceptions: exceptions.filter((e) => e.registration === v.id).map(({ providerId: _p, ...e }) => e),
  };
}

function visitsOf(analysed: MonthView['analysed'], exceptions: Exception[], clientId: string, mine: (provider: string) => boolean): Pick<VisitsReply, 'visits' | 'declined' | 'exceptions'> {
  const visits = analysed.visits
    .filter((v) => v.client === clientId && mine(v.provider))
    .map((v) => toVisit(v, exceptions));
  const declined = analysed.declined
    .filter((d) => d.client === clientId && mine(d.provider))
    .map((d) => ({ id: d.id, providerId: d.provider, kind: d.kind, date: d.date }));
  return { visits, declined, exceptions };
}

/** One client's visits, declined visits and exceptions of the month, of the providers `mine` keeps. */
export function visitsIn(view: MonthView, clientId: string, mine: (provider: string) => boolean): Pick<VisitsReply, 'visits' | 'declined' | 'exceptions'> {
  const exceptions = view.statements
    .statements.filter((s) => mine(s.provider))
    .flatMap((s) => s.exceptions.filter((e) => e.client === clientId).map((e) => toException(s.provider, e)));
  return visitsOf(view.analysed, exceptions, clientId, mine);
}

export async function clientVisits(database: Database, actor: Actor, clientId: string, month: string): Promise<VisitsReply> {
  only(actor, ['case_officer', 'admin', 'finance', 'provider_manager'], 'see a client\'s visits of a month');
  await clientInScopeOr404(database.db, actor, clientId);
  const provider = ownProvider(actor);
  const mine = (p: string): boolean => provider === undefined || p === provider;
  const mid = actor.municipalityId;
  const kept = await freshen(database.db, mid, month);
  const data = await loadClientsMonthData(database.db, mid, month, [clientId]);
  const analysed = analyseMonth(data, month);
  const exceptions = (await keptClientSlices(database.db, mid, month, clientId))
    .filter((s) => mine(s.provider))
    .flatMap((s) => s.exceptions.map(({ registrationAt: _at, ...e }) => toException(s.provider, e)));
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'visits', details: { month } });
  const shown = visitsOf(analysed, exceptions, clientId, mine);
  const fixes = corrections(data, clientId, month, provider);
  return { clientId, month, ...shown, corrections: fixes, staffNames: staffNamesOf(data, [...shown.visits.map((v) => v.staffId), ...shown.exceptions.map((e) => e.staff), ...fixes.map((c) => c.staffId)]), kept };
}
