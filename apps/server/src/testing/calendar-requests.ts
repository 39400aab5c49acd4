import fc from 'fast-check';
import type { Role } from '../auth/actor.ts';

// Generated calendar values and the requests that carry them. Junk is refused by the schemas
// long before any date arithmetic; these requests are otherwise valid (against the 04-fees
// example), so a date or month reaches the code that computes with it.

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Years 0000–9999, leaning on the ones where calendars go wrong: 0, centuries, leap years. */
export const genYear = fc.oneof(
  fc.integer({ min: 0, max: 9999 }),
  fc.integer({ min: 1990, max: 2040 }),
  fc.constantFrom(0, 1, 99, 100, 1000, 1582, 1899, 1900, 1999, 2000, 2016, 2017, 2024, 2100, 2199, 2200, 2400, 9999),
);

/** Every month, and now and then one that does not exist. */
const genMonthNumber = fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.constantFrom(0, 13, 99) });

export const genMonth = fc.tuple(genYear, genMonthNumber).map(([y, m]) => `${pad(y, 4)}-${pad(m, 2)}`);

/** A day of the month, its last day, and the days just past it (29–31 in short months). */
export const genDate = fc
  .tuple(genYear, genMonthNumber, fc.oneof(fc.integer({ min: 1, max: 28 }), fc.constantFrom('last', 'after', 29, 30, 31, 0, 32)))
  .map(([y, m, d]) => {
    const last = m >= 1 && m <= 12 ? daysIn(y, m) : 31;
    const day = typeof d === 'number' ? d : d === 'last' ? last : last + 1;
    return `${pad(y, 4)}-${pad(m, 2)}-${pad(day, 2)}`;
  });

export interface CalendarValues {
  date: string;
  /** A second date, for periods. */
  to: string;
  month: string;
  uuid: string;
}

export interface CalendarRequest {
  what: string;
  role: Role;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  url: (v: CalendarValues) => string;
  query?: (v: CalendarValues) => Record<string, string>;
  body?: (v: CalendarValues) => unknown;
}

const hours = { personal_care: 10 };

/** The operations that take a date, a month or a year, each with an otherwise valid request. */
export const CALENDAR_REQUESTS: CalendarRequest[] = [
  { what: 'list deviations', role: 'case_officer', method: 'GET', url: () => '/api/v1/deviations', query: (v) => ({ month: v.month }) },
  { what: 'report a deviation', role: 'provider_manager', method: 'POST', url: () => '/api/v1/deviations', body: (v) => ({ clientId: 'c1', month: v.month, minutes: 30, reason: 'extra_need' }) },
  { what: "a client's visits", role: 'case_officer', method: 'GET', url: () => '/api/v1/clients/c1/visits', query: (v) => ({ month: v.month }) },
  { what: 'a statement', role: 'finance', method: 'GET', url: (v) => `/api/v1/statements/${v.month}/p1` },
  { what: 'a statement export', role: 'finance', method: 'GET', url: (v) => `/api/v1/statements/${v.month}/p1/export`, query: () => ({ format: 'xlsx' }) },
  { what: 'a submission', role: 'provider_manager', method: 'POST', url: (v) => `/api/v1/statements/${v.month}/p1/submit` },
  { what: 'the payment file', role: 'finance', method: 'GET', url: (v) => `/api/v1/statements/${v.month}/payments.csv` },
  { what: "a month's fees", role: 'finance', method: 'GET', url: (v) => `/api/v1/fees/${v.month}` },
  { what: 'the month-close board', role: 'finance', method: 'GET', url: (v) => `/api/v1/month-close/${v.month}` },
  { what: 'a what-if', role: 'finance', method: 'GET', url: () => '/api/v1/what-if', query: (v) => ({ from: v.month, cap: '100', rates: 'day=+2%' }) },
  { what: 'a prisbasbelopp', role: 'admin', method: 'PUT', url: (v) => `/api/v1/prisbasbelopp/${v.date.slice(0, 4)}`, body: () => ({ kronor: 58_800 }) },
  { what: 'a day plan', role: 'provider_manager', method: 'GET', url: () => '/api/v1/day-plans', query: (v) => ({ date: v.date, provider: 'p1', iterations: '1' }) },
  { what: 'a recost', role: 'provider_manager', method: 'POST', url: () => '/api/v1/day-plans/recost', body: (v) => ({ date: v.date, provider: 'p1', rounds: [] }) },
  { what: 'shifts', role: 'provider_manager', method: 'PUT', url: () => '/api/v1/shifts', body: (v) => ({ date: v.date, shifts: [{ staff: 's1', start: '07:00', end: '15:00' }] }) },
  { what: 'a decision', role: 'case_officer', method: 'POST', url: () => '/api/v1/clients/c1/decisions', body: (v) => ({ validFrom: v.date, validTo: v.to, hoursPerMonth: hours }) },
  { what: 'an order change', role: 'case_officer', method: 'PATCH', url: () => '/api/v1/orders/o2', body: (v) => ({ from: v.date }) },
  { what: 'an order end', role: 'case_officer', method: 'POST', url: () => '/api/v1/orders/o2/end', body: (v) => ({ to: v.date }) },
  { what: 'a plan', role: 'provider_manager', method: 'POST', url: () => '/api/v1/orders/o1/plans', body: (v) => ({ validFrom: v.date, validTo: v.to }) },
  { what: 'a rule', role: 'admin', method: 'POST', url: () => '/api/v1/rules', body: (v) => ({ from: v.date }) },
  { what: 'a rate', role: 'admin', method: 'POST', url: () => '/api/v1/rates', body: (v) => ({ from: v.date, price: 'per_hour', ore: 45_000, band: 'day' }) },
  { what: 'a fee model', role: 'finance', method: 'POST', url: () => '/api/v1/fee-model', body: (v) => ({ from: v.date, basis: 'performed', tariff: { kind: 'hourly', orePerHour: 30_000 } }) },
  { what: 'the audit log', role: 'admin', method: 'GET', url: () => '/api/v1/audit', query: (v) => ({ from: v.date, to: `${v.to}T12:00:00+01:00` }) },
  {
    what: 'a registration', role: 'staff', method: 'POST', url: () => '/api/v1/registrations',
    body: (v) => ({ registrations: [{ id: v.uuid, kind: 'arrive', method: 'manual', client: 'c1', reason: 'tag missing', at: `${v.date}T08:00:00+01:00` }] }),
  },
];

/** JSON nested `depth` deep: arrays, objects, or both by turns. */
export function nestedJson(depth: number, kind: 'array' | 'object' | 'mixed'): string {
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const array = kind === 'array' || (kind === 'mixed' && i % 2 === 0);
    open += array ? '[' : '{"a":';
    close = (array ? ']' : '}') + close;
  }
  return `${open}1${close}`;
}
