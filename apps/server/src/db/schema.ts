import type { ColumnType, Generated } from 'kysely';
import type { ClientAccessTable, PasskeyChallengesTable, PasskeyCodesTable, PasskeysTable, VisitRequestsTable } from './schema-client-view.ts';
import type { StaffDevicesTable } from './schema-staff-devices.ts';
import type { KeptReportFactsTable, KeptShiftMinutesTable } from './schema-report-facts.ts';

// Row types of the tables in migrations/, as the type parsers (type-parsers.ts) return them:
// int8 and numeric as number, date as 'YYYY-MM-DD', timestamptz as Date.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface MunicipalitiesTable {
  municipality_id: string;
  name: string;
  timezone: string;
  payment_model: 'performed_time' | 'granted_time';
  default_band: string;
  holiday_eves: string[];
  prisbasbelopp: Json<Record<string, number>>;
  payment_day: Generated<number>;
  created_at: Timestamp;
}

export interface BandsTable {
  municipality_id: string;
  band_id: string;
  position: number;
  from_time: string;
  to_time: string;
  days: string[];
  price: 'per_hour' | 'per_visit';
  precedence: number;
}

export interface RulesTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  cap_percent: number;
  declined_care_percent: number;
  declined_service_percent: number;
}

export interface RatesTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  price: 'per_hour' | 'per_visit' | 'per_month';
  ore: number;
  band_id: string | null;
  category: 'care' | 'service' | null;
  provider_kind: 'municipal' | 'private' | null;
  area: string | null;
}

export interface FeeModelsTable {
  municipality_id: string;
  position: number;
  valid_from: string;
  basis: 'performed' | 'granted';
  tariff: Json<unknown>;
  under65_minimibelopp_percent: number;
  declined_at_door_fee_ore: number;
  own_minimibelopp_single_ore: number | null;
  own_minimibelopp_cohabiting_ore: number | null;
  uplift_under_age: Generated<number>;
}

export interface DistrictsTable {
  municipality_id: string;
  district_id: string;
  name: string;
}

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

export interface UsersTable {
  municipality_id: string;
  user_id: string;
  username: string;
  role: 'admin' | 'case_officer' | 'finance' | 'provider_manager' | 'staff' | 'client' | 'relative';
  district_id: string | null;
  provider_id: string | null;
  staff_id: string | null;
  password_hash: string;
  totp_secret: string;
  created_at: Timestamp;
  /** The last TOTP time step that logged in (migration 0300_auth). */
  totp_last_step: number | null;
  failed_attempts: ColumnType<number, number | undefined, number>;
  locked_until: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** When the authenticator app was connected; null until the first complete sign-in. */
  totp_enrolled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** The last complete sign-in (migration 0400_admin). */
  last_login_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** Locked by an administrator until she unlocks it (migration 0400_admin). */
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface SessionsTable {
  token_hash: string;
  municipality_id: string;
  user_id: string;
  stage: 'password' | 'complete';
  created_at: ColumnType<Date, Date, never>;
  last_seen_at: ColumnType<Date, Date, Date>;
  expires_at: ColumnType<Date, Date, never>;
}

export interface AuditLogTable {
  municipality_id: string;
  seq: number;
  at: ColumnType<Date, Date | string, never>;
  user_id: string;
  username: string;
  role: string;
  action: 'read' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout' | 'login_failed' | 'lockout';
  client_id: string | null;
  object_type: string;
  object_id: string | null;
  ip: string;
  details: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
  /** The server's HMAC of `hash` under its audit key; null when written without one. */
  mac: ColumnType<string | null, string | null | undefined, never>;
}

/** The clients a list row of audit_log names (migration 20261204T0110_audit_log_clients.sql). */
export interface AuditLogClientsTable {
  municipality_id: string;
  seq: number;
  client_id: string;
}

export interface AuditChainHeadsTable {
  municipality_id: string;
  seq: number;
  hash: string;
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

export interface StaffShiftsTable {
  municipality_id: string;
  staff_id: string;
  date: string;
  start_time: string;
  end_time: string;
  skills: ColumnType<string[], string[] | undefined, string[]>;
}

export interface MessageReadsTable {
  municipality_id: string;
  user_id: string;
  client_id: string;
  provider_id: string;
  read_at: Timestamp;
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

export interface DB {
  municipalities: MunicipalitiesTable;
  bands: BandsTable;
  rules: RulesTable;
  rates: RatesTable;
  fee_models: FeeModelsTable;
  districts: DistrictsTable;
  providers: ProvidersTable;
  provider_requirements: ProviderRequirementsTable;
  units: UnitsTable;
  staff: StaffTable;
  clients: ClientsTable;
  client_fee_data: ClientFeeDataTable;
  decisions: DecisionsTable;
  orders: OrdersTable;
  order_areas: OrderAreasTable;
  plans: PlansTable;
  plan_visits: PlanVisitsTable;
  nfc_tags: NfcTagsTable;
  registrations: RegistrationsTable;
  deviations: DeviationsTable;
  excess_reviews: ExcessReviewsTable;
  statements: StatementsTable;
  excess_reasons: ExcessReasonsTable;
  statement_adjustments: StatementAdjustmentsTable;
  messages: MessagesTable;
  users: UsersTable;
  staff_shifts: StaffShiftsTable;
  staff_shift_patterns: StaffShiftPatternsTable;
  staff_shift_exceptions: StaffShiftExceptionsTable;
  message_reads: MessageReadsTable;
  work_shifts: WorkShiftsTable;
  work_shift_derivations: WorkShiftDerivationsTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_chain_heads: AuditChainHeadsTable;
  audit_log_clients: AuditLogClientsTable;
  tag_read_failures: TagReadFailuresTable;
  tag_flags: TagFlagsTable;
  kept_months: KeptMonthsTable;
  kept_slices: KeptSlicesTable;
  kept_providers: KeptProvidersTable;
  kept_stale: KeptStaleTable;
  kept_report_facts: KeptReportFactsTable;
  kept_shift_minutes: KeptShiftMinutesTable;
  staff_notes: StaffNotesTable;
  client_access: ClientAccessTable;
  passkeys: PasskeysTable;
  passkey_codes: PasskeyCodesTable;
  passkey_challenges: PasskeyChallengesTable;
  visit_requests: VisitRequestsTable;
  staff_devices: StaffDevicesTable;
}
