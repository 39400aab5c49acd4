// The facts the domain computes from: one municipality's setup and care records, already
// validated. Dates are ISO `YYYY-MM-DD`, months `YYYY-MM`, instants ISO 8601 with an offset.
// The scenario import and the database repositories both produce this shape.

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type BandDay = Weekday | 'holiday';

export const SERVICE_AREAS = ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const HOLIDAY_EVES = ['midsummer_eve', 'christmas_eve', 'new_years_eve'] as const;
export type HolidayEve = (typeof HOLIDAY_EVES)[number];

export type PaymentModel = 'performed_time' | 'granted_time';
export type Category = 'care' | 'service';
export type ProviderKind = 'municipal' | 'private';
export type BandPrice = 'per_hour' | 'per_visit';
export type RatePrice = BandPrice | 'per_month';

export interface Band {
  id: string;
  from: string; // HH:MM local wall clock
  to: string;
  days: BandDay[];
  price: BandPrice;
  precedence: number;
}

export interface Rule {
  from: string;
  capPercent: number;
  declinedAtDoorPercent: Record<Category, number>;
}

export interface Rate {
  from: string;
  price: RatePrice;
  ore: number;
  band?: string | undefined;
  category?: Category | undefined;
  providerKind?: ProviderKind | undefined;
  area?: ServiceArea | undefined;
}

export type FeeTariff =
  | { kind: 'hourly'; orePerHour: number }
  | { kind: 'levels'; levels: { upToHours: number | null; ore: number }[] }
  | { kind: 'fixed'; ore: number };

export interface FeeModel {
  from: string;
  basis: 'performed' | 'granted';
  tariff: FeeTariff;
  under65MinimibeloppPercent: number;
  declinedAtDoorFeeOre: number;
}

export interface Municipality {
  id: string;
  name: string;
  timezone: string;
  model: PaymentModel;
  bands: Band[];
  defaultBand: string;
  holidayEves: HolidayEve[];
  rules: Rule[];
  rates: Rate[];
  fees: FeeModel[];
  /** Prisbasbelopp in kronor by year, overriding or extending the built-in table. */
  prisbasbelopp: Record<string, number>;
}

export interface Provider {
  id: string;
  name: string;
  orgNumber: string;
  kind: ProviderKind;
}

export interface Staff {
  id: string;
  provider: string;
  name: string;
  /** The provider's unit (arbetsgrupp) the staff member belongs to, where the provider has units. */
  unit?: string | undefined;
}

export interface FeeData {
  netIncomeOre: number;
  housingSupplementOre: number;
  housingCostOre: number;
  household: 'single' | 'cohabiting';
  adjustmentsOre: number;
}

export interface Client {
  id: string;
  /** 12-digit form `YYYYMMDD-NNNN` (10-digit input is expanded on import). */
  personalNumber: string;
  name: string;
  district: string;
  fee?: FeeData | undefined;
}

export interface Order {
  id: string;
  client: string;
  provider: string;
  from: string;
  to: string | null; // inclusive; null = open-ended
  hoursPerMonth: Partial<Record<ServiceArea, number>>;
  doubleStaffing: boolean;
}

export type RegistrationKind = 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';

export interface Registration {
  id: string;
  kind: RegistrationKind;
  client: string;
  staff: string;
  at: string; // ISO instant with offset, seconds allowed
  method: 'nfc' | 'manual';
  reason?: string | undefined;
  corrects?: string | undefined;
  plannedMinutes?: number | undefined;
  category?: Category | undefined;
  /** What an `arrive` was for, where not an ordinary visit; the national continuity indicator leaves these out. */
  purpose?: VisitPurpose | undefined;
}

export const VISIT_PURPOSES = ['alarm_response', 'meal_delivery'] as const;
export type VisitPurpose = (typeof VISIT_PURPOSES)[number];

/** A staff member's scheduled working time, instants with an offset, `to` not before `from`. */
export interface Shift {
  staff: string;
  from: string;
  to: string;
}

export type DeviationReason = 'hospital' | 'declined' | 'provider_missed' | 'extra_need' | 'other';
export type DeviationStatus = 'reported' | 'approved' | 'rejected';

export interface Deviation {
  id: string;
  client: string;
  provider: string;
  month: string;
  minutes: number;
  reason: DeviationReason;
  comment: string;
  category?: Category | undefined;
  status: DeviationStatus;
}

export interface ExcessReview {
  client: string;
  provider: string;
  month: string;
  decision: 'approved' | 'rejected';
  reason: string;
}

export interface CareData {
  municipality: Municipality;
  districts: { id: string; name: string }[];
  providers: Provider[];
  staff: Staff[];
  clients: Client[];
  orders: Order[];
  registrations: Registration[];
  deviations: Deviation[];
  /** In the order they were made: of several reviews of one excess, the last counts. */
  excessReviews: ExcessReview[];
  /** Scheduled shifts for time at clients; absent = none recorded. */
  shifts?: Shift[] | undefined;
}
