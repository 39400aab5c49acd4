import type { CareData } from '@hemma/domain';
import type { ScenarioExtras } from '@hemma/contract/scenario';
import type { Kysely, Selectable } from 'kysely';
import type { DB, RegistrationsTable } from '../../db/schema.ts';
import { deleteOthers, upsert } from '../../db/upsert.ts';
import { dropDerivedUnderImported, lockDerivation } from '../work-shifts/derived-shifts.repository.ts';

type Registration = CareData['registrations'][number];
const CHUNK = 1000;

export type StoredRegistration = Pick<
  Selectable<RegistrationsTable>,
  'registration_id' | 'kind' | 'client_id' | 'staff_id' | 'at' | 'method' | 'reason' | 'corrects' | 'planned_minutes' | 'category' | 'purpose'
>;

/** Registrations already stored under any of these ids (R-1: they must match to be accepted). */
export async function findRegistrations(
  db: Kysely<DB>,
  municipalityId: string,
  ids: readonly string[],
): Promise<StoredRegistration[]> {
  const out: StoredRegistration[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom('registrations')
      .select(['registration_id', 'kind', 'client_id', 'staff_id', 'at', 'method', 'reason', 'corrects', 'planned_minutes', 'category', 'purpose'])
      .where('municipality_id', '=', municipalityId)
      .where('registration_id', 'in', ids.slice(i, i + CHUNK))
      .execute();
    out.push(...rows);
  }
  return out;
}

export function sameRegistration(stored: StoredRegistration, r: Registration): boolean {
  return (
    stored.kind === r.kind &&
    stored.client_id === r.client &&
    stored.staff_id === r.staff &&
    stored.at.getTime() === Date.parse(r.at) &&
    stored.method === r.method &&
    stored.reason === (r.reason ?? null) &&
    stored.corrects === (r.corrects ?? null) &&
    stored.planned_minutes === (r.plannedMinutes ?? null) &&
    stored.category === (r.category ?? null) &&
    stored.purpose === (r.purpose ?? null)
  );
}

export interface WriteCounts {
  changed: number;
  registrationsAdded: number;
}

/** Writes a validated scenario; the caller holds the transaction. */
export async function writeScenario(db: Kysely<DB>, data: CareData, extras: ScenarioExtras): Promise<WriteCounts> {
  const m = data.municipality;
  const mid = m.id;
  let changed = 0;
  changed += await upsert(db, 'municipalities', ['municipality_id'], [
    {
      municipality_id: mid,
      name: m.name,
      timezone: m.timezone,
      payment_model: m.model,
      default_band: m.defaultBand,
      holiday_eves: m.holidayEves,
      prisbasbelopp: m.prisbasbelopp,
    },
  ]);
  // Settings lists are the file's whole truth: what it no longer lists goes.
  changed += await deleteOthers(db, 'bands', mid, 'band_id', m.bands.map((b) => b.id));
  changed += await upsert(db, 'bands', ['municipality_id', 'band_id'], m.bands.map((b, position) => ({
    municipality_id: mid, band_id: b.id, position, from_time: b.from, to_time: b.to, days: b.days, price: b.price, precedence: b.precedence,
  })));
  changed += await deleteOthers(db, 'rules', mid, 'position', m.rules.map((_, i) => i));
  changed += await upsert(db, 'rules', ['municipality_id', 'position'], m.rules.map((r, position) => ({
    municipality_id: mid, position, valid_from: r.from, cap_percent: r.capPercent,
    declined_care_percent: r.declinedAtDoorPercent.care, declined_service_percent: r.declinedAtDoorPercent.service,
  })));
  changed += await deleteOthers(db, 'rates', mid, 'position', m.rates.map((_, i) => i));
  changed += await upsert(db, 'rates', ['municipality_id', 'position'], m.rates.map((r, position) => ({
    municipality_id: mid, position, valid_from: r.from, price: r.price, ore: r.ore, band_id: r.band ?? null,
    category: r.category ?? null, provider_kind: r.providerKind ?? null, area: r.area ?? null,
  })));
  changed += await deleteOthers(db, 'fee_models', mid, 'position', m.fees.map((_, i) => i));
  changed += await upsert(db, 'fee_models', ['municipality_id', 'position'], m.fees.map((f, position) => ({
    municipality_id: mid, position, valid_from: f.from, basis: f.basis, tariff: f.tariff,
    under65_minimibelopp_percent: f.under65MinimibeloppPercent, declined_at_door_fee_ore: f.declinedAtDoorFeeOre,
  })));

  changed += await upsert(db, 'districts', ['municipality_id', 'district_id'], data.districts.map((d) => ({
    municipality_id: mid, district_id: d.id, name: d.name,
  })));
  changed += await upsert(db, 'providers', ['municipality_id', 'provider_id'], data.providers.map((p) => ({
    municipality_id: mid, provider_id: p.id, name: p.name, org_number: p.orgNumber, kind: p.kind,
  })));
  changed += await upsert(db, 'units', ['municipality_id', 'unit_id'], extras.units.map((u) => ({
    municipality_id: mid, unit_id: u.id, provider_id: u.provider, name: u.name,
  })));
  changed += await upsert(db, 'staff', ['municipality_id', 'staff_id'], data.staff.map((s) => ({
    municipality_id: mid, staff_id: s.id, provider_id: s.provider, unit_id: extras.staffUnits.get(s.id) ?? null, name: s.name,
  })));
  changed += await upsert(db, 'clients', ['municipality_id', 'client_id'], data.clients.map((c) => {
    const more = extras.clientDetails.get(c.id) ?? {};
    return {
      municipality_id: mid, client_id: c.id, personal_number: c.personalNumber, name: c.name, district_id: c.district,
      address: more.address ?? null, latitude: more.coordinates?.lat ?? null, longitude: more.coordinates?.lon ?? null,
      contact_person_staff_id: more.contactPerson ?? null, life_story: more.lifeStory ?? null,
    };
  }));
  changed += await writeFeeData(db, mid, data.clients);
  changed += await writeOrders(db, mid, data.orders);

  const registrationsAdded = await upsert(db, 'registrations', ['municipality_id', 'registration_id'], data.registrations.map((r) => ({
    municipality_id: mid, registration_id: r.id, kind: r.kind, client_id: r.client, staff_id: r.staff, at: r.at,
    method: r.method, reason: r.reason ?? null, corrects: r.corrects ?? null, planned_minutes: r.plannedMinutes ?? null,
    category: r.category ?? null, tag_uid: null, purpose: r.purpose ?? null,
  })), 'keep');
  changed += registrationsAdded;
  changed += await upsert(db, 'deviations', ['municipality_id', 'deviation_id'], data.deviations.map((d) => ({
    municipality_id: mid, deviation_id: d.id, client_id: d.client, provider_id: d.provider, month: d.month,
    minutes: d.minutes, reason: d.reason, comment: d.comment, category: d.category ?? null, status: d.status,
  })));
  changed += await writeExcessReviews(db, mid, data.excessReviews);
  changed += await writeShifts(db, mid, m.timezone, data.shifts ?? []);
  return { changed, registrationsAdded };
}

/**
 * Shifts have no id; the n-th shift of one staff member starting at one instant is keyed by n.
 * Imported shifts stand over derived ones (docs/shifts.md): a staff-day they give loses its
 * derived shifts.
 */
async function writeShifts(db: Kysely<DB>, mid: string, timeZone: string, shifts: NonNullable<CareData['shifts']>): Promise<number> {
  if (shifts.length === 0) return 0;
  const counts = new Map<string, number>();
  const rows = shifts.map((s) => {
    const starts = new Date(Date.parse(s.from)).toISOString();
    const key = `${s.staff}\u0000${starts}`;
    const ordinal = counts.get(key) ?? 0;
    counts.set(key, ordinal + 1);
    return { municipality_id: mid, staff_id: s.staff, starts_at: starts, ordinal, ends_at: new Date(Date.parse(s.to)).toISOString(), source: 'imported' };
  });
  await lockDerivation(db, mid, true);
  const changed = await upsert(db, 'work_shifts', ['municipality_id', 'staff_id', 'starts_at', 'ordinal'], rows);
  const starts = rows.map((r) => Date.parse(r.starts_at));
  const day = 86_400_000;
  const from = new Date(starts.reduce((a, b) => Math.min(a, b)) - day);
  const to = new Date(starts.reduce((a, b) => Math.max(a, b)) + day);
  return changed + await dropDerivedUnderImported(db, mid, timeZone, [...new Set(rows.map((r) => r.staff_id))], from, to);
}

async function writeFeeData(db: Kysely<DB>, mid: string, clients: CareData['clients']): Promise<number> {
  const withFee = clients.filter((c) => c.fee !== undefined);
  const without = clients.filter((c) => c.fee === undefined).map((c) => c.id);
  let changed = 0;
  if (without.length > 0) {
    const r = await db.deleteFrom('client_fee_data').where('municipality_id', '=', mid).where('client_id', 'in', without).executeTakeFirst();
    changed += Number(r.numDeletedRows);
  }
  changed += await upsert(db, 'client_fee_data', ['municipality_id', 'client_id'], withFee.map((c) => ({
    municipality_id: mid, client_id: c.id, net_income_ore: c.fee!.netIncomeOre, housing_supplement_ore: c.fee!.housingSupplementOre,
    housing_cost_ore: c.fee!.housingCostOre, household: c.fee!.household, adjustments_ore: c.fee!.adjustmentsOre,
  })));
  return changed;
}

async function writeOrders(db: Kysely<DB>, mid: string, orders: CareData['orders']): Promise<number> {
  let changed = await upsert(db, 'orders', ['municipality_id', 'order_id'], orders.map((o) => ({
    municipality_id: mid, order_id: o.id, client_id: o.client, provider_id: o.provider, decision_id: null,
    valid_from: o.from, valid_to: o.to, double_staffing: o.doubleStaffing, status: 'accepted',
  })));
  const areas = orders.flatMap((o) =>
    Object.entries(o.hoursPerMonth).map(([area, hours], position) => ({
      municipality_id: mid, order_id: o.id, area, position, hours_per_month: hours,
    })),
  );
  for (const o of orders) {
    const keep = Object.keys(o.hoursPerMonth);
    // An order may name no area (0 ordered minutes): then none of its stored areas stay.
    let gone = db.deleteFrom('order_areas').where('municipality_id', '=', mid).where('order_id', '=', o.id);
    if (keep.length > 0) gone = gone.where('area', 'not in', keep);
    const r = await gone.executeTakeFirst();
    changed += Number(r.numDeletedRows);
  }
  changed += await upsert(db, 'order_areas', ['municipality_id', 'order_id', 'area'], areas);
  return changed;
}

/** Reviews have no id; the n-th review of one client, provider and month is keyed by n. */
async function writeExcessReviews(db: Kysely<DB>, mid: string, reviews: CareData['excessReviews']): Promise<number> {
  const counts = new Map<string, number>();
  const rows = reviews.map((r) => {
    const key = `${r.client}\u0000${r.provider}\u0000${r.month}`;
    const ordinal = counts.get(key) ?? 0;
    counts.set(key, ordinal + 1);
    return { municipality_id: mid, client_id: r.client, provider_id: r.provider, month: r.month, ordinal, decision: r.decision, reason: r.reason };
  });
  return upsert(db, 'excess_reviews', ['municipality_id', 'client_id', 'provider_id', 'month', 'ordinal'], rows);
}
