// Who is asking: the account behind a request's two-factor session. Every route and service
// that touches client data takes an Actor and is scoped by it (see scope.ts).

// `client` and `relative` sign in to the client's own view (`/mina-sidor/`) with a passkey and see
// exactly one client (docs/client-view.md).
export const ROLES = ['admin', 'case_officer', 'finance', 'provider_manager', 'staff', 'client', 'relative'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  username: string;
  municipalityId: string;
  role: Role;
  /** Set for case officers: the district whose clients they serve. */
  districtId: string | null;
  /** Set for provider managers and staff. */
  providerId: string | null;
  /** Set for staff with a staff record. */
  staffId: string | null;
  /** Where the request came from, for the audit log. */
  ip: string;
  /**
   * When the request came, by the app's clock: scope depends on the date (a staff member's
   * planned visits, an ended order's open months), and tests move this clock.
   */
  at: Date;
}
