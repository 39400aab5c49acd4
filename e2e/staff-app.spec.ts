import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { codeFor, untilNextStep } from './support/totp.ts';
import { checkPage } from './support/check-page.ts';
import { authFile } from './support/auth.ts';
import { PAGE_PASSWORD, pageAccountSecret } from './support/page-accounts.ts';
import { staffClient, type StaffClient } from './support/staff-clients.ts';

// The staff phone app at a phone's size: sign in, choose a PIN, register by a scripted NFC
// reader, work without network (reload and reopen, unlocked by the PIN the phone checks itself),
// and come back online with every registration stored once with the phone's own times. Then a
// registration the server refuses is kept; the PIN after a reload, wrong PINs; a note queued
// without coverage; and a phone the manager revokes, which shows what was unsent and clears.

test.use({ viewport: { width: 390, height: 844 }, serviceWorkers: 'allow', storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: 'serial' });

interface Outgoing { id: string; kind: string; at: string; tag?: string; client?: string }

/** The scripted reader: the app listens through it, and `tap` hands it a serial number. */
async function withScriptedReader(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = globalThis as unknown as { __hemmaTagReader: unknown; __hemmaTap?: (serial: string) => void };
    w.__hemmaTagReader = {
      start: (onTag: (serial: string) => void) => {
        w.__hemmaTap = onTag;
        return Promise.resolve();
      },
      stop: () => undefined,
    };
  });
}

/** What the timing below uses of the page (the tests are type-checked without the DOM's types). */
interface PageGlobals {
  __hemmaTap: (serial: string) => void;
  performance: { now(): number };
  document: { querySelector(selector: string): unknown };
  requestAnimationFrame(callback: () => void): number;
  navigator: { onLine: boolean };
}

async function tap(page: Page, serial: string, expected: 'KOM' | 'GICK', who: string): Promise<void> {
  await expect(page.getByTestId('nfc-state')).toContainText('Håll telefonen mot brickan');
  // Tap to confirmation, timed in the page (issue target: under 300 ms without network). Printed
  // for docs/benchmarks.md, not asserted: the machines running the tests are shared.
  const ms = await page.evaluate((s) => new Promise<number>((resolve) => {
    const g = globalThis as unknown as PageGlobals;
    const start = g.performance.now();
    const shown = (): void => {
      if (g.document.querySelector('[role="alertdialog"]')) resolve(g.performance.now() - start);
      else g.requestAnimationFrame(shown);
    };
    g.__hemmaTap(s);
    g.requestAnimationFrame(shown);
  }), serial);
  const online = await page.evaluate(() => (globalThis as unknown as PageGlobals).navigator.onLine);
  console.log(`staff app: tap to confirmation ${Math.round(ms)} ms (${online ? 'online' : 'offline'})`);
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(expected);
  await expect(dialog).toContainText(who);
}

async function dismiss(page: Page): Promise<void> {
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
}

const ACCOUNT = 'e2e-personal-telefon';
const PIN = '2580';

async function fullSignIn(page: Page, check?: string): Promise<void> {
  await page.goto('/personal/');
  if (check) await checkPage(page, `${check}-sign-in`);
  await page.getByLabel('Användarnamn').fill(ACCOUNT);
  await page.getByLabel('Lösenord').fill(PAGE_PASSWORD);
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  // A code signs in once per 30-second step: wait for a step nobody has used.
  await page.waitForTimeout(untilNextStep());
  if (check) await checkPage(page, `${check}-code`);
  for (let attempt = 0; ; attempt++) {
    await page.getByLabel('Sexsiffrig kod från autentiseringsappen').fill(codeFor(pageAccountSecret(ACCOUNT)));
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/totp') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Logga in' }).click();
    if ((await answer).ok()) break;
    expect(attempt, 'the code was refused in two steps').toBe(0);
    await page.waitForTimeout(untilNextStep());
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Välj en PIN-kod' })).toBeVisible();
}

/** `check`: the first journey looks at each screen of the way in. */
async function signIn(page: Page, check?: string): Promise<void> {
  await fullSignIn(page, check);
  await page.getByLabel('PIN-kod (4–6 siffror)').fill(PIN);
  await page.getByLabel('Samma PIN-kod en gång till').fill(PIN);
  if (check) await checkPage(page, `${check}-choose-pin`);
  await page.getByRole('button', { name: 'Spara PIN-koden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Min dag/ })).toBeVisible();
}

async function unlockWith(page: Page, pin: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Lås upp telefonen' })).toBeVisible();
  await page.getByLabel('PIN-kod (4–6 siffror)').fill(pin);
  await page.getByRole('button', { name: 'Lås upp', exact: true }).click();
}

/** The outbox as the phone holds it (IndexedDB), to compare with what the server stores. */
const READ_OUTBOX = `new Promise((resolve, reject) => {
  const open = indexedDB.open('hemma-personal');
  open.onerror = () => reject(new Error('no phone database'));
  open.onsuccess = () => {
    const get = open.result.transaction('outbox').objectStore('outbox').getAll();
    get.onsuccess = () => {
      resolve(get.result.map((i) => i.registration));
      open.result.close();
    };
  };
})`;
const outbox = (page: Page) => page.evaluate<Outgoing[]>(READ_OUTBOX);
/** The service worker has installed and holds the shell. */
const SHELL_READY = 'navigator.serviceWorker.ready.then(() => true)';

let anna: StaffClient;
let bertil: StaffClient;
let cecilia: StaffClient;

test.beforeAll(async ({ baseURL }) => {
  anna = await staffClient(baseURL!, 'Anna Apelgren', '19360412', 801, ['07:00', '09:00']);
  bertil = await staffClient(baseURL!, 'Bertil Bokström', '19390921', 802, ['09:00', '11:00']);
  cecilia = await staffClient(baseURL!, 'Cecilia Cederlund', '19420103', 803, ['11:00', '13:00']);
});

test('registers by tag and by hand without network and sends everything once when it returns', async ({ page, context }) => {
  await withScriptedReader(context);
  await signIn(page, 'staff');
  for (const c of [anna, bertil, cecilia]) await expect(page.getByRole('button', { name: new RegExp(c.name) })).toBeVisible();
  await page.evaluate(SHELL_READY);
  await checkPage(page, 'staff-day');

  // Online: the first tap goes straight to the server.
  await tap(page, anna.tag.toUpperCase(), 'KOM', anna.name);
  await checkPage(page, 'staff-tap-confirm');
  await dismiss(page);
  await expect(page.getByTestId('unsent')).toHaveText('Allt skickat');
  const sentOnline = await page.request.get('/api/v1/my-day');
  const first = ((await sentOnline.json()) as { registrations: Outgoing[] }).registrations;
  expect(first).toHaveLength(1);

  await context.setOffline(true);
  await expect(page.getByRole('status').filter({ hasText: 'Ingen täckning' })).toBeVisible();
  await tap(page, anna.tag, 'GICK', anna.name);
  await dismiss(page);
  await tap(page, bertil.tag, 'KOM', bertil.name);
  await dismiss(page);
  await expect(page.getByTestId('unsent')).toHaveText('2 osända');

  // The shell comes from the service worker, the outbox from IndexedDB; the phone checks the PIN itself.
  await page.reload();
  await unlockWith(page, PIN);
  await expect(page.getByTestId('unsent')).toHaveText('2 osända');
  await tap(page, bertil.tag, 'GICK', bertil.name);
  await dismiss(page);

  await page.getByRole('button', { name: new RegExp(cecilia.name) }).click();
  await expect(page.getByRole('heading', { level: 1, name: cecilia.name })).toBeVisible();
  // The card was fetched with the day, so it opens without network.
  await expect(page.getByText('Portkod 4711')).toBeVisible();
  await expect(page.getByText('Hjälp med dusch och frukost')).toBeVisible();
  await page.getByRole('button', { name: 'Avböjde vid dörren (30 min)' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('AVBÖJT VID DÖRREN');
  await dismiss(page);
  await checkPage(page, 'staff-client-offline');
  const phone = await outbox(page);
  expect(phone.map((r) => r.kind)).toEqual(['leave', 'arrive', 'leave', 'declined_at_door']);

  // Close the app and open it again, still without network.
  await page.close();
  const again = await context.newPage();
  await again.goto('/personal/');
  await unlockWith(again, PIN);
  await expect(again.getByTestId('unsent')).toHaveText('4 osända');
  await expect(again.getByRole('button', { name: new RegExp(`${anna.name}.*Klart`) })).toBeVisible();
  await checkPage(again, 'staff-day-offline');

  await context.setOffline(false);
  await expect(again.getByTestId('unsent')).toHaveText('Allt skickat', { timeout: 30_000 });
  const stored = ((await (await again.request.get('/api/v1/my-day')).json()) as { registrations: (Outgoing & { clientId: string })[] }).registrations;
  const expected = [...first, ...phone];
  expect(stored).toHaveLength(expected.length);
  expect(new Set(stored.map((r) => r.id)).size).toBe(expected.length);
  for (const e of expected) {
    const s = stored.find((r) => r.id === e.id);
    expect(s, `registration ${e.id}`).toBeDefined();
    expect(s!.kind).toBe(e.kind);
    expect(Date.parse(s!.at)).toBe(Date.parse(e.at));
  }
  expect(stored.filter((r) => r.clientId === cecilia.id).map((r) => r.kind)).toEqual(['declined_at_door']);
  await expect(again.getByRole('button', { name: new RegExp(`${bertil.name}.*Klart`) })).toBeVisible();
  await expect(again.getByRole('button', { name: new RegExp(`${cecilia.name}.*Avböjt`) })).toBeVisible();
});

test('keeps and shows a registration the server refuses, and sends the rest', async ({ page, context }) => {
  await withScriptedReader(context);
  await signIn(page);
  // The day must be on the phone before the network goes.
  await expect(page.getByRole('button', { name: new RegExp(cecilia.name) })).toBeVisible();
  await context.setOffline(true);
  // A tag no client has: the server refuses it (422 unknown_tag), whatever else the batch holds.
  await tap(page, '04:de:ad:be:ef:00:99', 'KOM', 'Okänd bricka');
  await dismiss(page);
  await page.getByRole('button', { name: new RegExp(cecilia.name) }).click();
  await page.getByRole('button', { name: 'Kom (manuellt)' }).click();
  await dismiss(page);
  await expect(page.getByTestId('unsent')).toHaveText('2 osända');
  await context.setOffline(false);

  await expect(page.getByTestId('unsent')).toHaveText('Allt skickat · 1 avvisad', { timeout: 30_000 });
  await page.reload();
  await unlockWith(page, PIN);
  await page.getByTestId('unsent').click();
  const refused = page.getByTestId('refused-list');
  await expect(refused).toContainText('04:de:ad:be:ef:00:99');
  await expect(refused).toContainText('Brickan är okänd eller inte inskriven (422)');
  await checkPage(page, 'staff-outbox-refused');
  const stored = ((await (await page.request.get('/api/v1/my-day')).json()) as { registrations: (Outgoing & { clientId: string; method: string })[] }).registrations;
  expect(stored.filter((r) => r.clientId === cecilia.id && r.method === 'manual').map((r) => r.kind)).toEqual(['declined_at_door', 'arrive']);
});

test('asks for the PIN after a reload, counts wrong ones, and wants the full sign-in after five', async ({ page, context }) => {
  await withScriptedReader(context);
  await signIn(page);
  await page.reload();
  await checkPage(page, 'staff-unlock');
  await unlockWith(page, '9999');
  await expect(page.getByRole('alert')).toHaveText('Fel PIN-kod. 4 försök kvar, sedan behövs lösenord och kod.');
  await checkPage(page, 'staff-unlock-wrong');
  await page.getByLabel('PIN-kod (4–6 siffror)').fill(PIN);
  await page.getByRole('button', { name: 'Lås upp', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Min dag/ })).toBeVisible();

  await page.reload();
  for (let left = 4; left >= 1; left--) {
    await unlockWith(page, '9999');
    await expect(page.getByRole('alert')).toContainText(`${left} försök kvar`);
  }
  await unlockWith(page, '9999');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Logga in igen med lösenord och kod');
  await checkPage(page, 'staff-sign-in-again');
});

test('queues a note for the manager without coverage and sends it when coverage returns', async ({ page, context, browser, baseURL }) => {
  await withScriptedReader(context);
  await signIn(page);
  await expect(page.getByRole('button', { name: new RegExp(bertil.name) })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: new RegExp(bertil.name) }).click();
  const body = `Bertil föll i går kväll men är oskadd (${Date.now()}).`;
  await page.getByLabel('Kort anteckning').fill(body);
  await page.getByRole('button', { name: 'Skicka till chefen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparad i telefonen' })).toBeVisible();
  await expect(page.getByTestId('unsent')).toHaveText('1 osänd');
  await checkPage(page, 'staff-note-queued');
  await page.getByTestId('unsent').click();
  await expect(page.getByTestId('pending-list')).toContainText(body);
  await context.setOffline(false);
  await expect(page.getByTestId('unsent')).toHaveText('Allt skickat', { timeout: 30_000 });

  // The manager reads it in the office, with the time it was written on the phone.
  const office = await browser.newContext({ baseURL, storageState: authFile('enhetschef'), viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const manager = await office.newPage();
  await manager.goto('/personalanteckningar');
  await expect(manager.getByRole('heading', { level: 1, name: 'Anteckningar från personalen' })).toBeVisible();
  await expect(manager.getByTestId('staff-notes').getByRole('row').filter({ hasText: body })).toContainText(bertil.name);
  await checkPage(manager, 'office-staff-notes');
  await office.close();
});

test('a phone the manager revokes is refused, shows what was unsent and clears', async ({ page, context, browser, baseURL }) => {
  await withScriptedReader(context);
  await signIn(page);
  await expect(page.getByRole('button', { name: new RegExp(anna.name) })).toBeVisible();
  await context.setOffline(true);
  await page.getByRole('button', { name: new RegExp(anna.name) }).click();
  await page.getByRole('button', { name: 'Avböjde i förväg' }).click();
  await dismiss(page);
  await expect(page.getByTestId('unsent')).toHaveText('1 osänd');

  // Signing out now would lose it: the phone says so first.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('1 registrering eller anteckning har inte skickats');
  await checkPage(page, 'staff-sign-out-warning');
  await page.getByRole('button', { name: 'Avbryt, logga inte ut' }).click();

  const deviceId = await page.evaluate<string>(`new Promise((resolve) => {
    const open = indexedDB.open('hemma-personal');
    open.onsuccess = () => {
      const get = open.result.transaction('device').objectStore('device').getAll();
      get.onsuccess = () => { resolve(get.result[0].id); open.result.close(); };
    };
  })`);
  // The manager revokes it on her screen of staff phones.
  const office = await browser.newContext({ baseURL, storageState: authFile('enhetschef'), viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const manager = await office.newPage();
  await manager.goto('/telefoner');
  await expect(manager.getByRole('heading', { level: 1, name: 'Personalens telefoner' })).toBeVisible();
  const row = manager.locator(`tr[data-device="${deviceId}"]`);
  await row.getByRole('button', { name: /^Spärra telefonen för/ }).click();
  const question = manager.getByRole('alertdialog');
  await expect(question).toContainText('Det som inte har skickats från den går förlorat');
  await checkPage(manager, 'office-staff-phones-confirm');
  await question.getByRole('button', { name: 'Spärra' }).click();
  await expect(manager.getByRole('status')).toContainText('är spärrad');
  await expect(row).toContainText('Spärrad av enhetschef');
  await checkPage(manager, 'office-staff-phones');
  await office.close();

  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Telefonen är spärrad' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('revoked-unsent')).toContainText(`Avböjt i förväg`);
  await expect(page.getByTestId('revoked-unsent')).toContainText(anna.name);
  await checkPage(page, 'staff-revoked');
  await page.getByRole('button', { name: 'Radera och gå till inloggningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  const databases = await page.evaluate<string[]>('indexedDB.databases().then((d) => d.map((x) => x.name))');
  expect(databases).not.toContain('hemma-personal');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
});
