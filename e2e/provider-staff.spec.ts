import { expect, test, type Page } from '@playwright/test';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { stockholmDate } from './support/clock.ts';

// The provider manager of the demo's municipal provider keeps her staff and units, lays a weekly
// pattern with exceptions for a staff member of the test's own and sees the week's shifts, opens
// the week plan of who visits whom, and places a client on the map square.

test.use({ storageState: authFile('enhetschef') });

/** The date `days` after a calendar date. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `tis 8 dec`, as the screens write a date. */
function swedishDay(date: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Stockholm' })
    .formatToParts(new Date(`${date}T12:00:00Z`));
  return parts.map((p) => (p.type === 'literal' ? p.value : p.value.replace(/\.$/, ''))).join('').replace(/,/g, '').replace(/\s+/g, ' ').trim();
}

const today = stockholmDate(new Date());
const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
const nextMonday = plusDays(today, 7 - weekday);
const nextTuesday = plusDays(nextMonday, 1);

function menuOf(page: Page) {
  return page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link');
}

test('keeps staff and units, a weekly pattern with exceptions, and shows the week plan', async ({ page }) => {
  test.setTimeout(240_000);
  const tail = Math.random().toString(36).slice(2, 6);
  const unitName = `Ekbacken ${tail}`;
  const name = `Vera Veckosson ${tail}`;

  await page.goto('/medarbetare');
  await expect(page.getByRole('heading', { level: 1, name: 'Personal och enheter' })).toBeVisible();
  await expect(menuOf(page)).toHaveText([
    'Att göra', 'Klienter och beställningar', 'Undantag', 'Avvikelser', 'Månadsslut', 'Personal och enheter', 'Veckoplan',
    'Anteckningar från personalen', 'Personalens telefoner',
    'Förfrågningar', 'Rapporter',
  ]);
  // The demo's units and staff are listed.
  await expect(page.getByRole('region', { name: 'Enheter' }).getByRole('cell', { name: 'Centrum', exact: true })).toBeVisible();
  await checkPage(page, 'provider-staff');

  // A unit, then a staff member in it; a missing name is said at the field.
  await page.getByLabel('Enhetens namn').fill(unitName);
  await page.getByRole('button', { name: 'Lägg till enhet' }).click();
  await expect(page.getByRole('region', { name: 'Enheter' }).getByRole('cell', { name: unitName, exact: true })).toBeVisible();
  const form = page.getByRole('form', { name: 'Lägg till personal' });
  await form.getByLabel('Sysselsättningsgrad').fill('150');
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await expect(form.getByText('Skriv ett namn.')).toBeVisible();
  await expect(form.getByText('Skriv en hel procentsats mellan 1 och 100.')).toBeVisible();
  await form.getByLabel('Namn').fill(name);
  await form.getByLabel('Sysselsättningsgrad').fill('75');
  await form.getByRole('combobox', { name: 'Enhet' }).click();
  await page.getByRole('option', { name: unitName }).click();
  await form.getByRole('button', { name: 'Lägg till' }).click();
  await expect(form.getByRole('status')).toHaveText(`${name} är tillagd.`);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText(unitName);
  await expect(row).toContainText('75 %');

  // Edit: employment share; the dialog closes and the list follows.
  await row.getByRole('button', { name: `Ändra ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Ändra ${name}` });
  await dialog.getByLabel('Sysselsättningsgrad').fill('80');
  await checkPage(page, 'provider-staff-edit');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('80 %');

  // Her working hours: Monday 07–16, Tuesday 07–16 and 17–20 (an overlap is said first).
  await row.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name}: arbetstider` })).toBeVisible();
  await page.getByRole('button', { name: 'Lägg till pass: Måndag' }).click();
  await page.getByRole('button', { name: 'Lägg till pass: Tisdag' }).click();
  await page.getByRole('button', { name: 'Lägg till pass: Tisdag' }).click();
  await page.getByLabel('Tisdag, pass 2, börjar').fill('15:00');
  await page.getByLabel('Tisdag, pass 2, slutar').fill('20:00');
  await expect(page.getByText('Passet överlappar ett annat pass samma dag.')).toBeVisible();
  await page.getByLabel('Tisdag, pass 2, börjar').fill('17:00');
  await expect(page.getByText('Passet överlappar ett annat pass samma dag.')).toHaveCount(0);
  await expect(page.getByText('Schemalagd tid: 21 h 00 min per vecka')).toBeVisible();
  await page.getByRole('button', { name: 'Spara veckoschema' }).click();
  await expect(page.getByText('Veckoschemat är sparat.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Schemats versioner' })).toContainText('21 h 00 min');

  // Exceptions next week: sick on Monday, a course Tuesday morning instead of her shifts.
  const exceptions = page.getByRole('form', { name: 'Lägg till undantag' });
  await exceptions.getByLabel('Från och med').fill(nextMonday);
  await exceptions.getByLabel('Till och med').fill(nextMonday);
  await exceptions.getByRole('button', { name: 'Lägg till undantag' }).click();
  await expect(exceptions.getByRole('status')).toHaveText('Undantaget är sparat.');
  await exceptions.getByLabel('Från och med').fill(nextTuesday);
  await exceptions.getByLabel('Till och med').fill(nextTuesday);
  await exceptions.getByRole('combobox', { name: 'Orsak' }).click();
  await page.getByRole('option', { name: 'Utbildning' }).click();
  await exceptions.getByRole('radio', { name: 'Andra tider' }).check();
  await exceptions.getByLabel('Börjar').fill('12:00');
  await exceptions.getByLabel('Slutar').fill('08:00');
  await exceptions.getByRole('button', { name: 'Lägg till undantag' }).click();
  await expect(exceptions.getByText('Passet slutar innan det börjar.')).toBeVisible();
  await exceptions.getByLabel('Börjar').fill('08:00');
  await exceptions.getByLabel('Slutar').fill('12:00');
  await exceptions.getByLabel('Anteckning').fill('HLR');
  await exceptions.getByRole('button', { name: 'Lägg till undantag' }).click();
  await expect(exceptions.getByRole('status')).toHaveText('Undantaget är sparat.');
  const list = page.getByTestId('exception-list');
  await expect(list.getByRole('row', { name: new RegExp(swedishDay(nextMonday)) })).toContainText('Sjuk');
  await expect(list.getByRole('row', { name: new RegExp(swedishDay(nextTuesday)) })).toContainText('Utbildning');

  // The week's shifts as the planner takes them.
  const week = page.getByRole('region', { name: 'Veckans pass' });
  await week.getByRole('button', { name: 'Nästa vecka' }).click();
  const shifts = page.getByTestId('week-shifts');
  await expect(shifts.getByRole('row', { name: new RegExp(swedishDay(nextMonday)) })).toContainText('Ingen arbetstid');
  await expect(shifts.getByRole('row', { name: new RegExp(swedishDay(nextMonday)) })).toContainText('Undantag: Sjuk');
  await expect(shifts.getByRole('row', { name: new RegExp(swedishDay(nextTuesday)) })).toContainText('08:00–12:00');
  await expect(shifts.getByRole('row', { name: new RegExp(swedishDay(nextTuesday)) })).toContainText('Undantag: Utbildning (HLR)');
  await expect(shifts.getByRole('row', { name: new RegExp(swedishDay(plusDays(nextMonday, 2))) })).toContainText('Ingen arbetstid');
  await checkPage(page, 'provider-staff-shifts');

  // The week plan: the demo's staff with their visits, then her unit alone next week.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Veckoplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Veckoplan' })).toBeVisible();
  const plan = page.getByRole('table');
  await expect(plan.getByRole('columnheader').nth(1)).toHaveText(/^mån \d{1,2} [a-z]{3}$/);
  await expect(plan.getByRole('listitem').first()).toBeVisible();
  await checkPage(page, 'provider-week-plan');
  await page.getByRole('button', { name: 'Nästa vecka' }).click();
  await page.getByRole('combobox', { name: 'Enhet' }).click();
  await page.getByRole('option', { name: unitName }).click();
  await expect(plan.getByRole('rowheader')).toHaveCount(1);
  const hers = plan.getByRole('row', { name: new RegExp(name) });
  await expect(hers.getByRole('cell').nth(0)).toHaveText('Sjuk');
  await expect(hers.getByRole('cell').nth(1)).toContainText('08:00–12:00');
  await checkPage(page, 'provider-week-plan-unit');
});

test('places a client on the map square or by typed coordinates, saying what is wrong', async ({ page }) => {
  const orders = await page.request.get('/api/v1/orders?status=accepted&limit=1');
  const clientId = ((await orders.json()) as { orders: { clientId: string }[] }).orders[0]!.clientId;
  await page.goto(`/bestallningar/${clientId}?flik=location`);
  await expect(page.getByRole('heading', { name: 'Klientens plats för planeringen' })).toBeVisible();
  await page.getByLabel('Latitud').fill('');
  await page.getByLabel('Longitud').fill('');
  await page.locator('[title="Kartruta: klicka för att placera klienten"]').click({ position: { x: 150, y: 100 } });
  await expect(page.getByLabel('Latitud')).toHaveValue(/^(58|59|60)\.\d{5}$/);
  await expect(page.getByLabel('Longitud')).toHaveValue(/^(17|18|19)\.\d{5}$/);
  await expect(page.getByRole('button', { name: 'Spara platsen' })).toBeEnabled();
  await page.getByLabel('Latitud').fill('95');
  await expect(page.getByText('Skriv ett tal mellan -90 och 90, till exempel 59,33.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Spara platsen' })).toBeDisabled();
  await checkPage(page, 'provider-location-grid');
});
