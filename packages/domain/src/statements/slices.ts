// A month's statements cut per provider and client (steps 1–7 of the scenario spec). Only the
// cap walk, the excess and its review are per client × provider × month, and what couples
// clients (one staff member's overlapping visits, several carers at one client) is settled in
// the analysis over every registration given: so the slices of clients C computed from C's
// registrations and those of every staff member who worked at C equal C's slices of the whole
// month (the server's kept statements rely on this; its property test checks it).

import type { CareData, Deviation } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import { monthRange, previousMonth } from '../time/civil-days.ts';
import type { MonthItems } from './analyse.ts';
import { monthItemsOf } from './analyse.ts';
import type { CareAnalysis } from './analysis.ts';
import { analyseCare } from './analysis.ts';
import { approvedExcessFrom } from './approved-excess.ts';
import type { EngineContext } from './context.ts';
import { buildContext, providerKindOf } from './context.ts';
import { ExceptionLog } from './exceptions.ts';
import { ExcessReviews } from './excess-reviews.ts';
import { grantedLine } from './granted-line.ts';
import type { ProviderMonth } from './month-groups.ts';
import { addOrderAndDeviationClients, groupMonth } from './month-groups.ts';
import { performedLine } from './performed-line.ts';
import type { ApprovedExcessEntry, ClientSlice, MonthSlices } from './types.ts';

type Range = ReturnType<typeof monthRange>;

/**
 * What part of the month to compute: these clients' slices, these providers' slices, or both
 * limits at once; everything when empty. A provider's slices read only its own staff's
 * registrations (pairing, overlap and double staffing never look across providers), so the
 * month splits by provider without loss; the data must then hold every registration of its
 * staff and every correction that could supersede one.
 */
export interface MonthPart {
  clients?: ReadonlySet<string> | undefined;
  providers?: ReadonlySet<string> | undefined;
}

const inPart = (part: MonthPart, provider: string, client: string): boolean =>
  (part.clients === undefined || part.clients.has(client)) && (part.providers === undefined || part.providers.has(provider));

class SliceBook {
  private readonly byKey = new Map<string, Map<string, ClientSlice>>();

  constructor(private readonly only: MonthPart) {}

  /** The slice of a provider and client, or undefined for a client or provider not asked for. */
  get(provider: string, client: string): ClientSlice | undefined {
    if (!inPart(this.only, provider, client)) return undefined;
    let ofProvider = this.byKey.get(provider);
    if (ofProvider === undefined) {
      ofProvider = new Map();
      this.byKey.set(provider, ofProvider);
    }
    let slice = ofProvider.get(client);
    if (slice === undefined) {
      slice = {
        provider, client, line: null, excess: null, approvedExcess: null, exceptions: [],
        registrations: 0, manualRegistrations: 0, undecidedDeviations: 0,
      };
      ofProvider.set(client, slice);
    }
    return slice;
  }

  sorted(): ClientSlice[] {
    const out: ClientSlice[] = [];
    for (const provider of [...this.byKey.keys()].sort(compareIds)) {
      const ofProvider = this.byKey.get(provider)!;
      for (const client of [...ofProvider.keys()].sort(compareIds)) out.push(ofProvider.get(client)!);
    }
    return out;
  }
}

/**
 * The slices of `month`; with `only`, those of these clients alone (the data must then hold
 * every registration of these clients and of every staff member who registered at them).
 */
export function computeSlices(data: CareData, month: string, only?: ReadonlySet<string>): MonthSlices {
  const range = monthRange(month);
  const ctx = buildContext(data);
  return slicesOf(ctx, data, range, analyseCare(ctx, data.registrations), { clients: only });
}

/**
 * The slices, and the month's visits and declined registrations from the same analysis (what
 * the follow-up reports count, kept beside the slices). With `only` (clients) or `providers`, the items of others
 * clients are left out: the data need not hold all of theirs.
 */
export function computeSlicesAndItems(data: CareData, month: string, only?: ReadonlySet<string>, providers?: ReadonlySet<string>): MonthSlices & { items: MonthItems } {
  const range = monthRange(month);
  const ctx = buildContext(data);
  const analysis = analyseCare(ctx, data.registrations);
  const items = monthItemsOf(ctx, analysis, range);
  const part: MonthPart = { clients: only, providers };
  if (only !== undefined || providers !== undefined) {
    items.visits = items.visits.filter((v) => inPart(part, v.provider, v.client));
    items.declined = items.declined.filter((d) => inPart(part, d.provider, d.client));
  }
  return { ...slicesOf(ctx, data, range, analysis, part), items };
}

function slicesOf(ctx: EngineContext, data: CareData, range: Range, analysis: CareAnalysis, only: MonthPart): MonthSlices {
  const { month } = range;
  const performed = data.municipality.model === 'performed_time';
  const groups = groupMonth(analysis, range, performed);
  addOrderAndDeviationClients(ctx, data, range, groups);
  const reviews = new ExcessReviews(data.excessReviews);
  const approvedExcess = performed
    ? approvedExcessFrom(ctx, analysis, reviews, monthRange(previousMonth(month)))
    : new Map<string, ApprovedExcessEntry[]>();
  const book = new SliceBook(only);
  const approvedDeviations = approvedDeviationsOf(data, month);

  for (const d of data.deviations) {
    if (d.month !== month || d.status !== 'reported') continue;
    const slice = book.get(d.provider, d.client);
    if (slice !== undefined) slice.undecidedDeviations += 1;
  }
  for (const [provider, entries] of approvedExcess) {
    for (const e of entries) {
      const slice = book.get(provider, e.client);
      if (slice !== undefined) slice.approvedExcess = e;
    }
  }
  for (const [provider, pm] of groups.byProvider) {
    for (const [client, c] of pm.counts) {
      const slice = book.get(provider, client);
      if (slice === undefined) continue;
      slice.registrations = c.registrations;
      slice.manualRegistrations = c.manual;
    }
    const log = new ExceptionLog(ctx.clock);
    if (performed) performedSlices(ctx, provider, range, pm, reviews, log, book);
    else grantedSlices(ctx, provider, range, pm, approvedDeviations.get(provider), book);
    for (const f of pm.missingLeave) if (inPart(only, provider, f.reg.client)) log.add('missing_leave', f.reg, f.seq, f.minute);
    for (const f of pm.missingArrive) if (inPart(only, provider, f.reg.client)) log.add('missing_arrive', f.reg, f.seq, f.minute);
    for (const e of log.sorted()) book.get(provider, e.client)?.exceptions.push(e);
  }
  return { municipality: data.municipality.id, model: data.municipality.model, month, slices: book.sorted() };
}

function performedSlices(
  ctx: EngineContext, provider: string, range: Range, pm: ProviderMonth, reviews: ExcessReviews, log: ExceptionLog, book: SliceBook,
): void {
  const kind = providerKindOf(ctx, provider);
  for (const client of pm.clients) {
    const slice = book.get(provider, client);
    if (slice === undefined) continue;
    const result = performedLine(ctx, client, provider, kind, range, pm.items.get(client), log);
    slice.line = result.line;
    if (result.excessMinutes > 0) {
      slice.excess = { client, minutes: result.excessMinutes, amountOre: result.excessAmountOre, status: reviews.status(client, provider, range.month) };
    }
  }
}

/** Approved deviations of the month by provider and client. */
function approvedDeviationsOf(data: CareData, month: string): Map<string, Map<string, Deviation[]>> {
  const result = new Map<string, Map<string, Deviation[]>>();
  for (const d of data.deviations) {
    if (d.month !== month || d.status !== 'approved') continue;
    let ofProvider = result.get(d.provider);
    if (ofProvider === undefined) {
      ofProvider = new Map();
      result.set(d.provider, ofProvider);
    }
    const list = ofProvider.get(d.client);
    if (list === undefined) ofProvider.set(d.client, [d]);
    else list.push(d);
  }
  return result;
}

function grantedSlices(
  ctx: EngineContext, provider: string, range: Range, pm: ProviderMonth, approved: Map<string, Deviation[]> | undefined, book: SliceBook,
): void {
  const kind = providerKindOf(ctx, provider);
  for (const client of pm.clients) {
    const slice = book.get(provider, client);
    if (slice !== undefined) slice.line = grantedLine(ctx, client, provider, kind, range, approved?.get(client) ?? []);
  }
}
