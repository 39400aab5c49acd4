import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import type { DemoUser } from './support/totp.ts';

// Both sides read the follow-up reports: the case officer her district, the provider manager her
// own provider. Each opens every report of the last month, sees a chart beside its table, opens
// the visits behind a client, and downloads the workbook, which the test opens.

const REPORTS = [
  ['continuity', 'Personalkontinuitet per månad'],
  ['continuity-14', 'Kontinuitetsindikatorn, 14 dagar'],
  ['time-at-clients', 'Tid hos klienter'],
  ['ordered-performed', 'Beställd och utförd tid'],
  ['declined', 'Avböjda besök'],
  ['excess', 'Överskjutande tid'],
  ['manual-registrations', 'Manuella registreringar'],
  ['paid', 'Utbetalt belopp'],
] as const;

const ROLES: [DemoUser, string, string][] = [
  ['handlaggare', 'case-officer', 'Du ser ditt distrikt'],
  ['enhetschef', 'provider-manager', 'Du ser din egen utförare'],
];

async function openCsv(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-\\d{4}-\\d{2}\\.csv$`));
  return readFileSync(await download.path(), 'utf8');
}

async function openXlsx(page: Page, name: string): Promise<ExcelJS.Workbook> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ladda ner Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${name}-\\d{4}-\\d{2}\\.xlsx$`));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  return workbook;
}

for (const [user, label, scopeText] of ROLES) {
  test.describe(label, () => {
    test.use({ storageState: authFile(user) });

    for (const [name, title] of REPORTS) {
      test(`shows ${name} for the last month (${label})`, async ({ page }) => {
        await page.goto(`/rapporter?rapport=${name}`);
        await expect(page.getByLabel('Rapport')).toHaveValue(name);
        await expect(page.getByLabel('Rapport').locator('option:checked')).toHaveText(title);
        await expect(page.getByText(scopeText)).toBeVisible();
        await expect(page.getByRole('table').first()).toBeVisible();
        // The demo's staff have scheduled shifts, so time at clients is a figure, not "–" (issue 14).
        if (name === 'time-at-clients') await expect(page.getByRole('region', { name: 'Per utförare' }).getByRole('row').nth(1)).toContainText(/\d,\d %/);
        await checkPage(page, `reports-${label}-${name}`);
      });
    }

    test(`opens a chart and its table, the visits behind a client, and the workbook (${label})`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Rapporter' })).toBeVisible();

      // Ordered against performed: a chart of the providers and the table with the same numbers.
      await page.getByLabel('Rapport').selectOption({ label: 'Beställd och utförd tid' });
      await expect(page).toHaveURL(/rapport=ordered-performed/);
      const chart = page.getByRole('figure', { name: 'Jämförelse: Utfört av beställt' }).first();
      await expect(chart).toBeVisible();
      const providers = page.getByRole('region', { name: 'Per utförare' });
      await expect(providers.getByRole('table')).toBeVisible();
      await expect(providers.getByRole('row').nth(1)).toContainText('%');

      // Drill down from a client's figures to the visits behind them.
      const clients = page.getByRole('region', { name: 'Per klient' });
      // Journeys running beside this one add clients without visits to the same month: open the
      // first client whose dialog lists visits.
      const buttons = clients.getByRole('button', { name: /^Visa besöken bakom / });
      const dialog = page.getByRole('dialog');
      const minutes = dialog.getByRole('columnheader', { name: 'Minuter' });
      for (let i = 0; ; i++) {
        expect(i, 'a client with visits among the first ten').toBeLessThan(10);
        await buttons.nth(i).click();
        await expect(dialog.getByRole('heading', { name: /^Besök i / })).toBeVisible();
        await expect(minutes.or(dialog.getByText('Inga besök den här månaden.'))).toBeVisible();
        if (await minutes.isVisible()) break;
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
      await checkPage(page, `reports-${label}-visits`);
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);

      // The files speak Swedish: a title with the report and the month, then named columns.
      const workbook = await openXlsx(page, 'ordered-performed');
      const sheet = workbook.worksheets[0]!;
      expect(sheet.name).toBe('Beställd och utförd tid');
      expect(sheet.getCell('A1').text).toMatch(/^Beställd och utförd tid, [a-zåäö]+ \d{4}$/);
      expect(sheet.getRow(4).values).toEqual([undefined, 'Nivå', 'Id', 'Namn', 'Beställda minuter', 'Utförda minuter', 'Utfört av beställt']);
      const levels = sheet.getColumn(1).values.map(String);
      expect(levels).toContain('Utförare');
      expect(levels).toContain('Kommunen totalt');
      // Numbers are numbers in the workbook, not text.
      expect(typeof sheet.getCell('D5').value).toBe('number');

      const csv = await openCsv(page, 'ordered-performed');
      const lines = csv.replace(/^\uFEFF/, '').split('\n');
      expect(lines[0]).toMatch(/^Beställd och utförd tid, [a-zåäö]+ \d{4}$/);
      expect(lines[3]).toBe('Nivå;Id;Namn;Beställda minuter;Utförda minuter;Utfört av beställt (%)');
    });

    test(`follows continuity over 12 months and compares providers and districts with the national figure (${label})`, async ({ page }) => {
      await page.goto('/rapporter?rapport=continuity');
      const providers = page.getByRole('region', { name: 'Per utförare' });
      await expect(providers.getByRole('figure', { name: 'Jämförelse: Median' })).toBeVisible();
      await expect(providers.getByText(/Riket 2021: 14,9 personal på 14 dagar/)).toBeVisible();
      // A case officer compares her district with the municipality; a provider manager sees no district rows.
      const districts = page.getByRole('region', { name: 'Per distrikt' });
      if (label === 'case-officer') {
        await expect(districts.getByRole('table')).toBeVisible();
        await expect(districts.getByRole('row')).toHaveCount(2);
      } else {
        await expect(districts).toHaveCount(0);
      }

      const trend = page.getByRole('region', { name: 'Utveckling de senaste 12 månaderna' });
      await expect(trend.getByRole('figure', { name: 'Utveckling: Median' })).toBeVisible();
      const table = trend.getByRole('table', { name: 'Utvecklingen månad för månad' });
      // A header and one row per month; the reader's own figure beside the municipality's.
      await expect(table.getByRole('row')).toHaveCount(13);
      await expect(table.getByRole('columnheader', { name: 'Kommunen totalt' })).toBeVisible();
      await expect(table.getByRole('columnheader')).toHaveCount(3);
      await checkPage(page, `reports-${label}-continuity-trend`);

      // The 14-day indicator: its trend over the same day of the 12 months.
      await page.getByLabel('Rapport').selectOption({ label: 'Kontinuitetsindikatorn, 14 dagar' });
      await expect(trend.getByRole('table', { name: 'Utvecklingen månad för månad' }).getByRole('row')).toHaveCount(13);
      await expect(page.getByText(/Riket 2021: 14,9 personal på 14 dagar \(Socialstyrelsen\)\./).first()).toBeVisible();
      await checkPage(page, `reports-${label}-continuity-14-trend`);

      // Time at clients per unit names the units.
      await page.getByLabel('Rapport').selectOption({ label: 'Tid hos klienter' });
      await expect(page.getByText(/Forskning: i genomsnitt 58 % av arbetstiden hos klienter/).first()).toBeVisible();
      await checkPage(page, `reports-${label}-time-at-clients-trend`);
    });
  });
}
