import type { ColumnType } from 'kysely';
import type { Json } from './schema-columns.ts';

// The report facts kept beside the statement slices (migration 20261203T0200_kept_report_facts.sql).

export interface KeptReportFactsTable {
  municipality_id: string;
  month: string;
  client_id: string;
  met: Json<unknown>;
  indicator: ColumnType<unknown, string | null, string | null>;
  visits: Json<unknown>;
  cells: Json<unknown>;
  excess: Json<unknown>;
}

export interface KeptShiftMinutesTable {
  municipality_id: string;
  month: string;
  staff_id: string;
  minutes: number;
}
