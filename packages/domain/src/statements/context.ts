// Everything the engine derives once from a CareData before looking at any month: the local
// clock, the band timeline, look-up maps, rates and orders. Built per call; nothing global.

import type { CareData, Category, Provider, ProviderKind, Registration } from '../model/care-data.ts';
import { BandClock } from '../time/band-split.ts';
import { BandTimeline } from '../time/band-timeline.ts';
import { HolidayCalendar } from '../time/holidays.ts';
import { LocalClock } from '../time/local-clock.ts';
import { OrderIndex } from './orders.ts';
import { RateBook } from './rates.ts';

export interface EngineContext {
  data: CareData;
  clock: LocalClock;
  bands: BandClock;
  /** Index of the municipality's `defaultBand` in the band list. */
  defaultBand: number;
  orders: OrderIndex;
  rates: RateBook;
  providers: Map<string, Provider>;
  staffProvider: Map<string, string>;
}

export function buildContext(data: CareData): EngineContext {
  const m = data.municipality;
  const clock = new LocalClock(m.timezone);
  const timeline = new BandTimeline(m.bands, new HolidayCalendar(m.holidayEves));
  const defaultBand = m.bands.findIndex((b) => b.id === m.defaultBand);
  if (defaultBand === -1) throw new RangeError(`defaultBand "${m.defaultBand}" is not one of the bands`);
  return {
    data,
    clock,
    bands: new BandClock(clock, timeline),
    defaultBand,
    orders: new OrderIndex(data.orders),
    rates: new RateBook(m.rates),
    providers: new Map(data.providers.map((p) => [p.id, p])),
    staffProvider: new Map(data.staff.map((s) => [s.id, s.provider])),
  };
}

/** A registration's provider is its staff member's (scenario spec, "How a month is computed"). */
export function providerOf(ctx: EngineContext, r: Pick<Registration, 'id' | 'staff'>): string {
  const provider = ctx.staffProvider.get(r.staff);
  if (provider === undefined) throw new RangeError(`registration ${r.id} names unknown staff "${r.staff}"`);
  return provider;
}

export function providerKindOf(ctx: EngineContext, provider: string): ProviderKind {
  const p = ctx.providers.get(provider);
  if (p === undefined) throw new RangeError(`unknown provider "${provider}"`);
  return p.kind;
}

export const categoryOf = (r: Registration): Category => r.category ?? 'care';
