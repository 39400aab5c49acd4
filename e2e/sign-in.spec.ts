import { expect, test } from '@playwright/test';
import { authFile, signInThroughUi } from './support/auth.ts';
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
  await signInThroughUi(page, 'ekonomi');
  await expect(page.getByTestId('user-name')).toHaveText('ekonomi');
  await expect(page.getByTestId('user-role')).toHaveText('Ekonomi');
  await expect(page.getByRole('heading', { level: 1, name: 'Att göra' })).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page).toHaveURL(/\/logga-in/);
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
