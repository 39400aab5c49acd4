import { expect, test } from '@playwright/test';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { personalNumber } from './support/people.ts';

// The administrator's screens (issue 12): settings, the register, a provider's checklist,
// accounts, NFC tags and the audit log. The rate journey adds an entry from the first day of next
// month: the demo has no visits that far ahead, so no statement another test computes changes.

test.use({ storageState: authFile('admin') });

const money = (ore: number) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);

function firstOfNextMonth(): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
  const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

test('visits every admin page from the menu', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link')).toHaveText(['Att göra', 'Inställningar', 'Distrikt och utförare', 'Konton', 'NFC-taggar', 'Loggen', 'Konsekvensanalys', 'Rapporter']);

  await nav.getByRole('link', { name: 'Inställningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunens inställningar' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tidsband under veckan' })).toBeVisible();
  await checkPage(page, 'admin-settings');
  // Christmas week: the holidays are marked above their days.
  await page.getByLabel('Vecka som innehåller').fill('2026-12-24');
  await expect(page.getByRole('columnheader', { name: /Juldagen/ })).toBeVisible();

  await nav.getByRole('link', { name: 'Distrikt och utförare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Distrikt och utförare' })).toBeVisible();
  await checkPage(page, 'admin-register');

  await nav.getByRole('link', { name: 'Konton' }).click();
  await expect(page.getByRole('rowheader', { name: 'admin', exact: true })).toBeVisible();
  await checkPage(page, 'admin-accounts');

  await nav.getByRole('link', { name: 'NFC-taggar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'NFC-taggar' })).toBeVisible();
  await checkPage(page, 'admin-tags');

  await nav.getByRole('link', { name: 'Loggen' }).click();
  await expect(page.getByText(/Kedjan är hel/)).toBeVisible();
  await checkPage(page, 'admin-audit');
});

test('adds a +2 % rate from next month and the preview shows the new prices from that date', async ({ page }) => {
  const from = firstOfNextMonth();
  const preview = await page.request.get(`/api/v1/settings/changes?from=${from}`);
  const { prices } = (await preview.json()) as { prices: { band: string | null; providerKind: string; category: string; beforeOre: number }[] };
  const before = prices.find((p) => p.band === 'day' && p.providerKind === 'private' && p.category === 'care')!.beforeOre;
  const raised = Math.round(before * 1.02);

  await page.goto('/installningar');
  const form = page.getByRole('form', { name: 'Ny ersättning' });
  await expect(form.getByLabel('Gäller från')).toHaveValue(from);
  await form.getByRole('combobox', { name: 'Tidsband' }).click();
  await page.getByRole('option', { name: 'day', exact: true }).click();
  await form.getByRole('combobox', { name: 'Utförartyp' }).click();
  await page.getByRole('option', { name: 'Privat' }).click();
  await form.getByRole('textbox', { name: 'Ändring i procent' }).fill('2');
  await expect(form.getByRole('status')).toContainText(`${money(before)} → ${money(raised)}`);
  await checkPage(page, 'admin-rate-form');
  await form.getByRole('button', { name: 'Lägg till ersättning' }).click();
  await expect(form.getByText(/Ersättningen är sparad från/)).toBeVisible();

  const card = page.getByRole('region', { name: 'Vad ändras från ett datum' });
  await expect(card.getByRole('status')).toContainText('2 priser ändras');
  const row = card.getByRole('row', { name: /day · Omsorg · Privat/ });
  await expect(row).toContainText(money(before));
  await expect(row).toContainText(money(raised));
  await expect(row).toContainText('+2 %');
  await expect(page.getByRole('region', { name: 'Ersättningar' })).toContainText(money(raised));
  await checkPage(page, 'admin-rate-preview');

  // The day before, nothing has changed yet.
  const dayBefore = new Date(Date.parse(`${from}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await card.getByLabel('Datum', { exact: true }).fill(dayBefore);
  await expect(card.getByRole('status')).toContainText('0 priser ändras');
});

test('keeps a provider in the register: applied, not orderable, checklist, approved', async ({ page }) => {
  const id = `lov-${Date.now() % 100000}`;
  await page.goto('/organisation');
  const form = page.getByRole('form', { name: 'Ny utförare' });
  await form.getByLabel('Id').fill(id);
  await form.getByLabel('Namn').fill('Trygg Omsorg Enskild firma');
  await form.getByLabel('Organisationsnummer').fill(personalNumber('19700101', 123));
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await page.getByRole('link', { name: 'Trygg Omsorg Enskild firma' }).click();
  await expect(page.getByText('Utföraren är inte godkänd')).toBeVisible();

  const room = page.getByRole('row', { name: /Omklädningsrum/ });
  await room.getByRole('checkbox').check();
  await room.getByLabel(/Kontrollerat/).fill('2026-11-30');
  await room.getByLabel(/Anteckning/).fill('Sett vid besök');
  await room.getByRole('button', { name: /Spara/ }).click();
  await expect(page.getByText('1 av 10 krav uppfyllda')).toBeVisible();
  await checkPage(page, 'admin-provider');

  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Godkänd' }).click();
  await page.getByRole('button', { name: 'Spara uppgifter' }).click();
  await expect(page.getByText('Utföraren är inte godkänd')).toBeHidden();
});

test('enrols a tag to a client, shows its reads and retires it', async ({ page }) => {
  const uid = `04:ad:${String(Date.now() % 1_000_000).padStart(6, '0').replace(/(..)(..)(..)/, '$1:$2:$3')}`;
  await page.goto('/taggar');
  const form = page.getByRole('form', { name: 'Koppla tagg till klient' });
  await form.getByLabel('Taggens id').fill(uid);
  await form.getByRole('combobox', { name: 'Klient' }).click();
  await page.getByRole('option').first().click();
  await form.getByRole('button', { name: 'Koppla' }).click();
  const row = page.getByRole('row', { name: new RegExp(uid) });
  await expect(row).toContainText('I bruk');
  await expect(page.getByRole('heading', { name: `Läsningar av ${uid}` })).toBeVisible();
  await expect(page.getByText('Inga läsningar.')).toBeVisible();
  await checkPage(page, 'admin-tags-enrolled');
  await row.getByRole('button', { name: `Ta ur bruk: ${uid}` }).click();
  await expect(row).not.toContainText('I bruk');
});
