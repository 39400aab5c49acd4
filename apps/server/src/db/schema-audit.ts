import type { ColumnType } from 'kysely';
import type { Timestamp, Json } from './schema-columns.ts';

// Who may sign in, their sessions, and the hash-chained audit log of what they did.

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
