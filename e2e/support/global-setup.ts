import { mkdirSync } from 'node:fs';
import { request, type FullConfig } from '@playwright/test';
import { authFile, signInThroughApi } from './auth.ts';
import { createPageAccounts } from './page-accounts.ts';
import type { DemoUser } from './totp.ts';

// Signs each office role in once, before any test, and keeps the session cookie for the tests
// (`test.use({ storageState: authFile('handlaggare') })`). One sign-in per account avoids two
// workers using the same code. A test that signs in through the page uses an account of its own
// (page-accounts.ts), made here.
const ROLES: DemoUser[] = ['handlaggare', 'enhetschef', 'ekonomi', 'admin'];

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]!.use.baseURL!;
  mkdirSync('e2e/.auth', { recursive: true });
  for (const user of ROLES) {
    const context = await request.newContext({ baseURL });
    await signInThroughApi(context, user);
    await context.storageState({ path: authFile(user) });
    if (user === 'admin')
      await createPageAccounts(context, baseURL, () => request.newContext({ baseURL }));
    await context.dispose();
  }
}
