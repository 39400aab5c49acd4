import type { CareData } from '@hemma/domain';

/** Names that make an export readable by people; the statements object itself holds ids. */
export interface ExportNames {
  municipality: string;
  providers: Map<string, { name: string; orgNumber: string; kind: string }>;
  clients: Map<string, string>;
}

export function namesOf(data: CareData): ExportNames {
  return {
    municipality: data.municipality.name,
    providers: new Map(data.providers.map((p) => [p.id, { name: p.name, orgNumber: p.orgNumber, kind: p.kind }])),
    clients: new Map(data.clients.map((c) => [c.id, c.name])),
  };
}

/** 123456 öre → "1 234,56" (Swedish grouping with a narrow space and a decimal comma). */
export function kronor(ore: number): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
}

/** 95 minutes → "1 h 35 min". */
export function hoursMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h > 0 ? `${h} h ` : ''}${m} min`;
}

export const EXCEPTION_LABELS: Record<string, string> = {
  missing_leave: 'Saknar GICK',
  missing_arrive: 'Saknar KOM',
  overlap: 'Överlappande besök',
  no_active_order: 'Ingen aktiv beställning',
  unordered_double_staffing: 'Dubbelbemanning utan beställning',
  missing_rate: 'Pris saknas',
};

export const STATUS_LABELS: Record<string, string> = {
  pending: 'väntar på prövning',
  approved: 'godkänd',
  rejected: 'avslagen',
};

/** How a part is priced, as the workbook and the PDF say it. */
export const PRICE_LABELS: Record<string, string> = {
  per_hour: 'per timme',
  per_visit: 'per besök',
  per_month: 'per månad',
};

export const CATEGORY_LABELS: Record<string, string> = {
  care: 'omsorg',
  service: 'service',
};

/** The service areas of an order (R-5), as a case officer names them. */
export const AREA_LABELS: Record<string, string> = {
  personal_care: 'personlig omvårdnad',
  service: 'serviceinsatser',
  meals: 'måltider',
  social: 'social samvaro',
  alarm: 'trygghetslarm',
  other: 'övrigt',
};
