import type { ColumnType } from 'kysely';
import type { Timestamp, Json } from './schema-columns.ts';

// The clients and their care: fee data, decisions, orders, plans, notes and messages.

export interface ClientsTable {
  municipality_id: string;
  client_id: string;
  personal_number: string;
  name: string;
  district_id: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  contact_person_staff_id: string | null;
  life_story: string | null;
  practical_notes: ColumnType<string | null, string | null | undefined, string | null>;
  /** Migration 20261203T0500: contact details, next of kin and the client's own wishes. */
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  email: ColumnType<string | null, string | null | undefined, string | null>;
  next_of_kin_name: ColumnType<string | null, string | null | undefined, string | null>;
  next_of_kin_phone: ColumnType<string | null, string | null | undefined, string | null>;
  wishes: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface StaffNotesTable {
  municipality_id: string;
  note_id: string;
  client_id: string;
  provider_id: string;
  direction: 'to_staff' | 'to_manager';
  author: string;
  body: string;
  sent_at: ColumnType<Date, Date | string | undefined, never>;
  /** The phone's clock when written (a note queued without coverage arrives later). */
  written_at: ColumnType<Date | null, Date | string | null | undefined, never>;
}

export interface ClientFeeDataTable {
  municipality_id: string;
  client_id: string;
  net_income_ore: number;
  housing_supplement_ore: number;
  housing_cost_ore: number;
  household: 'single' | 'cohabiting';
  adjustments_ore: number;
}

export interface DecisionsTable {
  municipality_id: string;
  decision_id: string;
  client_id: string;
  valid_from: string;
  valid_to: string | null;
  hours_per_month: Json<Record<string, number>>;
  double_staffing: boolean;
  decided_at: Timestamp;
  /** Migration 20261203T0500: the decision's text and goals as the decision letter states them. */
  decision_text: ColumnType<string | null, string | null | undefined, string | null>;
  goals: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface OrdersTable {
  municipality_id: string;
  order_id: string;
  client_id: string;
  provider_id: string;
  decision_id: string | null;
  valid_from: string;
  valid_to: string | null;
  double_staffing: boolean;
  status: ColumnType<'sent' | 'accepted' | 'declined' | 'ended' | 'cancelled', string | undefined, string>;
  declined_reason: ColumnType<string | null, string | null | undefined, string | null>;
  declined_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

export interface OrderAreasTable {
  municipality_id: string;
  order_id: string;
  area: string;
  position: number;
  hours_per_month: number;
}

export interface PlansTable {
  municipality_id: string;
  plan_id: string;
  order_id: string;
  valid_from: string;
  valid_to: string | null;
  notes: ColumnType<string, string | undefined, string>;
  agreed_at: ColumnType<string | null, string | null | undefined, string | null>;
  agreed_how: ColumnType<PlanAgreedHow | null, PlanAgreedHow | null | undefined, PlanAgreedHow | null>;
}

export type PlanAgreedHow = 'in_person' | 'phone' | 'video' | 'relative' | 'representative';

export interface PlanVisitsTable {
  municipality_id: string;
  plan_visit_id: string;
  plan_id: string;
  weekdays: string[];
  window_from: string;
  window_to: string;
  duration_minutes: number;
  areas: string[];
  staff_count: ColumnType<number, number | undefined, number>;
  preferred_staff_id: string | null;
}

export interface MessagesTable {
  municipality_id: string;
  message_id: string;
  client_id: string | null;
  order_id: string | null;
  author: string;
  body: string;
  sent_at: Timestamp;
  provider_id: string | null;
  author_role: string | null;
}

export interface MessageReadsTable {
  municipality_id: string;
  user_id: string;
  client_id: string;
  provider_id: string;
  read_at: Timestamp;
}
