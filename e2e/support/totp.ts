import { totpCode } from '../../apps/server/src/auth/totp.ts';
import { DEMO_PASSWORD, demoTotpSecret } from '../../apps/server/src/modules/users/demo-accounts.ts';

// The demo accounts' published secrets give the tests their codes, computed by the server's own
// TOTP code.

export type DemoUser = 'admin' | 'handlaggare' | 'ekonomi' | 'enhetschef' | 'personal';

export const PASSWORD = DEMO_PASSWORD;

export function codeFor(secret: string, at = new Date()): string {
  return totpCode(secret, at);
}

export function demoCode(user: DemoUser, at = new Date()): string {
  return codeFor(demoTotpSecret(user), at);
}

/** Milliseconds until the next 30-second step: a code may sign in once. */
export function untilNextStep(at = new Date()): number {
  return 30_000 - (at.getTime() % 30_000) + 250;
}
