import type { ColumnType } from 'kysely';

// The providers, their units and staff, and the staff's shifts.

export interface ProvidersTable {
  municipality_id: string;
  provider_id: string;
  name: string;
  org_number: string;
  kind: 'municipal' | 'private';
  /** Migration 0400_admin: where the LOV application stands and the contract period. */
  approval_status: ColumnType<ProviderApproval, ProviderApproval | undefined, ProviderApproval>;
  contract_from: ColumnType<string | null, string | null | undefined, string | null>;
  contract_to: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 20261203T0500: the service areas the provider offers (all, unless narrowed). */
  service_areas: ColumnType<string[], string[] | undefined, string[]>;
}

export type ProviderApproval = 'applied' | 'approved' | 'suspended' | 'ended';

export interface ProviderRequirementsTable {
  municipality_id: string;
  provider_id: string;
  requirement: string;
  fulfilled: boolean;
  checked_on: string | null;
  note: string;
}

export interface UnitsTable {
  municipality_id: string;
  unit_id: string;
  provider_id: string;
  name: string;
}

export interface StaffTable {
  municipality_id: string;
  staff_id: string;
  provider_id: string;
  unit_id: string | null;
  name: string;
  employment_percent: ColumnType<number | null, number | null | undefined, number | null>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface StaffShiftsTable {
  municipality_id: string;
  staff_id: string;
  date: string;
  start_time: string;
  end_time: string;
  skills: ColumnType<string[], string[] | undefined, string[]>;
}

export interface StaffShiftPatternsTable {
  municipality_id: string;
  staff_id: string;
  /** `-infinity`: the version in force since always. */
  valid_from: ColumnType<string, string | undefined, string>;
  weekday: string;
  start_time: string;
  end_time: string;
  skills: ColumnType<string[], string[] | undefined, string[]>;
}

export interface StaffShiftExceptionsTable {
  municipality_id: string;
  staff_id: string;
  date: string;
  note: ColumnType<string, string | undefined, string>;
  reason: ColumnType<'sick' | 'leave' | 'course' | 'other', 'sick' | 'leave' | 'course' | 'other' | undefined, 'sick' | 'leave' | 'course' | 'other'>;
}

export interface WorkShiftsTable {
  municipality_id: string;
  staff_id: string;
  starts_at: ColumnType<Date, Date | string, Date | string>;
  ordinal: number;
  ends_at: ColumnType<Date, Date | string, Date | string>;
  /** `derived`: written by the server from the patterns and exceptions of a passed day (docs/shifts.md). */
  source: ColumnType<'imported' | 'derived', 'imported' | 'derived' | undefined, 'imported' | 'derived'>;
}

export interface WorkShiftDerivationsTable {
  municipality_id: string;
  staff_id: string;
  /** The last date derived (and frozen); a local date of the municipality. */
  through: string;
}
