import { mkdirSync } from 'node:fs';
import { request, type FullConfig } from '@playwright/test';
import { authFile, signInThroughApi } from './auth.ts';
import type { DemoUser } from './totp.ts';

// Signs each office role in once, before any test, and keeps the session cookie for the tests
// (`test.use({ storageState: authFile('handlaggare') })`). One sign-in per account avoids two
// workers using the same code. A test that signs out must sign in on its own (signInThroughUi).
const ROLES: DemoUser[] = ['handlaggare', 'enhetschef', 'ekonomi', 'admin'];

export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]!.use.baseURL!;
  mkdirSync('e2e/.auth', { recursive: true });
  for (const user of ROLES) {
    const context = await request.newContext({ baseURL });
    await signInThroughApi(context, user);
    await context.storageState({ path: authFile(user) });
    await context.dispose();
  }
}
