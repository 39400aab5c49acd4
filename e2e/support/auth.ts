import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { PAGE_PASSWORD, pageAccountSecret, type PageAccount } from './page-accounts.ts';
import { codeFor, demoCode, PASSWORD, untilNextStep, type DemoUser } from './totp.ts';

/** The kept session of a demo account or of an account of the tests' own (page-accounts.ts). */
export function authFile(user: DemoUser | PageAccount): string {
  return `e2e/.auth/${user}.json`;
}

/** Password and code through the API; retries once in the next step if the code was used. */
export async function signInThroughApi(context: APIRequestContext, user: DemoUser): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const first = await context.post('/api/v1/auth/login', {
      data: { username: user, password: PASSWORD },
    });
    expect(first.status(), await first.text()).toBe(200);
    const second = await context.post('/api/v1/auth/totp', { data: { code: demoCode(user) } });
    if (second.status() === 200) return;
    await new Promise((r) => setTimeout(r, untilNextStep()));
  }
  throw new Error(`could not sign in ${user}`);
}

/**
 * Signs in through the sign-in page as a person would, with an account of the test's own
 * (page-accounts.ts): no other worker uses its codes. The set-up may have used this step's code
 * when it enrolled the account; `typeCode` then waits for the next step.
 */
export async function signInThroughUi(page: Page, account: PageAccount): Promise<void> {
  await page.getByLabel('Användarnamn').fill(account);
  await page.getByLabel('Lösenord').fill(PAGE_PASSWORD);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await typeCode(page, pageAccountSecret(account));
}

export async function typeCode(page: Page, secret: string): Promise<void> {
  const codeField = page.getByLabel('Sexsiffrig kod från autentiseringsappen');
  for (let attempt = 0; attempt < 2; attempt++) {
    await codeField.fill(codeFor(secret));
    // The server's answer, not the page: a refusal shown after the first try stays on the page
    // while the second is checked.
    const answer = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/auth/totp') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Logga in' }).click();
    if ((await answer).ok()) {
      await page.getByTestId('user-name').waitFor();
      return;
    }
    await page.waitForTimeout(untilNextStep());
  }
  throw new Error('the code was refused twice');
}
