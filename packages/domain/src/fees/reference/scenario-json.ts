// The parts of a `hemma-scenario/1` file the reference reads, typed as written in the file
// (defaults not yet applied): the reference applies the spec's defaults itself.

export interface JsonBand {
  id: string;
  from: string;
  to: string;
  days: string[];
  price: 'per_hour' | 'per_visit';
  precedence?: number;
}

export type JsonTariff =
  | { kind: 'hourly'; orePerHour: number }
  | { kind: 'levels'; levels: { upToHours: number | null; ore: number }[] }
  | { kind: 'fixed'; ore: number };

export interface JsonFeeEntry {
  from: string;
  basis: 'performed' | 'granted';
  tariff: JsonTariff;
  under65MinimibeloppPercent?: number;
  declinedAtDoorFeeOre?: number;
  /** Hemma's municipality settings (the fee model API), not part of the scenario file. */
  ownMinimibelopp?: { singleOre: number; cohabitingOre: number } | null;
  upliftUnderAge?: number;
}

export interface JsonFeeData {
  netIncomeOre: number;
  housingSupplementOre?: number;
  housingCostOre: number;
  household?: 'single' | 'cohabiting';
  adjustmentsOre?: number;
}

export interface JsonClient {
  id: string;
  personalNumber: string;
  name: string;
  district: string;
  fee?: JsonFeeData;
}

export interface JsonOrder {
  id: string;
  client: string;
  provider: string;
  from: string;
  to: string | null;
  hoursPerMonth: Record<string, number>;
  doubleStaffing: boolean;
}

export interface JsonRegistration {
  id: string;
  kind: 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';
  client: string;
  staff: string;
  at: string;
  method: 'nfc' | 'manual';
  reason?: string;
  corrects?: string;
  plannedMinutes?: number;
  category?: 'care' | 'service';
}

export interface JsonScenario {
  format: 'hemma-scenario/1';
  municipality: {
    id: string;
    name: string;
    timezone?: string;
    model: 'performed_time' | 'granted_time';
    bands?: JsonBand[];
    holidayEves?: string[];
    rules?: unknown[];
    rates?: unknown[];
    fees?: JsonFeeEntry[];
    prisbasbelopp?: Record<string, number>;
  };
  districts: { id: string; name: string }[];
  providers: { id: string; name: string; orgNumber: string; kind: 'municipal' | 'private' }[];
  staff: { id: string; provider: string; name: string }[];
  clients: JsonClient[];
  orders: JsonOrder[];
  registrations: JsonRegistration[];
  deviations: unknown[];
  excessReviews: unknown[];
}
