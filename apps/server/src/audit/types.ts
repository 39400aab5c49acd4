import type { Actor } from '../auth/actor.ts';

export const AUDIT_ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed', 'lockout'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The part of an Actor the log records; an Actor is one. Role '' is a sign-in try by no account. */
export type AuditWho = Pick<Actor, 'municipalityId' | 'userId' | 'username' | 'ip'> & { role: Actor['role'] | '' };

/** JSON that survives a round trip through jsonb unchanged. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** What happened, as the caller tells it. */
export interface AuditEntry {
  action: AuditAction;
  /** The client whose personal data was read or changed; absent for entries about no client. */
  clientId?: string | null;
  /** What kind of object: 'client', 'decision', 'registration', 'statement', 'audit_log' … */
  objectType: string;
  objectId?: string | null;
  /** Small context (a changed field's name, a filter); never the personal data itself. */
  details?: Record<string, JsonValue>;
}

/** One row of the log with every field the hash covers. */
export interface AuditRecord {
  municipalityId: string;
  seq: number;
  /** ISO 8601 in UTC with microseconds: `2026-11-23T03:10:00.123000Z`. */
  at: string;
  userId: string;
  username: string;
  role: string;
  action: string;
  clientId: string | null;
  objectType: string;
  objectId: string | null;
  ip: string;
  details: Record<string, unknown>;
  prevHash: string;
}

export interface AuditHead {
  seq: number;
  hash: string;
}
