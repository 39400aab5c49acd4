import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from './schema-columns.ts';

// What happened at the door: NFC tags, registrations, tag failures and flags, and reported deviations.

export interface NfcTagsTable {
  municipality_id: string;
  tag_uid: string;
  client_id: string;
  enrolled_at: Timestamp;
  retired_at: Date | null;
}

export interface RegistrationsTable {
  municipality_id: string;
  registration_id: string;
  kind: 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';
  client_id: string;
  staff_id: string;
  at: ColumnType<Date, Date | string, never>;
  method: 'nfc' | 'manual';
  reason: string | null;
  corrects: string | null;
  planned_minutes: number | null;
  category: 'care' | 'service' | null;
  tag_uid: string | null;
  received_at: ColumnType<Date, Date | string | undefined, never>;
  purpose: ColumnType<'alarm_response' | 'meal_delivery' | null, 'alarm_response' | 'meal_delivery' | null | undefined, never>;
}

export interface TagReadFailuresTable {
  municipality_id: string;
  failure_id: Generated<number>;
  tag_uid: string;
  registration_id: string;
  failure: 'unknown' | 'retired' | 'not_yet_enrolled' | 'out_of_scope';
  staff_id: string | null;
  user_id: string;
  at: ColumnType<Date, Date | string, never>;
  received_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface TagFlagsTable {
  municipality_id: string;
  flag_id: Generated<number>;
  reason: 'two_clients_within_minute' | 'no_planned_visit';
  provider_id: string;
  staff_id: string;
  first_registration_id: string;
  second_registration_id: string | null;
  first_client_id: string;
  second_client_id: string | null;
  first_at: Date;
  second_at: Date | null;
  raised_at: ColumnType<Date, Date | string | undefined, never>;
}

export interface DeviationsTable {
  municipality_id: string;
  deviation_id: string;
  client_id: string;
  provider_id: string;
  month: string;
  minutes: number;
  reason: 'hospital' | 'declined' | 'provider_missed' | 'extra_need' | 'other';
  comment: string;
  category: 'care' | 'service' | null;
  status: 'reported' | 'approved' | 'rejected';
  reported_at: Timestamp;
  decided_at: Date | null;
  decision_reason: ColumnType<string | null, string | null | undefined, string | null>;
  decided_by: ColumnType<string | null, string | null | undefined, string | null>;
}
