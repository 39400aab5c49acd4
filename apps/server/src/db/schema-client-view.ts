import type { ColumnType } from 'kysely';

// The tables of the client's own view (migration 20261202T0500_client_view.sql).

export type ConsentHow = 'in_person' | 'phone' | 'video' | 'written' | 'representative';

export interface ClientAccessTable {
  municipality_id: string;
  access_id: string;
  client_id: string;
  user_id: string;
  kind: 'client' | 'relative';
  name: string;
  relation: string | null;
  consent_by: string | null;
  consent_how: ConsentHow | null;
  consent_at: string | null;
  consent_until: string | null;
  created_by: string;
  created_at: Date;
  ended_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  ended_by: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PasskeysTable {
  credential_id: string;
  municipality_id: string;
  user_id: string;
  public_key: string;
  counter: number;
  transports: string[];
  created_at: Date;
  last_used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface PasskeyCodesTable {
  code_hash: string;
  municipality_id: string;
  user_id: string;
  created_by: string;
  created_at: Date;
  expires_at: Date;
  used_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface PasskeyChallengesTable {
  token_hash: string;
  purpose: 'enrol' | 'sign_in';
  challenge: string;
  code_hash: string | null;
  expires_at: Date;
}

export interface VisitRequestsTable {
  municipality_id: string;
  request_id: string;
  client_id: string;
  provider_id: string;
  plan_visit_id: string;
  date: string;
  kind: 'cancel' | 'move';
  wish: string;
  asked_by: string;
  asked_role: string;
  asked_at: Date;
  status: ColumnType<'pending' | 'confirmed' | 'declined', 'pending' | undefined, 'confirmed' | 'declined'>;
  decided_by: ColumnType<string | null, undefined, string>;
  decided_at: ColumnType<Date | null, undefined, Date>;
  decision_note: ColumnType<string | null, undefined, string | null>;
  registration_id: ColumnType<string | null, undefined, string | null>;
}
