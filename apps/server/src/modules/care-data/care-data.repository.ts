import type {
  CareData, HolidayEve, Order, Registration, ServiceArea,
} from '@hemma/domain';
import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import type { DB } from '../../db/schema.ts';
import { bandFromRow, feeModelFromRow, rateFromRow } from './row-mappers.ts';
import type { ExportNames } from '../statements/export/labels.ts';
import { loadRegistrations } from './registration-pages.repository.ts';


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
  /**
   * Only the registrations of these providers' staff, plus every registration in the window that
   * corrects another (of any provider: a correction may be made by someone else's staff, and
   * what it supersedes must be known). The registers stay whole. The month's computation split
   * by provider (kept-statements/month-parts.ts) loads each part with this.
   */
  providers?: readonly string[];
  /** Leave the scheduled shifts out (a part of the month's computation does not read them). */
  noShifts?: boolean;
  /**
   * A PostgreSQL connection of the caller's own to read the window by binary COPY
   * (registration-copy.repository.ts) rather than day pages; not with `clients`.
   */
  copyClient?: pg.ClientBase;
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
  const shifts = window?.noShifts === true ? [] : await loadShifts(db, mid, window, scope?.staff);

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

/** Each provider's number of staff: what splits a month's computation into parts of like size. */
export async function providerStaffCounts(db: Kysely<DB>, mid: string): Promise<Map<string, number>> {
  const rows = await db.selectFrom('providers')
    .leftJoin('staff', (j) => j.onRef('staff.municipality_id', '=', 'providers.municipality_id').onRef('staff.provider_id', '=', 'providers.provider_id'))
    .select(['providers.provider_id', (eb) => eb.fn.count<string>('staff.staff_id').as('staff')])
    .where('providers.municipality_id', '=', mid)
    .groupBy('providers.provider_id')
    .orderBy('providers.provider_id')
    .execute();
  return new Map(rows.map((r) => [r.provider_id, Number(r.staff)]));
}

