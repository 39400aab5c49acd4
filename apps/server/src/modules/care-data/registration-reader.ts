// Registrations as the domain reads them, from PostgreSQL's rows or from a page of them as one
// text: ids interned, the instant as ISO text. The loaders (registration-pages.repository.ts,
// registration-copy.repository.ts) read rows; this makes the objects.

import type { Registration } from '@hemma/domain';
import { parseTimestamptz } from '../../db/type-parsers.ts';
import type { StoredRegistration } from '../scenario/import.repository.ts';

export interface RegistrationRow extends Omit<StoredRegistration, 'at'> {
  /** PostgreSQL's own text of the instant (see isoInstant). */
  at: string;
}

const scratch = Buffer.alloc(32);

/**
 * ISO text in UTC for PostgreSQL's text of a timestamptz: the session runs in UTC, so the text
 * is `YYYY-MM-DD HH:MM:SS[.f]+00`. The fraction keeps every stored digit (up to the
 * microsecond): step 1 orders by the instant exactly. Any other spelling takes the Date path.
 *
 * Written into one flat string: joined from slices it would be a rope of four strings, and
 * kept for two million registrations that is a quarter of a gigabyte more than the text itself.
 */
export function isoInstant(text: string): string {
  const n = text.length;
  if (n >= 22 && text[4] === '-' && text[10] === ' ' && text[13] === ':' && text.endsWith('+00')) {
    if (n === 22) {
      scratch.write(text, 0, 19, 'latin1');
      scratch.write('.000Z', 19, 'latin1');
      scratch[10] = 0x54;
      return scratch.toString('latin1', 0, 24);
    }
    if (text[19] === '.' && n <= 29) {
      scratch.write(text, 0, n - 3, 'latin1');
      scratch[10] = 0x54;
      scratch[n - 3] = 0x5a;
      return scratch.toString('latin1', 0, n - 2);
    }
  }
  return parseTimestamptz(text).toISOString();
}

/**
 * A string of its own. V8 makes a substring of 13 or more characters a view into its parent,
 * so an id cut from a page would keep the whole page alive; a copy keeps only itself.
 */
function own(text: string): string {
  return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}

function unescapeText(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(.)/gs, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c));
}

/**
 * One copy of each client and staff id (and of the few kinds, methods and categories) for all
 * registrations: the driver makes a new string per field per row, and two million rows of five
 * such strings are ten million small objects that every garbage collection has to walk.
 */
class Interner {
  private readonly seen = new Map<string, string>();

  get(text: string): string {
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    const copy = own(text);
    this.seen.set(copy, copy);
    return copy;
  }
}

const NULL_FIELD = '\\N';
const FIELDS = 11;

/** Field `k` of the line whose field starts are `starts` (the last one past the line's end). */
function field(page: string, starts: Int32Array, k: number): string {
  return page.slice(starts[k], (starts[k + 1] ?? 0) - 1);
}

function nullableField(page: string, starts: Int32Array, k: number): string | null {
  const text = field(page, starts, k);
  return text === NULL_FIELD ? null : text;
}

export class RegistrationReader {
  private readonly ids = new Interner();
  private readonly words = new Interner();
  private readonly starts = new Int32Array(FIELDS + 1);

  fromRow(r: RegistrationRow): Registration {
    return this.make(r.registration_id, r.kind, r.client_id, r.staff_id, isoInstant(r.at), r.method, r.reason, r.corrects, r.planned_minutes, r.category, r.purpose);
  }

  /** Appends the registrations of a PAGE_TEXT to `out`. */
  readPage(page: string | null, out: Registration[]): void {
    if (page === null) return;
    const s = this.starts;
    let pos = 0;
    // Fields are cut by hand, not by a closure made per line: two million closures (and the
    // names the TypeScript loader gives each) cost more than the cutting.
    while (pos < page.length) {
      let end = page.indexOf('\n', pos);
      if (end === -1) end = page.length;
      s[0] = pos;
      for (let k = 1; k < FIELDS; k++) {
        const tab = page.indexOf('\t', s[k - 1]);
        if (tab === -1 || tab > end) throw new Error(`registration page: line at ${pos} has ${k} fields, not ${FIELDS}`);
        s[k] = tab + 1;
      }
      s[FIELDS] = end + 1;
      const reason = nullableField(page, s, 6);
      const corrects = nullableField(page, s, 7);
      const planned = nullableField(page, s, 8);
      out.push(
        this.make(
          own(field(page, s, 0)),
          field(page, s, 1) as Registration['kind'],
          unescapeText(field(page, s, 2)),
          unescapeText(field(page, s, 3)),
          isoInstant(field(page, s, 4)),
          field(page, s, 5) as Registration['method'],
          reason === null ? null : own(unescapeText(reason)),
          corrects === null ? null : own(corrects),
          planned === null ? null : Number(planned),
          nullableField(page, s, 9) as NonNullable<Registration['category']> | null,
          nullableField(page, s, 10) as NonNullable<Registration['purpose']> | null,
        ),
      );
      pos = end + 1;
    }
  }

  /** A registration of its fields as read, `at` already ISO text: ids and words interned here. */
  private make(
    id: string, kind: Registration['kind'], client: string, staff: string, iso: string, method: Registration['method'],
    reason: string | null, corrects: string | null, plannedMinutes: number | null, category: NonNullable<Registration['category']> | null,
    purpose: NonNullable<Registration['purpose']> | null,
  ): Registration {
    const w = this.words;
    return registrationOf(
      id, w.get(kind) as Registration['kind'], this.ids.get(client), this.ids.get(staff), iso, w.get(method) as Registration['method'],
      reason, corrects, plannedMinutes, category === null ? null : (w.get(category) as typeof category),
      purpose === null ? null : (w.get(purpose) as typeof purpose),
    );
  }
}

/**
 * A registration of its fields: `at` already ISO text, the ids and words already one string per
 * value (interned by the caller).
 */
export function registrationOf(
  id: string, kind: Registration['kind'], client: string, staff: string, iso: string, method: Registration['method'],
  reason: string | null, corrects: string | null, plannedMinutes: number | null, category: NonNullable<Registration['category']> | null,
  purpose: NonNullable<Registration['purpose']> | null,
): Registration {
  // Optional fields appear only when present (as before). The usual combinations are written
  // as whole literals: a property added later moves to a separate backing store, one more
  // object for each of a million registrations.
  if (reason === null && corrects === null && purpose === null) {
    if (plannedMinutes === null && category === null) return { id, kind, client, staff, at: iso, method };
    if (plannedMinutes === null && category !== null) {
      return { id, kind, client, staff, at: iso, method, category };
    }
    if (plannedMinutes !== null && category !== null) {
      return { id, kind, client, staff, at: iso, method, plannedMinutes, category };
    }
  }
  const reg: Registration = { id, kind, client, staff, at: iso, method };
  if (reason !== null) reg.reason = reason;
  if (corrects !== null) reg.corrects = corrects;
  if (plannedMinutes !== null) reg.plannedMinutes = plannedMinutes;
  if (category !== null) reg.category = category;
  if (purpose !== null) reg.purpose = purpose;
  return reg;
}
