// The `hemma-statements/1` object ("The statements object" in the scenario spec). Key order
// in these interfaces is the key order of the JSON the engine writes: consumers compare the
// serialised text, so objects are always built in exactly this order.

import type { Category, PaymentModel, ServiceArea } from '../model/care-data.ts';

export const STATEMENTS_FORMAT = 'hemma-statements/1';

export interface PerHourPart {
  price: 'per_hour';
  band: string;
  category: Category;
  minutes: number;
  rateOre: number;
  amountOre: number;
}

export interface PerVisitPart {
  price: 'per_visit';
  band: string;
  category: Category;
  count: number;
  rateOre: number;
  amountOre: number;
}

export interface PerMonthPart {
  price: 'per_month';
  area: ServiceArea;
  days: number;
  rateOre: number;
  amountOre: number;
}

export type StatementPart = PerHourPart | PerVisitPart | PerMonthPart;

export interface StatementLine {
  client: string;
  orderedMinutes: number;
  /** null in granted_time. */
  capMinutes: number | null;
  performedMinutes: number;
  declinedPaidMinutes: number;
  deviationMinutes: number;
  payableMinutes: number;
  excessMinutes: number;
  perVisitCount: number;
  parts: StatementPart[];
  amountOre: number;
}

export type ExcessStatus = 'pending' | 'approved' | 'rejected';

export interface ExcessEntry {
  client: string;
  minutes: number;
  amountOre: number;
  status: ExcessStatus;
}

export interface ApprovedExcessEntry {
  client: string;
  fromMonth: string;
  minutes: number;
  amountOre: number;
}

export type PlainExceptionType = 'missing_leave' | 'missing_arrive' | 'overlap' | 'no_active_order' | 'missing_rate';
export type ExceptionType = PlainExceptionType | 'unordered_double_staffing';

export interface PlainException {
  type: PlainExceptionType;
  client: string;
  staff: string;
  registration: string;
  /** Local time with the municipality's offset, seconds dropped. */
  at: string;
}

export interface DoubleStaffingException {
  type: 'unordered_double_staffing';
  client: string;
  staff: string;
  registration: string;
  minutes: number;
  at: string;
}

export type StatementException = PlainException | DoubleStaffingException;

export interface ProviderStatement {
  provider: string;
  model: PaymentModel;
  lines: StatementLine[];
  excess: ExcessEntry[];
  approvedExcess: ApprovedExcessEntry[];
  exceptions: StatementException[];
  registrations: number;
  manualRegistrations: number;
  undecidedDeviations: number;
  totalOre: number;
}

export interface StatementsDocument {
  format: typeof STATEMENTS_FORMAT;
  municipality: string;
  month: string;
  statements: ProviderStatement[];
}

// Kept statements: the month cut into one slice per provider and client, so that a change at a
// client recomputes its slices alone (docs/kept-statements.md). Joining every slice of a month
// gives the statements object; `computeStatements` itself is that join.

/** An exception with its registration's instant as given: merging slices needs step-1 order. */
export type KeptException = StatementException & { registrationAt: string };

export interface ClientSlice {
  provider: string;
  client: string;
  line: StatementLine | null;
  excess: ExcessEntry | null;
  approvedExcess: ApprovedExcessEntry | null;
  /** In step-1 order. */
  exceptions: KeptException[];
  registrations: number;
  manualRegistrations: number;
  undecidedDeviations: number;
}

export interface MonthSlices {
  municipality: string;
  model: PaymentModel;
  month: string;
  /** By provider, then client (ids compared by code units). */
  slices: ClientSlice[];
}
