import { readFile } from 'node:fs/promises';
import { expect, request, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { pdfText } from './support/pdf-text.ts';

test.use({ storageState: authFile('ekonomi') });

/** YYYY-MM of `back` months before this one, in Stockholm. */
function monthsAgo(back: number): string {
  const [y, m] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()).split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - back, 15));
  return d.toISOString().slice(0, 7);
}

const money = (ore: number) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);

async function saved(download: Promise<Download>): Promise<Buffer> {
  return readFile(await (await download).path());
}

// Four months back the demo's orders run (alarms are paid per month) but nobody has registered
// visits, so nothing blocks the month and no other journey uses it: the municipality's own
// provider (the demo's unit manager) submits it here, and finance approves and pays it.
const CLOSED = monthsAgo(4);
const PROVIDER = 'hemtjanst-kommunen';

async function submitAsProvider(baseURL: string): Promise<void> {
  const manager = await request.newContext({ baseURL, storageState: authFile('enhetschef') });
  const { csrfToken } = (await (await manager.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
  const res = await manager.post(`/api/v1/statements/${CLOSED}/${PROVIDER}/submit`, { headers: { 'x-csrf-token': csrfToken }, data: {} });
  expect(res.status(), await res.text()).toBe(200);
  await manager.dispose();
}

async function openBoard(page: Page, month: string): Promise<void> {
  await page.goto(`/ekonomi/manadsavslut?manad=${month}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Månadsavslut' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible({ timeout: 60_000 });
}

test('finance follows a blocker, approves a statement and opens its workbook, PDF and payment file', async ({ page, baseURL }) => {
  await openBoard(page, monthsAgo(1));
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')).toHaveText(['Att göra', 'Månadsavslut', 'Avgifter', 'Konsekvensanalys', 'Rapporter']);
  await checkPage(page, 'finance-board');

  // The demo month has registrations to correct: a blocker leads to what must be done, and by whom.
  const blocker = page.getByRole('table').getByRole('link', { name: /att rätta|att besluta|att granska|utan förklaring/ }).first();
  await blocker.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Ersättning / })).toBeVisible();
  await expect(page.locator('#hinder-kort')).toContainText(/(Utföraren|Handläggaren) (förklarar|rättar|granskar|godkänner)/);
  await expect(page.getByRole('button', { name: 'Godkänn och lås' })).toBeDisabled();
  await checkPage(page, 'finance-statement-blocked');

  await submitAsProvider(baseURL!);
  await openBoard(page, CLOSED);
  const row = page.getByRole('row', { name: /Demoby kommuns hemtjänst/ });
  await expect(row).toContainText('Inskickad');
  await expect(row).toContainText('Inga hinder');
  await row.getByRole('link', { name: 'Demoby kommuns hemtjänst' }).click();
  await expect(page.getByRole('heading', { name: 'Rader per klient' })).toBeVisible();
  await checkPage(page, 'finance-statement-submitted');
  await page.getByRole('button', { name: 'Godkänn och lås' }).click();
  await expect(page.getByText('Godkänd och låst.')).toBeVisible();

  const view = (await (await page.request.get(`/api/v1/statements/${CLOSED}/${PROVIDER}`)).json()) as { toPayOre: number; status: string };
  expect(view.status).toBe('approved');
  expect(view.toPayOre).toBeGreaterThan(0);
  await checkPage(page, 'finance-statement-approved');

  const xlsx = await saved(Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: 'Excel (xlsx)' }).click()]).then(([d]) => d));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet(PROVIDER)!;
  expect(sheet.getRow(3).values).toEqual([undefined, 'Att betala', view.toPayOre / 100]);

  const pdf = await saved(Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: 'PDF', exact: true }).click()]).then(([d]) => d));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const kr = money(view.toPayOre).replace(/\u00a0/g, ' ');
  expect(pdfText(pdf)).toContain(`Att betala: ${kr}`);

  const csv = (await saved(Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: 'Betalfil (CSV)' }).click()]).then(([d]) => d))).toString('utf8');
  const board = (await (await page.request.get(`/api/v1/month-close/${CLOSED}`)).json()) as { paymentDate: string; providers: { provider: string; orgNumber: string }[] };
  const org = board.providers.find((p) => p.provider === PROVIDER)!.orgNumber;
  const line = csv.split('\n').find((l) => l.startsWith(`${PROVIDER},`));
  expect(line).toBe(`${PROVIDER},${org},${CLOSED},${board.paymentDate},${(view.toPayOre / 100).toFixed(2)}`);
});

test('what if: no pay for declined visits and +2 % on the day rate, per provider, as the API says', async ({ page }) => {
  const month = monthsAgo(1);
  await page.goto(`/konsekvensanalys`);
  await expect(page.getByRole('heading', { level: 1, name: 'Konsekvensanalys' })).toBeVisible();
  await page.getByLabel('Från månad').fill(month);
  await page.getByRole('button', { name: /Exempel: ingen ersättning för avböjda besök/ }).click();
  const table = page.getByRole('table', { name: 'Per utförare' });
  await expect(table).toBeVisible({ timeout: 120_000 });

  const api = (await (await page.request.get(`/api/v1/what-if?from=${month}&declined=care=0,service=0&rates=day=%2B2%25`)).json()) as {
    statements: { differenceOre: number };
    providers: { name: string; realOre: number; changedOre: number; differenceOre: number }[];
  };
  expect(api.providers.length).toBe(4);
  expect(api.statements.differenceOre).not.toBe(0);
  for (const p of api.providers) {
    const row = table.getByRole('row', { name: new RegExp(p.name) });
    await expect(row).toContainText(money(p.realOre));
    await expect(row).toContainText(`${p.differenceOre > 0 ? '+' : ''}${money(p.differenceOre)}`);
  }
  await expect(page.getByRole('img', { name: 'Ersättning per utförare, verklig och ändrad' })).toBeVisible();
  await checkPage(page, 'finance-what-if');
  const xlsx = await saved(Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: 'Ladda ner (xlsx)' }).click()]).then(([d]) => d));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  expect(wb.getWorksheet('Utförare')!.rowCount).toBe(5);
});

test('fees: the binding limit per client, income data checked before it is sent, and a fee decision', async ({ page }) => {
  const month = monthsAgo(1);
  await page.goto(`/ekonomi/avgifter?manad=${month}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Avgifter' })).toBeVisible();
  const table = page.getByRole('table').first();
  await expect(table).toContainText(/Taxan|Maxtaxan|Avgiftsutrymmet/, { timeout: 60_000 });
  // Journeys running beside this one add clients without income data: use the first row with some.
  const form = page.getByRole('region', { name: /Inkomstuppgifter för/ });
  let row = 1;
  for (; ; row++) {
    expect(row, 'a client with income data among the first ten rows').toBeLessThan(11);
    await table.getByRole('row').nth(row).getByRole('button').click();
    await expect(form).toBeVisible();
    const filled = await expect(form.getByLabel(/Inkomst efter skatt/)).not.toHaveValue('', { timeout: 5_000 }).then(() => true, () => false);
    if (filled) break;
  }
  // Read now: saving refetches the table, and rows other journeys add may come before this one.
  const name = (await table.getByRole('row').nth(row).getByRole('button').innerText()).trim();
  const income = await form.getByLabel(/Inkomst efter skatt/).inputValue();
  await form.getByLabel(/Inkomst efter skatt/).fill('tolv tusen');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Ange kronor med högst två decimaler.')).toBeVisible();
  await checkPage(page, 'finance-fees');
  // The same figure back: this journey must not change the demo's fees for others.
  await form.getByLabel(/Inkomst efter skatt/).fill(income);
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByText('Sparat.')).toBeVisible();

  const pdf = await saved(Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('link', { name: `Avgiftsbeslut för ${name} (PDF)` }).click()]).then(([d]) => d));
  const text = pdfText(pdf);
  expect(text).toContain(name);
  expect(text).toContain('överklaga');
  expect(text).toContain('Beslutsdatum');
});
