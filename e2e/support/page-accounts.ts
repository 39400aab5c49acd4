import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type APIRequestContext } from '@playwright/test';
import { codeFor } from './totp.ts';

// Accounts for the tests that sign in through the sign-in page. A code is accepted once per
// 30-second step and account, so two workers signing the same account in through the page took
// each other's codes. Each such test has an account of its own, made by the global set-up through
// the admin API with its own TOTP secret and enrolled there, so no two workers ever share a code.

export const PAGE_PASSWORD = 'e2e: ett eget långt lösenord';
const FILE = 'e2e/.auth/page-accounts.json';

interface PageAccountSpec {
  role: 'case_officer' | 'finance' | 'provider_manager';
  districtId?: string;
  providerId?: string;
}

/** One line per test that signs in through the page; the key is its username. */
export const PAGE_ACCOUNTS = {
  'e2e-ekonomi-utloggning': { role: 'finance' },
  'e2e-handlaggare-session': { role: 'case_officer', districtId: 'norr' },
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
  for (const [username, spec] of Object.entries(PAGE_ACCOUNTS) as [string, PageAccountSpec][]) {
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
    await context.dispose();
    secrets[username] = secret;
  }
  writeFileSync(FILE, JSON.stringify(secrets));
}

export function pageAccountSecret(username: PageAccount): string {
  const secrets = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;
  return secrets[username]!;
}
