import type { TFunction } from 'i18next';
import { formatDecimal, formatMinutes, formatMoney, formatPercent } from '../../../lib/format.ts';
import type { Kind } from '../report-columns.ts';

/** A figure as the tables and charts write it; a figure with nothing to divide by is a dash. */
export function figureText(kind: Kind, value: unknown, t: TFunction, providerName: (id: string) => string): string {
  if (typeof value !== 'number' && (typeof value !== 'string' || value === '')) return '–';
  switch (kind) {
    case 'count':
    case 'decimal':
      return formatDecimal(Number(value));
    case 'minutes':
      return formatMinutes(Number(value));
    case 'percent':
      return formatPercent(Number(value));
    case 'ore':
      return formatMoney(Number(value));
    case 'provider':
      return providerName(String(value));
    case 'status':
      return t(`status.${String(value)}`);
    case 'text':
      return String(value);
  }
}
