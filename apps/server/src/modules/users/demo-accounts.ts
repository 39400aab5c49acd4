import type { Kysely } from 'kysely';
import type { Role } from '../../auth/actor.ts';
import type { DB } from '../../db/schema.ts';
import { createUser } from './users.service.ts';

// One account per role in the demo municipality, with a password and TOTP secrets everybody
// knows: the demo is for trying Hemma on a laptop, never for real data. They are made only
// together with the demo municipality (HEMMA_DEMO, an empty database).

export const DEMO_PASSWORD = 'hemma-demo';

interface DemoAccount {
  username: string;
  role: Role;
  districtId?: string;
  providerId?: string;
  staffId?: string;
}

const ACCOUNTS: DemoAccount[] = [
  { username: 'admin', role: 'admin' },
  { username: 'handlaggare', role: 'case_officer', districtId: 'norr' },
  { username: 'ekonomi', role: 'finance' },
  { username: 'enhetschef', role: 'provider_manager', providerId: 'hemtjanst-kommunen' },
  { username: 'personal', role: 'staff', staffId: 'hemtjanst-kommunen-s1' },
];

/** A readable, fixed base32 secret: HEMMADEMOADMINAAA… (160 bits, as apps expect). */
export function demoTotpSecret(username: string): string {
  return `HEMMADEMO${username.toUpperCase()}`.padEnd(32, 'A');
}

/** Creates the demo accounts; returns how to log in, for the console. */
export async function createDemoAccounts(db: Kysely<DB>, municipalityId: string): Promise<string> {
  const lines: string[] = [];
  for (const a of ACCOUNTS) {
    const result = await createUser(db, {
      ...a,
      municipalityId,
      password: DEMO_PASSWORD,
      totpSecret: demoTotpSecret(a.username),
      enrolled: true,
    });
    if (!result.ok)
      throw new Error(
        `demo account ${a.username}: ${result.issues.map((i) => i.message).join('; ')}`,
      );
    lines.push(`  ${a.username.padEnd(12)} ${a.role.padEnd(17)} ${result.user.otpauthUri}`);
  }
  return [
    `Demo accounts (password "${DEMO_PASSWORD}"; add the otpauth URI to an authenticator app for the code; demo only):`,
    ...lines,
  ].join('\n');
}
