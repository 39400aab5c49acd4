// The municipality's registers at Stockholm scale (seed 000: ~16 000 clients, ~130 providers):
// districts, providers (a few municipal, egen regi), staff, clients with their care plan, and
// the orders those plans come from. Drawn from one seeded PRNG: the same on every run.
import { luhnCheckDigit } from '../../packages/domain/src/ids/index.ts';
import type { Prng } from './prng.ts';

export interface BenchSize {
  clients: number;
  providers: number;
  staff: number;
}

/** The full size; `--scale` multiplies clients and staff (providers shrink more slowly). */
export function sizeAt(scale: number): BenchSize {
  return {
    clients: Math.max(20, Math.round(16_000 * scale)),
    providers: Math.max(4, Math.round(130 * Math.sqrt(scale))),
    staff: Math.max(12, Math.round(8_000 * scale)),
  };
}

export interface ProviderRow {
  id: string;
  name: string;
  orgNumber: string;
  kind: 'municipal' | 'private';
}

/** One recurring visit of a client's plan: local start minute of the day, minutes, category. */
export interface Slot {
  start: number;
  minutes: number;
  category: 'care' | 'service';
  /** Weekdays (0 = Monday) the slot is planned; every day when all seven. */
  days: readonly number[];
}

export interface ClientPlan {
  id: string;
  personalNumber: string;
  name: string;
  district: string;
  provider: string;
  slots: Slot[];
  /** Share of planned visits that actually happen at their planned length (≈ billed share). */
  performedShare: number;
  doubleStaffing: boolean;
  alarm: boolean;
  /** Staff the client usually sees (continuity); filled once staff exist. */
  regulars: string[];
}

export interface Registry {
  districts: string[];
  providers: ProviderRow[];
  /** Staff ids by provider. */
  staff: Map<string, string[]>;
  clients: ClientPlan[];
}

const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6] as const;
const MUNICIPAL_PROVIDERS = 5;

function orgNumber(n: number): string {
  // Aktiebolag numbers start 556; the check digit makes them valid like real ones.
  const nine = `556${String(100_000 + n).padStart(6, '0')}`;
  return `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

function personalNumber(rng: Prng, serial: number): string {
  const year = rng.int(1924, 1962);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const birth = `${String(year % 100).padStart(2, '0')}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  const nine = `${birth}${String(1 + (serial % 999)).padStart(3, '0')}`; // birth number 000 is never issued
  return `${String(year).slice(0, 2)}${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
}

/** Provider sizes fall off like a market with a few large chains and many small firms. */
function providerWeights(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i < MUNICIPAL_PROVIDERS ? 4 : 1 / Math.sqrt(i - MUNICIPAL_PROVIDERS + 1)));
}

function pickWeighted(rng: Prng, cumulative: readonly number[]): number {
  const total = cumulative[cumulative.length - 1] ?? 0;
  const x = rng.next() * total;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] ?? 0) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A client's plan. Mix: 5 % alarm only, 25 % light (service a few days a week), 45 % medium
 * (1–3 visits a day), 25 % heavy (4–5 a day, some with two staff); some get a night visit.
 * Average ≈ 2.1 visits a day: 16 000 clients give ≈ 1 000 000 visits in a month.
 */
function planSlots(rng: Prng): { slots: Slot[]; alarm: boolean; heavy: boolean } {
  const r = rng.next();
  const slots: Slot[] = [];
  const care = (start: number, minutes: number, days: readonly number[] = EVERY_DAY): void => {
    slots.push({ start, minutes, category: 'care', days });
  };
  if (r < 0.05) return { slots, alarm: true, heavy: false };
  if (r < 0.3) {
    const days: number[] = EVERY_DAY.filter(() => rng.chance(0.45));
    if (days.length === 0) days.push(rng.int(0, 6));
    slots.push({ start: rng.pick([540, 600, 660, 780, 840]), minutes: rng.pick([30, 45, 60]), category: 'service', days });
    if (rng.chance(0.3)) care(rng.pick([450, 480, 510]), rng.pick([20, 25, 30]));
    return { slots, alarm: rng.chance(0.4), heavy: false };
  }
  const heavy = r >= 0.75;
  const starts = heavy ? [450, 690, 960, 1230] : [480, 720, 1050];
  const count = heavy ? 4 : rng.pick([1, 1, 2, 3]);
  for (let i = 0; i < count; i++) care((starts[i] ?? 600) + rng.int(-30, 30), rng.pick(heavy ? [25, 30, 40, 45] : [20, 25, 30, 35]));
  if (heavy && rng.chance(0.2)) care(rng.int(600, 900), rng.pick([20, 30]));
  if (rng.chance(0.3)) slots.push({ start: rng.pick([600, 840]), minutes: rng.pick([45, 60]), category: 'service', days: [rng.int(0, 6)] });
  // Night visits (22–07, paid per visit): a check at 23:00 or a turn at 02:30.
  if (rng.chance(heavy ? 0.25 : 0.04)) care(rng.pick([1380, 150, 300]), rng.pick([10, 15, 20]));
  return { slots, alarm: rng.chance(0.5), heavy };
}

export function buildRegistry(rng: Prng, size: BenchSize): Registry {
  const districts = Array.from({ length: 14 }, (_, i) => `d${String(i + 1).padStart(2, '0')}`);
  const providers: ProviderRow[] = Array.from({ length: size.providers }, (_, i) => ({
    id: `p${String(i + 1).padStart(3, '0')}`,
    name: i < MUNICIPAL_PROVIDERS ? `Stadens hemtjänst ${i + 1}` : `Omsorg ${i + 1} AB`,
    orgNumber: orgNumber(i),
    kind: i < MUNICIPAL_PROVIDERS ? 'municipal' : 'private',
  }));
  const cumulative: number[] = [];
  for (const w of providerWeights(size.providers)) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + w);

  const clients: ClientPlan[] = [];
  const load = new Map<string, number>();
  for (let i = 0; i < size.clients; i++) {
    const provider = providers[pickWeighted(rng, cumulative)]!.id;
    const { slots, alarm, heavy } = planSlots(rng);
    // Billed share of granted time ≈ 82.5 % (DOMAIN.md §5); a few clients run over the cap.
    const performedShare = rng.chance(0.04) ? 1.12 + rng.next() * 0.25 : 0.72 + rng.next() * 0.26;
    clients.push({
      id: `c${String(i + 1).padStart(5, '0')}`,
      personalNumber: personalNumber(rng, i),
      name: `Brukare ${i + 1}`,
      district: rng.pick(districts),
      provider,
      slots,
      performedShare,
      doubleStaffing: heavy && rng.chance(0.12),
      alarm,
      regulars: [],
    });
    load.set(provider, (load.get(provider) ?? 0) + slots.reduce((s, x) => s + x.minutes * x.days.length, 0));
  }
  const staff = assignStaff(rng, providers, load, size.staff);
  for (const c of clients) {
    const pool = staff.get(c.provider) ?? [];
    const wanted = Math.min(pool.length, rng.int(6, 12));
    const start = rng.int(0, Math.max(0, pool.length - 1));
    c.regulars = Array.from({ length: wanted }, (_, k) => pool[(start + k) % pool.length]!);
  }
  return { districts, providers, staff, clients };
}

/** Staff per provider in proportion to its planned minutes, at least four each. */
function assignStaff(rng: Prng, providers: readonly ProviderRow[], load: Map<string, number>, total: number): Map<string, string[]> {
  const sum = [...load.values()].reduce((a, b) => a + b, 0) || 1;
  const staff = new Map<string, string[]>();
  let serial = 0;
  for (const p of providers) {
    const count = Math.max(4, Math.round((total * (load.get(p.id) ?? 0)) / sum) + (rng.chance(0.5) ? 1 : 0));
    staff.set(p.id, Array.from({ length: count }, () => `s${String(++serial).padStart(5, '0')}`));
  }
  return staff;
}
