import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { codeFor, demoCode, PASSWORD, untilNextStep, type DemoUser } from './totp.ts';
import { demoTotpSecret } from '../../apps/server/src/modules/users/demo-accounts.ts';

export function authFile(user: DemoUser): string {
  return `e2e/.auth/${user}.json`;
}

/** Password and code through the API; retries once in the next step if the code was used. */
export async function signInThroughApi(context: APIRequestContext, user: DemoUser): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const first = await context.post('/api/v1/auth/login', { data: { username: user, password: PASSWORD } });
    expect(first.status(), await first.text()).toBe(200);
    const second = await context.post('/api/v1/auth/totp', { data: { code: demoCode(user) } });
    if (second.status() === 200) return;
    await new Promise((r) => setTimeout(r, untilNextStep()));
  }
  throw new Error(`could not sign in ${user}`);
}

/**
 * Signs in through the sign-in page as a person would. `secret` defaults to the demo account's;
 * a code already used in this 30-second step (by another test) is retried in the next one.
 */
export async function signInThroughUi(
  page: Page,
  username: string,
  options: { password?: string; secret?: string } = {},
): Promise<void> {
  await page.getByLabel('Användarnamn').fill(username);
  await page.getByLabel('Lösenord').fill(options.password ?? PASSWORD);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  // A code is accepted once: the set-up or another worker may have used this window's code, and a
  // refused code after an expired session sends the page back to sign-in. Wait for a fresh one.
  await page.waitForTimeout(untilNextStep());
  await typeCode(page, options.secret ?? demoTotpSecret(username));
}

export async function typeCode(page: Page, secret: string): Promise<void> {
  const codeField = page.getByLabel('Sexsiffrig kod från autentiseringsappen');
  for (let attempt = 0; attempt < 2; attempt++) {
    await codeField.fill(codeFor(secret));
    await page.getByRole('button', { name: 'Logga in' }).click();
    const outcome = await Promise.race([
      page.getByTestId('user-name').waitFor().then(() => 'in' as const),
      page.getByText('Fel kod, eller en kod som redan använts').waitFor().then(() => 'used' as const),
    ]);
    if (outcome === 'in') return;
    await page.waitForTimeout(untilNextStep());
  }
  throw new Error('the code was refused twice');
}
