import type { ColumnType, Generated } from 'kysely';
import type { Timestamp, Json } from './schema-columns.ts';

// The monthly statements, their excess reviews and adjustments, and the kept slices they are built from.

export interface ExcessReviewsTable {
  municipality_id: string;
  client_id: string;
  provider_id: string;
  month: string;
  ordinal: number;
  seq: Generated<number>;
  decision: 'approved' | 'rejected';
  reason: string;
  reviewed_at: Timestamp;
}

export interface StatementsTable {
  municipality_id: string;
  provider_id: string;
  month: string;
  status: ColumnType<'draft' | 'submitted' | 'approved' | 'exported', string | undefined, string>;
  document: Json<unknown> | null;
  total_ore: number | null;
  updated_at: Timestamp;
  submitted_at: Date | null;
  submitted_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  exported_at: Date | null;
  adjustments_ore: ColumnType<number, number | undefined, number>;
  reopened_at: Date | null;
  reopened_by: string | null;
  reopen_reason: string | null;
}

export interface ExcessReasonsTable {
  municipality_id: string;
  client_id: string;
  provider_id: string;
  month: string;
  reason: string;
  given_by: string;
  given_at: Timestamp;
}

export interface StatementAdjustmentsTable {
  municipality_id: string;
  provider_id: string;
  month: string;
  concerns_month: string;
  amount_ore: number;
  booked_at: Timestamp;
}

export interface KeptMonthsTable {
  municipality_id: string;
  month: string;
  facts_version: ColumnType<number, number | undefined, number>;
  computed_at: ColumnType<Date | null, Date | null | undefined, Date | string | null>;
}

export interface KeptSlicesTable {
  municipality_id: string;
  month: string;
  provider_id: string;
  client_id: string;
  slice: Json<unknown>;
  amount_ore: ColumnType<number, number | undefined, number>;
  has_line: ColumnType<boolean, boolean | undefined, boolean>;
  has_approved_excess: ColumnType<boolean, boolean | undefined, boolean>;
  exceptions: ColumnType<number, number | undefined, number>;
  excess: ColumnType<unknown, string | null | undefined, string | null>;
}

export interface KeptProvidersTable {
  municipality_id: string;
  month: string;
  provider_id: string;
  amount_ore: number;
  lines: number;
  approved_excess: number;
  exceptions: number;
  exception_client: string | null;
  excess: Json<unknown>;
}

export interface KeptStaleTable {
  municipality_id: string;
  month: string;
  scope: 'all' | 'client' | 'staff';
  key: string;
  from_at: Date | null;
  to_at: Date | null;
  version: Generated<number>;
}
