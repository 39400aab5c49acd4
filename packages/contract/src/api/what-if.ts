import { SERVICE_AREAS, type Category, type FeeTariff, type ProviderKind, type ServiceArea } from '@hemma/domain';
import type { RateChange, WhatIfChanges } from '@hemma/domain/what-if';
import { z } from 'zod';
import { calendarMonth, calendarMonthProblem } from '../calendar.ts';

// What if (konsekvensanalys, docs/what-if.md): the changed rules as the command line and the
// query string write them, one syntax for both, parsed here into the engine's WhatIfChanges.
//   declined  care=0,service=0         percent of a declined-at-door visit's planned time paid
//   rates     +2%  day=+2%  night=260  private/day=-1.5%   a percent, or a new value in kronor,
//                                      for the entries a selector names (every entry without one)
//   feeTariff hourly:350  fixed:500    kronor per hour or per month

export class ChangeSyntaxError extends Error {}

const PERCENT = /^([+-]?\d{1,3}(?:\.\d{1,2})?)%$/;
const KRONOR = /^(\d{1,6})(?:\.(\d{1,2}))?$/;

function kronorToOre(text: string): number | undefined {
  const m = KRONOR.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

function percentOf(text: string, what: string, min: number, max: number): number {
  const n = Number(text.replace(/%$/, ''));
  if (!/^\d{1,4}(\.\d{1,2})?%?$/.test(text) || n < min || n > max) throw new ChangeSyntaxError(`${what}: expected a percent ${min}–${max}, got "${text}"`);
  return n;
}

/** `care=0,service=50` → { care: 0, service: 50 }. */
export function parseDeclined(text: string): Partial<Record<Category, number>> {
  const out: Partial<Record<Category, number>> = {};
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [key, value] = item.split('=');
    if ((key !== 'care' && key !== 'service') || value === undefined) throw new ChangeSyntaxError(`declined: expected care=N or service=N, got "${item}"`);
    out[key] = percentOf(value, `declined ${key}`, 0, 100);
  }
  if (Object.keys(out).length === 0) throw new ChangeSyntaxError('declined: name care, service or both');
  return out;
}

function selector(tokens: readonly string[]): Omit<RateChange, 'percent' | 'ore'> {
  const change: Omit<RateChange, 'percent' | 'ore'> = {};
  for (const t of tokens) {
    if (!/^[a-z0-9_-]{1,40}$/.test(t)) throw new ChangeSyntaxError(`rates: "${t}" is not a band, a provider kind, a category or an area`);
    if (t === 'municipal' || t === 'private') change.providerKind = t satisfies ProviderKind;
    else if (t === 'care' || t === 'service') change.category = t;
    else if ((SERVICE_AREAS as readonly string[]).includes(t)) change.area = t as ServiceArea;
    else change.band = t;
  }
  return change;
}

/** `+2%`, `day=+2%,night=260`, `private/day=-1.5%` → rate changes in that order. */
export function parseRates(text: string): RateChange[] {
  const out: RateChange[] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = item.lastIndexOf('=');
    const value = eq < 0 ? item : item.slice(eq + 1);
    const base = eq < 0 ? {} : selector(item.slice(0, eq).split('/'));
    const percent = PERCENT.exec(value);
    const ore = kronorToOre(value);
    if (percent) {
      const p = Number(percent[1]);
      if (p <= -100 || p > 100) throw new ChangeSyntaxError(`rates: a change of ${value} is outside −100 %…+100 %`);
      out.push({ ...base, percent: p });
    } else if (ore !== undefined) out.push({ ...base, ore });
    else throw new ChangeSyntaxError(`rates: expected +N% or a value in kronor, got "${value}"`);
  }
  if (out.length === 0) throw new ChangeSyntaxError('rates: give a change such as +2% or day=+2%');
  return out;
}

/** `hourly:350` (kronor per hour) or `fixed:500` (kronor per month). */
export function parseFeeTariff(text: string): FeeTariff {
  const [kind, value = ''] = text.split(':');
  const ore = kronorToOre(value);
  if (ore === undefined || (kind !== 'hourly' && kind !== 'fixed')) throw new ChangeSyntaxError(`feeTariff: expected hourly:KR or fixed:KR, got "${text}"`);
  return kind === 'hourly' ? { kind, orePerHour: ore } : { kind, ore };
}

/** Months from `from` to `to` inclusive, at most twelve. */
export function monthRange(from: string, to: string | undefined): string[] {
  const last = to ?? from;
  const months: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    if (months.length > 12) throw new ChangeSyntaxError('compare at most twelve months at a time');
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  if (months.length === 0) throw new ChangeSyntaxError(`to (${last}) is before from (${from})`);
  return months;
}

/** The options as written (query string or command line) → the months and the changes. */
export function changesFromText(o: {
  cap?: string | undefined; declined?: string | undefined; rates?: string | undefined; model?: string | undefined;
  feeBasis?: string | undefined; feeTariff?: string | undefined;
}): WhatIfChanges {
  const changes: WhatIfChanges = {};
  if (o.cap !== undefined) changes.capPercent = percentOf(o.cap, 'cap', 0, 1000);
  if (o.declined !== undefined) changes.declinedAtDoorPercent = parseDeclined(o.declined);
  if (o.rates !== undefined) changes.rates = parseRates(o.rates);
  if (o.model !== undefined) {
    if (o.model !== 'performed_time' && o.model !== 'granted_time') throw new ChangeSyntaxError(`model: expected performed_time or granted_time, got "${o.model}"`);
    changes.model = o.model;
  }
  if (o.feeBasis !== undefined) {
    if (o.feeBasis !== 'performed' && o.feeBasis !== 'granted') throw new ChangeSyntaxError(`feeBasis: expected performed or granted, got "${o.feeBasis}"`);
    changes.feeBasis = o.feeBasis;
  }
  if (o.feeTariff !== undefined) changes.feeTariff = parseFeeTariff(o.feeTariff);
  return changes;
}

const option = z.string().trim().min(1).max(300).optional();

/** The query of GET /api/v1/what-if: the months and the changed rules, as the CLI takes them. */
export const whatIfQuery = z
  .object({ from: calendarMonth, to: calendarMonth.optional(), cap: option, declined: option, rates: option, model: option, feeBasis: option, feeTariff: option })
  .transform((q, ctx) => {
    try {
      if (q.to !== undefined && calendarMonthProblem(q.to) === undefined && q.to < q.from) throw new ChangeSyntaxError(`to (${q.to}) is before from (${q.from})`);
      return { months: monthRange(q.from, q.to), changes: changesFromText(q) };
    } catch (err) {
      if (!(err instanceof ChangeSyntaxError)) throw err;
      const field = /^(\w+)[: ]/.exec(err.message)?.[1];
      ctx.addIssue({ code: 'custom', message: err.message, path: [field && field in q ? field : 'to'] });
      return z.NEVER;
    }
  });

const amounts = z.object({ realOre: z.number().int(), changedOre: z.number().int(), differenceOre: z.number().int() });

export const whatIfReply = z.object({
  months: z.array(z.string()),
  changes: z.record(z.string(), z.unknown()),
  statements: amounts,
  fees: amounts,
  byMonth: z.array(z.object({ month: z.string(), statements: amounts, fees: amounts })),
  providers: z.array(amounts.extend({ provider: z.string(), name: z.string() })),
  districts: z.array(amounts.extend({ district: z.string(), name: z.string() })),
  clients: z.array(amounts.extend({ client: z.string(), name: z.string(), district: z.string(), fee: amounts })),
});
export type WhatIfReply = z.infer<typeof whatIfReply>;
