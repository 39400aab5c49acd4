import type { TFunction } from 'i18next';
import { formatMoney } from '../../../lib/format.ts';

// How a rate or a price point is named on the settings screen: its band, category, provider kind
// and area, each only when the entry narrows by it.

export interface RateFields {
  price: 'per_hour' | 'per_visit' | 'per_month';
  band?: string | null | undefined;
  category?: 'care' | 'service' | null | undefined;
  providerKind?: 'municipal' | 'private' | null | undefined;
  area?: string | null | undefined;
}

export function rateScope(r: RateFields, t: TFunction): string {
  const parts = [
    r.band ?? null,
    r.category ? t(`settings.categories.${r.category}`) : null,
    r.providerKind ? t(`common:providerKinds.${r.providerKind}`) : null,
    r.area ? t(`common:areas.${r.area}`, { defaultValue: r.area }) : null,
  ].filter((p) => p !== null);
  return parts.length > 0 ? parts.join(' · ') : t('settings.all');
}

export function ratePrice(ore: number | null, price: RateFields['price'], t: TFunction): string {
  return ore === null ? t('settings.missing') : `${formatMoney(ore)} ${t(`settings.prices.${price}`)}`;
}

/** The first day of the month after the one holding `date` (YYYY-MM-DD). */
export function firstOfNextMonth(date: string): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
