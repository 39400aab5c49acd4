import type {
  CareData, HolidayEve, Order, Registration, ServiceArea,
} from '@hemma/domain';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { bandFromRow, feeModelFromRow, rateFromRow } from './row-mappers.ts';
import { parseTimestamptz } from '../../db/type-parsers.ts';
import type { ExportNames } from '../statements/export/labels.ts';
import type { StoredRegistration } from '../scenario/import.repository.ts';


/** The instants of registrations a month's statements can depend on (see docs/decisions.md). */
export interface RegistrationWindow {
  from: Date;
  to: Date;
  /**
   * Only what these clients' statements read: their registrations in the window, those of every
   * staff member who registered at them there, and the corrections of any of those (the rows
   * `registrationsForClients` of the domain selects); and of the registers only the clients
   * and staff members those registrations name (with the clients' orders, deviations, reviews
   * and fee data), not the whole municipality's.
   */
  clients?: readonly string[];
}

/** Provider and client names for exports people read, without loading a month's facts. */
export async function loadExportNames(db: Kysely<DB>, mid: string): Promise<ExportNames> {
  const [m, providers, clients] = await Promise.all([
    db.selectFrom('municipalities').select('name').where('municipality_id', '=', mid).executeTakeFirst(),
    db.selectFrom('providers').select(['provider_id', 'name', 'org_number', 'kind']).where('municipality_id', '=', mid).execute(),
    db.selectFrom('clients').select(['client_id', 'name']).where('municipality_id', '=', mid).execute(),
  ]);
  return {
    municipality: m?.name ?? mid,
    providers: new Map(providers.map((p) => [p.provider_id, { name: p.name, orgNumber: p.org_number, kind: p.kind }])),
    clients: new Map(clients.map((c) => [c.client_id, c.name])),
  };
}

export async function listMunicipalities(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('municipalities').select('municipality_id').orderBy('municipality_id').execute();
  return rows.map((r) => r.municipality_id);
}

/**
 * Municipalities with an order active on a day of `month`, a registration within a day of it
 * (any zone), or a deviation of it.
 */
export async function municipalitiesActiveIn(db: Kysely<DB>, month: string): Promise<string[]> {
  const first = `${month}-01`;
  const { rows } = await sql<{ municipality_id: string }>`
    select municipality_id from orders
      where valid_from < (${first}::date + interval '1 month') and (valid_to is null or valid_to >= ${first}::date)
    union
    select municipality_id from registrations
      where at >= (${first}::date - interval '1 day') and at < (${first}::date + interval '1 month 1 day')
    union
    select municipality_id from deviations where month = ${month}
    order by 1`.execute(db);
  return rows.map((r) => r.municipality_id);
}

/**
 * Loads one municipality's facts as the domain reads them. With a window, only registrations
 * at instants inside it are loaded, plus every registration that corrects one of those (at any
 * instant), so superseding works as if everything had been loaded.
 */
export async function loadCareData(db: Kysely<DB>, mid: string, window?: RegistrationWindow): Promise<CareData | null> {
  const m = await db.selectFrom('municipalities').selectAll().where('municipality_id', '=', mid).executeTakeFirst();
  if (!m) return null;
  const registrations = await loadRegistrations(db, mid, window);
  // A few clients' facts are a few hundred registrations; the whole registers are tens of
  // thousands of rows, which would cost every incremental pass far more than its registrations.
  const scope = window?.clients === undefined ? undefined : registerScope(window.clients, registrations);
  const anyOf = (ids: readonly string[]) => sql<string>`any(${[...ids]}::text[])`;
  const ofClients = scope === undefined ? undefined : anyOf(scope.clients);
  const [bands, rules, rates, fees, districts, providers, staff, clients, feeData, orders, areas, deviations, reviews] =
    await Promise.all([
      db.selectFrom('bands').selectAll().where('municipality_id', '=', mid).orderBy('position').execute(),
      db.selectFrom('rules').selectAll().where('municipality_id', '=', mid).orderBy('position').execute(),
      db.selectFrom('rates').selectAll().where('municipality_id', '=', mid).orderBy('position').execute(),
      db.selectFrom('fee_models').selectAll().where('municipality_id', '=', mid).orderBy('position').execute(),
      db.selectFrom('districts').select(['district_id', 'name']).where('municipality_id', '=', mid).orderBy('district_id').execute(),
      db.selectFrom('providers').selectAll().where('municipality_id', '=', mid).orderBy('provider_id').execute(),
      db.selectFrom('staff').selectAll().where('municipality_id', '=', mid)
        .$if(scope !== undefined, (q) => q.where('staff_id', '=', anyOf(scope!.staff))).orderBy('staff_id').execute(),
      db.selectFrom('clients').selectAll().where('municipality_id', '=', mid)
        .$if(ofClients !== undefined, (q) => q.where('client_id', '=', ofClients!)).orderBy('client_id').execute(),
      db.selectFrom('client_fee_data').selectAll().where('municipality_id', '=', mid)
        .$if(ofClients !== undefined, (q) => q.where('client_id', '=', ofClients!)).execute(),
      db.selectFrom('orders').selectAll().where('municipality_id', '=', mid).where('status', 'not in', ['cancelled', 'declined'])
        .$if(ofClients !== undefined, (q) => q.where('client_id', '=', ofClients!)).orderBy('order_id').execute(),
      db.selectFrom('order_areas').selectAll().where('municipality_id', '=', mid)
        .$if(ofClients !== undefined, (q) => q.where('order_id', 'in', (eb) => eb.selectFrom('orders').select('order_id')
          .where('municipality_id', '=', mid).where('client_id', '=', ofClients!)))
        .orderBy('order_id').orderBy('position').execute(),
      db.selectFrom('deviations').selectAll().where('municipality_id', '=', mid)
        .$if(ofClients !== undefined, (q) => q.where('client_id', '=', ofClients!)).orderBy('deviation_id').execute(),
      db.selectFrom('excess_reviews').selectAll().where('municipality_id', '=', mid)
        .$if(ofClients !== undefined, (q) => q.where('client_id', '=', ofClients!)).orderBy('ordinal').orderBy('seq').execute(),
    ]);
  const shifts = await loadShifts(db, mid, window, scope?.staff);

  const fee = new Map(feeData.map((f) => [f.client_id, f]));
  const areasByOrder = new Map<string, Order['hoursPerMonth']>();
  for (const a of areas) {
    const hours = areasByOrder.get(a.order_id) ?? {};
    hours[a.area as ServiceArea] = a.hours_per_month;
    areasByOrder.set(a.order_id, hours);
  }
  return {
    municipality: {
      id: m.municipality_id,
      name: m.name,
      timezone: m.timezone,
      model: m.payment_model,
      bands: bands.map(bandFromRow),
      defaultBand: m.default_band,
      holidayEves: m.holiday_eves as HolidayEve[],
      rules: rules.map((r) => ({
        from: r.valid_from,
        capPercent: r.cap_percent,
        declinedAtDoorPercent: { care: r.declined_care_percent, service: r.declined_service_percent },
      })),
      rates: rates.map(rateFromRow),
      fees: fees.map(feeModelFromRow),

      prisbasbelopp: m.prisbasbelopp,
    },
    districts: districts.map((d) => ({ id: d.district_id, name: d.name })),
    providers: providers.map((p) => ({ id: p.provider_id, name: p.name, orgNumber: p.org_number, kind: p.kind })),
    staff: staff.map((s) => ({ id: s.staff_id, provider: s.provider_id, name: s.name, ...(s.unit_id !== null && { unit: s.unit_id }) })),
    clients: clients.map((c) => {
      const f = fee.get(c.client_id);
      return {
        id: c.client_id,
        personalNumber: c.personal_number,
        name: c.name,
        district: c.district_id,
        ...(f && {
          fee: {
            netIncomeOre: f.net_income_ore,
            housingSupplementOre: f.housing_supplement_ore,
            housingCostOre: f.housing_cost_ore,
            household: f.household,
            adjustmentsOre: f.adjustments_ore,
          },
        }),
      };
    }),
    orders: orders.map((o) => ({
      id: o.order_id,
      client: o.client_id,
      provider: o.provider_id,
      from: o.valid_from,
      to: o.valid_to,
      hoursPerMonth: areasByOrder.get(o.order_id) ?? {},
      doubleStaffing: o.double_staffing,
    })),
    registrations,
    deviations: deviations.map((d) => ({
      id: d.deviation_id,
      client: d.client_id,
      provider: d.provider_id,
      month: d.month,
      minutes: d.minutes,
      reason: d.reason,
      comment: d.comment,
      ...(d.category !== null && { category: d.category }),
      status: d.status,
    })),
    excessReviews: reviews.map((r) => ({
      client: r.client_id, provider: r.provider_id, month: r.month, decision: r.decision, reason: r.reason,
    })),
    shifts,
  };
}

/** The clients and staff members named by the clients asked for and by their registrations. */
function registerScope(asked: readonly string[], registrations: readonly Registration[]): { clients: string[]; staff: string[] } {
  const clients = new Set(asked);
  const staff = new Set<string>();
  for (const r of registrations) {
    clients.add(r.client);
    staff.add(r.staff);
  }
  return { clients: [...clients], staff: [...staff] };
}

/** Shifts starting inside the window (all of them without one), of the staff named if named, in the order of their start. */
async function loadShifts(db: Kysely<DB>, mid: string, window?: RegistrationWindow, staff?: readonly string[]): Promise<NonNullable<CareData['shifts']>> {
  let query = db.selectFrom('work_shifts').select(['staff_id', 'starts_at', 'ends_at']).where('municipality_id', '=', mid);
  if (window) query = query.where('starts_at', '>=', window.from).where('starts_at', '<', window.to);
  if (staff) query = query.where('staff_id', '=', sql<string>`any(${[...staff]}::text[])`);
  const rows = await query.orderBy('starts_at').orderBy('staff_id').orderBy('ordinal').execute();
  return rows.map((r) => ({ staff: r.staff_id, from: r.starts_at.toISOString(), to: r.ends_at.toISOString() }));
}

interface RegistrationRow extends Omit<StoredRegistration, 'at'> {
  /** PostgreSQL's own text of the instant (see isoInstant). */
  at: string;
}

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

async function loadRegistrations(db: Kysely<DB>, mid: string, window?: RegistrationWindow): Promise<Registration[]> {
  const reader = new RegistrationReader();
  if (!window) {
    const all = await sql<RegistrationRow>`select ${REGISTRATION_COLUMNS} from registrations where municipality_id = ${mid}`.execute(db);
    return all.rows.map((r) => reader.fromRow(r));
  }
  if (window.clients) return loadClientRegistrations(db, mid, { ...window, clients: window.clients }, reader);
  const { from, to } = window;
  const result: Registration[] = [];
  // A day at a time: a page's text stays a few megabytes, and nothing of it outlives the page.
  // The next day is asked for before this one is read, so on PostgreSQL the server builds it
  // while we split this one (PGlite runs in this thread and gains nothing, loses nothing).
  const day = (start: number) => sql<{ page: string | null }>`
    select ${PAGE_TEXT} as page from registrations
    where municipality_id = ${mid} and at >= ${new Date(start)} and at < ${new Date(Math.min(start + PAGE_MS, to.getTime()))}`.execute(db);
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

async function loadClientRegistrations(
  db: Kysely<DB>, mid: string, window: Required<RegistrationWindow>, reader: RegistrationReader,
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

/**
 * ISO text in UTC for PostgreSQL's text of a timestamptz, by slicing: the session runs in UTC,
 * so the text is `YYYY-MM-DD HH:MM:SS[.f]+00`. The fraction keeps every stored digit (up to the
 * microsecond): step 1 orders by the instant exactly. Any other spelling takes the Date path.
 */
export function isoInstant(text: string): string {
  const n = text.length;
  if (n >= 22 && text[4] === '-' && text[10] === ' ' && text[13] === ':' && text.endsWith('+00')) {
    const base = `${text.slice(0, 10)}T${text.slice(11, 19)}`;
    if (n === 22) return `${base}.000Z`;
    if (text[19] === '.' && n <= 29) return `${base}.${text.slice(20, n - 3)}Z`;
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

class RegistrationReader {
  private readonly ids = new Interner();
  private readonly words = new Interner();
  private readonly starts = new Int32Array(FIELDS + 1);

  fromRow(r: RegistrationRow): Registration {
    return this.make(r.registration_id, r.kind, r.client_id, r.staff_id, r.at, r.method, r.reason, r.corrects, r.planned_minutes, r.category, r.purpose);
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
          field(page, s, 4),
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

  private make(
    id: string, kind: Registration['kind'], client: string, staff: string, at: string, method: Registration['method'],
    reason: string | null, corrects: string | null, plannedMinutes: number | null, category: NonNullable<Registration['category']> | null,
    purpose: NonNullable<Registration['purpose']> | null,
  ): Registration {
    const c = this.ids;
    const w = this.words;
    const k = w.get(kind) as Registration['kind'];
    const m = w.get(method) as Registration['method'];
    const iso = isoInstant(at);
    // Optional fields appear only when present (as before). The usual combinations are written
    // as whole literals: a property added later moves to a separate backing store, one more
    // object for each of a million registrations.
    if (reason === null && corrects === null && purpose === null) {
      if (plannedMinutes === null && category === null) return { id, kind: k, client: c.get(client), staff: c.get(staff), at: iso, method: m };
      if (plannedMinutes === null && category !== null) {
        return { id, kind: k, client: c.get(client), staff: c.get(staff), at: iso, method: m, category: w.get(category) as typeof category };
      }
      if (plannedMinutes !== null && category !== null) {
        return {
          id, kind: k, client: c.get(client), staff: c.get(staff), at: iso, method: m, plannedMinutes, category: w.get(category) as typeof category,
        };
      }
    }
    const reg: Registration = { id, kind: k, client: c.get(client), staff: c.get(staff), at: iso, method: m };
    if (reason !== null) reg.reason = reason;
    if (corrects !== null) reg.corrects = corrects;
    if (plannedMinutes !== null) reg.plannedMinutes = plannedMinutes;
    if (category !== null) reg.category = w.get(category) as typeof category;
    if (purpose !== null) reg.purpose = w.get(purpose) as typeof purpose;
    return reg;
  }
}
