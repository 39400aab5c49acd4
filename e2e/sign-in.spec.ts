import { expect, test } from '@playwright/test';
import { authFile, signInThroughUi, typeCode } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';

test('the root serves the app and an unknown visitor is sent to sign-in', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/logga-in/);
  await expect(page.getByRole('heading', { name: 'Logga in' })).toBeVisible();
  await checkPage(page, 'sign-in');
});

test('a wrong password is told in Swedish and nothing typed is lost', async ({ page }) => {
  await page.goto('/logga-in');
  await page.getByLabel('Användarnamn').fill('ekonomi');
  await page.getByLabel('Lösenord').fill('not the password');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await expect(page.getByRole('alert')).toContainText('Fel användarnamn eller lösenord');
  await expect(page.getByLabel('Användarnamn')).toHaveValue('ekonomi');
  await checkPage(page, 'sign-in-wrong-password');
});

test('finance signs in with password and code, sees name, role and start page, signs out', async ({ page }) => {
  await page.goto('/');
  await signInThroughUi(page, 'e2e-ekonomi-utloggning');
  await expect(page.getByTestId('user-name')).toHaveText('e2e-ekonomi-utloggning');
  await expect(page.getByTestId('user-role')).toHaveText('Ekonomi');
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in/);
  // The session is over on the server too, not only in this tab.
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test.describe('a case officer', () => {
  test.use({ storageState: authFile('handlaggare') });

  test('sees her district and the start page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('user-role')).toHaveText('Biståndshandläggare');
    await expect(page.getByTestId('user-scope')).toContainText('Distrikt: ');
    await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
    await checkPage(page, 'case-officer-todo');
  });
});

test.describe('a new account', () => {
  test.use({ storageState: authFile('admin') });

  test('enrols its authenticator app with a QR code at the first sign-in', async ({ page, browser }) => {
    const created = await page.request.post('/api/v1/users', {
      headers: { 'x-csrf-token': await csrf(page) },
      data: { username: 'nyanvandare', password: 'ett långt nytt lösenord', role: 'finance' },
    });
    expect(created.status(), await created.text()).toBe(201);

    const fresh = await browser.newContext({ storageState: undefined });
    const newcomer = await fresh.newPage();
    await newcomer.goto('/logga-in');
    await newcomer.getByLabel('Användarnamn').fill('nyanvandare');
    await newcomer.getByLabel('Lösenord').fill('ett långt nytt lösenord');
    await newcomer.getByRole('button', { name: 'Fortsätt' }).click();
    await expect(newcomer.getByRole('img', { name: 'QR-kod att skanna med autentiseringsappen' })).toBeVisible();
    await checkPage(newcomer, 'sign-in-enrol');
    const secret = (await newcomer.getByTestId('totp-secret').textContent())!.trim();
    await typeCode(newcomer, secret);
    await expect(newcomer.getByTestId('user-role')).toHaveText('Ekonomi');
    await fresh.close();
  });
});

async function csrf(page: import('@playwright/test').Page): Promise<string> {
  const reply = await page.request.get('/api/v1/auth/csrf');
  return ((await reply.json()) as { csrfToken: string }).csrfToken;
}
