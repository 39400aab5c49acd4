// A window's registrations read from PostgreSQL (or PGlite) a day at a time, each day as one
// text (see PAGE_TEXT), and a few clients' registrations with their corrections.

import type { Registration } from '@hemma/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RegistrationWindow } from './care-data.repository.ts';
import { copyRegistrations } from './registration-copy.repository.ts';
import { RegistrationReader, type RegistrationRow } from './registration-reader.ts';

// `at::text` rather than a Date: a month holds two million registrations, and going text →
// Date → ISO text costs a regular expression, a Date and its formatting per row.
const REGISTRATION_COLUMNS = sql.raw(
  'registration_id, kind, client_id, staff_id, at::text as at, method, reason, corrects, planned_minutes, category, purpose',
);

/** COPY's text escapes for a column that may hold any text: `\\`, `\t`, `\n`. */
const escaped = (column: string): string => String.raw`replace(replace(replace(${column}, '\', '\\'), E'\t', '\t'), E'\n', '\n')`;

/**
 * A page of registrations as one text: a line per row, fields split by tabs, free text escaped
 * as COPY does and NULL as `\N`. Drivers decode and wrap every field of every row on its own;
 * PGlite spends ≈ 20 µs a row on it, six times what building and splitting one string costs.
 */
const PAGE_TEXT = sql.raw(
  String.raw`string_agg(concat_ws(E'\t', registration_id, kind, ${escaped('client_id')}, ${escaped('staff_id')}, at::text, method, ` +
    String.raw`coalesce(${escaped('reason')}, '\N'), coalesce(corrects::text, '\N'), coalesce(planned_minutes::text, '\N'), coalesce(category, '\N'), coalesce(purpose, '\N')), E'\n')`,
);

const PAGE_MS = 86_400_000;

export async function loadRegistrations(db: Kysely<DB>, mid: string, window?: RegistrationWindow): Promise<Registration[]> {
  const reader = new RegistrationReader();
  if (!window) {
    const all = await sql<RegistrationRow>`select ${REGISTRATION_COLUMNS} from registrations where municipality_id = ${mid}`.execute(db);
    return all.rows.map((r) => reader.fromRow(r));
  }
  if (window.clients) return loadClientRegistrations(db, mid, { ...window, clients: window.clients }, reader);
  const { from, to } = window;
  const result: Registration[] = [];
  if (window.copyClient === undefined) await readDays(db, mid, window, reader, result);
  else await copyRegistrations(window.copyClient, { mid, from, to, providers: window.providers }, result);
  // Corrections made later (or earlier) than the window still supersede what it holds: those
  // outside it that correct a registration inside it, then those correcting them, and so on.
  // One recursive query walks the chains where the rows are, instead of asking for the ids of
  // the window a thousand at a time.
  const outside = await sql<{ page: string | null }>`
    with recursive chase as (
      select r.registration_id, r.kind, r.client_id, r.staff_id, r.at, r.method, r.reason, r.corrects, r.planned_minutes, r.category, r.purpose
      from registrations r
      join registrations w on w.municipality_id = r.municipality_id and w.registration_id = r.corrects
      where r.municipality_id = ${mid} and r.corrects is not null and (r.at < ${from} or r.at >= ${to})
        and w.at >= ${from} and w.at < ${to}
      union
      select r.registration_id, r.kind, r.client_id, r.staff_id, r.at, r.method, r.reason, r.corrects, r.planned_minutes, r.category, r.purpose
      from registrations r
      join chase c on r.corrects = c.registration_id
      where r.municipality_id = ${mid} and (r.at < ${from} or r.at >= ${to})
    )
    select ${PAGE_TEXT} as page from chase`.execute(db);
  reader.readPage(outside.rows[0]?.page ?? null, result);
  return result;
}

async function readDays(db: Kysely<DB>, mid: string, window: RegistrationWindow, reader: RegistrationReader, result: Registration[]): Promise<void> {
  const { from, to } = window;
  const ofProviders = window.providers === undefined ? sql`` : sql`and (corrects is not null or staff_id in (
    select staff_id from staff where municipality_id = ${mid} and provider_id = any(${[...window.providers]}::text[])))`;
  // A day at a time: a page's text stays a few megabytes, and nothing of it outlives the page.
  // The next day is asked for before this one is read, so on PostgreSQL the server builds it
  // while we split this one (PGlite runs in this thread and gains nothing, loses nothing).
  const day = (start: number) => sql<{ page: string | null }>`
    select ${PAGE_TEXT} as page from registrations
    where municipality_id = ${mid} and at >= ${new Date(start)} and at < ${new Date(Math.min(start + PAGE_MS, to.getTime()))}
    ${ofProviders}`.execute(db);
  let next = day(from.getTime());
  next.catch(() => undefined);
  for (let start = from.getTime(); start < to.getTime(); start += PAGE_MS) {
    const page = await next;
    if (start + PAGE_MS < to.getTime()) {
      next = day(start + PAGE_MS);
      // Should reading this page throw, the query already sent must not end as an unhandled
      // rejection (awaiting `next` still sees its error).
      next.catch(() => undefined);
    }
    reader.readPage(page.rows[0]?.page ?? null, result);
  }
}

async function loadClientRegistrations(
  db: Kysely<DB>, mid: string, window: RegistrationWindow & { clients: readonly string[] }, reader: RegistrationReader,
): Promise<Registration[]> {
  const { from, to, clients } = window;
  const result: Registration[] = [];
  if (clients.length === 0) return result;
  const asked = [...clients];
  // Two index look-ups (by client, then by the staff found there) joined by `union`: one
  // `client = … or staff in …` can only be answered by reading the whole window.
  const page = await sql<{ page: string | null }>`
    with staff as (
      select array_agg(distinct staff_id) as ids from registrations
      where municipality_id = ${mid} and client_id = any(${asked}::text[]) and at >= ${from} and at < ${to}
    ),
    found as (
      select * from registrations
      where municipality_id = ${mid} and client_id = any(${asked}::text[]) and at >= ${from} and at < ${to}
      union
      select * from registrations
      where municipality_id = ${mid} and staff_id = any((select ids from staff)::text[]) and at >= ${from} and at < ${to}
    )
    select ${PAGE_TEXT} as page from found`.execute(db);
  reader.readPage(page.rows[0]?.page ?? null, result);
  // Their corrections at any instant, and the corrections of those, a generation per query.
  // Not a recursive query: PostgreSQL guesses a recursion ten levels deep, and a guess that
  // large makes it compile the query (JIT), which costs a second where the rows cost
  // milliseconds. Chains are a correction or two long.
  const seen = new Set(result.map((r) => r.id));
  for (let last = result; last.length > 0;) {
    const next = await sql<{ page: string | null }>`
      select ${PAGE_TEXT} as page from registrations
      where municipality_id = ${mid} and corrects = any(${last.map((r) => r.id)}::uuid[])`.execute(db);
    const found: Registration[] = [];
    reader.readPage(next.rows[0]?.page ?? null, found);
    last = found.filter((r) => !seen.has(r.id));
    for (const r of last) {
      seen.add(r.id);
      result.push(r);
    }
  }
  return result;
}

