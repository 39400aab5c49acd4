import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';
import { authFile } from './auth.ts';
import { codeFor } from './totp.ts';

// Accounts of the tests' own, made by the global set-up through the admin API, each with its own
// TOTP secret, enrolled there and its session kept (`authFile(username)`). A code is accepted
// once per 30-second step and account, so two workers signing the same account in through the
// page took each other's codes: each test that signs in through the page has its own account.
// The journeys of a provider of their own (Trygg Hemma) use the manager and staff accounts, so
// their month end meets no other test's statement.

export const PAGE_PASSWORD = 'e2e: ett eget långt lösenord';
const FILE = 'e2e/.auth/page-accounts.json';

interface PageAccountSpec {
  role: 'case_officer' | 'finance' | 'provider_manager' | 'staff';
  districtId?: string;
  providerId?: string;
  staffId?: string;
}

/** One line per test that signs in through the page; the key is its username. */
export const PAGE_ACCOUNTS = {
  'e2e-ekonomi-utloggning': { role: 'finance' },
  'e2e-handlaggare-session': { role: 'case_officer', districtId: 'norr' },
  'e2e-enhetschef-trygg': { role: 'provider_manager', providerId: 'trygg-hemma' },
  'e2e-personal-trygg': { role: 'staff', staffId: 'trygg-hemma-s1' },
  // The staff app's journeys (e2e/staff-app.spec.ts): the demo municipal provider's staff member.
  'e2e-personal-telefon': { role: 'staff', staffId: 'hemtjanst-kommunen-s1' },
} satisfies Record<string, PageAccountSpec>;

export type PageAccount = keyof typeof PAGE_ACCOUNTS;

export async function createPageAccounts(
  admin: APIRequestContext,
  baseURL: string,
  newContext: () => Promise<APIRequestContext>,
): Promise<void> {
  const csrf = ((await (await admin.get('/api/v1/auth/csrf')).json()) as { csrfToken: string })
    .csrfToken;
  const secrets: Record<string, string> = {};
  for (const [username, spec] of Object.entries(PAGE_ACCOUNTS) as [PageAccount, PageAccountSpec][]) {
    const created = await admin.post('/api/v1/users', {
      headers: { 'x-csrf-token': csrf },
      data: { username, password: PAGE_PASSWORD, ...spec },
    });
    expect(created.status(), `${baseURL}: ${await created.text()}`).toBe(201);
    const uri = ((await created.json()) as { otpauthUri: string }).otpauthUri;
    const secret = new URL(uri).searchParams.get('secret')!;
    // Enrol once through the API, so the page shows the ordinary code step.
    const context = await newContext();
    const first = await context.post('/api/v1/auth/login', {
      data: { username, password: PAGE_PASSWORD },
    });
    expect(first.status(), await first.text()).toBe(200);
    const second = await context.post('/api/v1/auth/totp', { data: { code: codeFor(secret) } });
    expect(second.status(), await second.text()).toBe(200);
    await context.storageState({ path: authFile(username) });
    await context.dispose();
    secrets[username] = secret;
  }
  writeFileSync(FILE, JSON.stringify(secrets));
}

export function pageAccountSecret(username: PageAccount): string {
  const secrets = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
  return secrets[username]!;
}
