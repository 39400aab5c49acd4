import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { stockholmMonth } from './support/clock.ts';
import { personalNumber } from './support/people.ts';

// The Ekerö journey: a provider's deviation spreadsheet with one bad row is previewed,
// fixed, imported, and the case officer decides the deviations. The demo municipality bills
// performed time; the test does not switch the shared municipality to granted time, since every
// other journey runs against the same server, and neither the import nor the decisions depend
// on the model (only what the statement pays for them does).

async function pageAs(browser: Browser, who: Parameters<typeof authFile>[0]): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile(who) });
  return context.newPage();
}

async function sheet(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet('Avvikelser');
  ws.addRow(['Personnummer', 'Månad', 'Minuter', 'Orsak', 'Kommentar']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function previousMonth(now: Date): string {
  const [y, m] = stockholmMonth(now).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

test('a deviation spreadsheet with a bad row is previewed, fixed, imported and decided', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  // Last month: the month a provider reports on, and one no other journey closes.
  const month = previousMonth(new Date());
  const officer = await pageAs(browser, 'handlaggare');
  const manager = await pageAs(browser, 'e2e-enhetschef-trygg');

  const pn = personalNumber('19330227', 518);
  await officer.goto('/klienter/ny');
  await officer.getByRole('textbox', { name: 'Personnummer', exact: true }).fill(pn);
  await officer.getByLabel('Namn').fill('Elsa Ekerösson');
  await officer.getByLabel('Adress').fill('Bryggvägen 9, Demoby');
  await officer.getByRole('button', { name: 'Registrera' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Elsa Ekerösson' })).toBeVisible();
  await officer.getByRole('button', { name: 'Nytt beslut' }).click();
  const decision = officer.getByRole('form', { name: 'Nytt beslut' });
  await decision.getByLabel('Gäller från').fill(`${month}-01`);
  await decision.getByLabel('Personlig omvårdnad').fill('12');
  await decision.getByRole('button', { name: 'Spara beslut' }).click();
  await expect(officer.getByRole('table').first()).toContainText('Personlig omvårdnad: 12 h/mån');
  await officer.getByRole('button', { name: 'Ny beställning' }).click();
  const order = officer.getByRole('form', { name: 'Ny beställning' });
  await order.getByRole('radio', { name: /Trygg Hemma/ }).check();
  await order.getByLabel('Personlig omvårdnad').fill('12');
  await order.getByRole('button', { name: 'Skicka beställning' }).click();
  await expect(officer.getByText('Skickad')).toBeVisible();

  await manager.goto('/bestallningar');
  await manager
    .getByRole('region', { name: 'Elsa Ekerösson' })
    .getByRole('button', { name: 'Acceptera' })
    .click();
  await expect(manager.getByRole('link', { name: 'Elsa Ekerösson' })).toBeVisible();

  // The sheet as the provider keeps it, with a month that does not exist and an unknown reason.
  const good: ExcelJS.CellValue[][] = [
    [pn, month, -240, 'sjukhus', 'Inlagd på sjukhus fyra dagar'],
    [pn, month, 45, 'extra', 'Extra dusch efter fallet'],
  ];
  await manager.goto(`/avvikelser?manad=${month}`);
  const file = manager.locator('input[type=file]');
  await file.setInputFiles({
    name: 'avvikelser.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet([...good, [pn, `${month.slice(0, 4)}-13`, 30, 'semester', 'Fel rad']]),
  });
  await manager.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(manager.getByText('1 rad har fel.')).toBeVisible();
  // Row 4's month and reason are named by their cells.
  await expect(manager.getByRole('row').filter({ hasText: 'B4' })).toContainText('D4');
  await expect(manager.getByRole('button', { name: /Importera 3 avvikelser/ })).toBeDisabled();
  await checkPage(manager, 'provider-deviation-preview-errors');

  // Fixed and sent again: the preview is clean and the import stores all three.
  await file.setInputFiles({
    name: 'avvikelser-rattad.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await sheet([...good, [pn, month, 30, 'övrigt', 'Följde med till vårdcentralen']]),
  });
  await manager.getByRole('button', { name: 'Förhandsgranska' }).click();
  await expect(manager.getByText('Alla rader kan importeras.')).toBeVisible();
  await manager.getByRole('button', { name: 'Importera 3 avvikelser' }).click();
  await expect(manager.getByText('3 avvikelser är sparade.')).toBeVisible();
  const reported = manager.getByRole('region', { name: 'Rapporterade avvikelser' });
  await expect(reported.getByRole('row').filter({ hasText: 'Elsa Ekerösson' })).toHaveCount(3);
  await checkPage(manager, 'provider-deviations');

  // The case officer approves two and rejects the third with a reason the provider then reads.
  await officer.goto(`/uppfoljning?manad=${month}&flik=deviations`);
  for (const comment of ['Inlagd på sjukhus fyra dagar', 'Extra dusch efter fallet']) {
    const card = officer.getByRole('region').filter({ hasText: comment });
    await card.getByRole('button', { name: 'Godkänn' }).click();
    await expect(card).toContainText('Godkänd');
  }
  const third = officer.getByRole('region').filter({ hasText: 'Följde med till vårdcentralen' });
  await third.getByLabel(/Motivering/).fill('Ingår i beställd tid.');
  await third.getByRole('button', { name: 'Avslå' }).click();
  await expect(third).toContainText('Avslagen');

  await manager.goto(`/avvikelser?manad=${month}`);
  await expect(
    reported.getByRole('row').filter({ hasText: 'Ingår i beställd tid.' }),
  ).toContainText('Avslagen');
  await manager.goto('/');
  await expect(manager.getByRole('region', { name: 'Avslagna avvikelser' })).toContainText(
    'Elsa Ekerösson',
  );
});
