// The knobs of login and sessions in one place, so tests and operators can change them
// without touching the logic.

export interface AuthPolicy {
  /** A session with no request for this long is over (DOMAIN.md §6; shared phones get left). */
  idleMs: number;
  /** A session is over this long after login, however busy. One working day and a bit. */
  absoluteMs: number;
  /** Between the password and the code. */
  pendingMs: number;
  /** Wrong passwords or codes in a row that lock the account … */
  maxFailures: number;
  /** … for this long. */
  lockMs: number;
  /** Login and code requests per IP address and window (per route), before any account is touched. */
  rateLimit: { max: number; windowMs: number };
}

const MINUTE = 60_000;

export const DEFAULT_AUTH_POLICY: Readonly<AuthPolicy> = Object.freeze({
  idleMs: 30 * MINUTE,
  absoluteMs: 12 * 60 * MINUTE,
  pendingMs: 5 * MINUTE,
  maxFailures: 5,
  lockMs: 15 * MINUTE,
  rateLimit: { max: 60, windowMs: MINUTE },
});

export function authPolicy(overrides: Partial<AuthPolicy> = {}): AuthPolicy {
  return { ...DEFAULT_AUTH_POLICY, ...overrides };
}
