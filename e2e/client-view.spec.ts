import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config.ts';
import { authFile } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { personalNumber } from './support/people.ts';

// The client's own view end to end: a case officer gives a relative access with the client's
// consent; the relative enrols a passkey with Chromium's virtual authenticator (user verification
// on: the device's PIN or fingerprint), signs in, reads the plan, the coming visits with the
// staff's first names, the month's time and fee, and asks to cancel tomorrow's visit; the
// provider manager confirms; the visit is then declined in advance in her view and in the
// month's visits the statement is computed from. The client is the test's own.

const TABLET = { width: 768, height: 1024 };
const PHONE = { width: 390, height: 844 };
// WebAuthn needs a host name for its relying party, not an IP address: the relative uses localhost.
const LOCAL = baseURL.replace('127.0.0.1', 'localhost');

const stockholmDate = (offsetDays: number): string =>
  new Date(Date.now() + offsetDays * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

async function writer(request: APIRequestContext) {
  const { csrfToken } = (await (await request.get('/api/v1/auth/csrf')).json()) as { csrfToken: string };
  return async <T>(method: 'POST' | 'PATCH', url: string, data: unknown): Promise<T> => {
    const res = await request.fetch(url, { method, data, headers: { 'x-csrf-token': csrfToken } });
    expect(res.status(), `${method} ${url}: ${await res.text()}`).toBeLessThan(300);
    return (await res.json()) as T;
  };
}

/** A client of the case officer's district with an order to the manager's provider and a plan with a visit every day. */
async function clientWithPlan(officer: APIRequestContext, manager: APIRequestContext) {
  const first = `${stockholmDate(0).slice(0, 7)}-01`;
  const me = (await (await officer.get('/api/v1/me')).json()) as { districtId: string };
  const provider = ((await (await manager.get('/api/v1/me')).json()) as { providerId: string }).providerId;
  const staff = ((await (await manager.get('/api/v1/staff')).json()) as { staff: { id: string; name: string }[] }).staff[0]!;
  const asOfficer = await writer(officer);
  const asManager = await writer(manager);
  const client = await asOfficer<{ id: string }>('POST', '/api/v1/clients', {
    personalNumber: personalNumber('19390815', Date.now() % 1000), name: 'Ingrid Vysson', districtId: me.districtId, address: 'Ekvägen 3, Demoby',
  });
  const decision = await asOfficer<{ id: string }>('POST', `/api/v1/clients/${client.id}/decisions`, { validFrom: first, hoursPerMonth: { personal_care: 20 } });
  const order = await asOfficer<{ id: string }>('POST', '/api/v1/orders', {
    clientId: client.id, providerId: provider, decisionId: decision.id, from: first, to: null, hoursPerMonth: { personal_care: 20 }, doubleStaffing: false,
  });
  await asManager('POST', `/api/v1/orders/${order.id}/accept`, { contactPersonStaffId: staff.id });
  await asManager('POST', `/api/v1/orders/${order.id}/plans`, {
    validFrom: first, agreedAt: stockholmDate(0), agreedHow: 'in_person', notes: 'Frukost och dusch på morgonen.',
    visits: [{ weekdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], windowFrom: '08:00', windowTo: '09:00', durationMinutes: 45, areas: ['personal_care'], preferredStaffId: staff.id }],
  });
  return { clientId: client.id, provider, staffFirstName: staff.name.split(' ')[0]! };
}

async function relativePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: LOCAL, viewport: TABLET });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return page;
}

async function atBothSizes(page: Page, name: string): Promise<void> {
  await page.setViewportSize(TABLET);
  await checkPage(page, `${name}-tablet`);
  await page.setViewportSize(PHONE);
  await checkPage(page, `${name}-phone`);
  await page.setViewportSize(TABLET);
}

test('a relative enrols a passkey, follows the care and cancels tomorrow\'s visit, which the provider confirms', async ({ browser }) => {
  // Eleven pages through axe at two sizes on a shared machine.
  test.setTimeout(420_000);
  const officer = await browser.newContext({ storageState: authFile('handlaggare') });
  const manager = await browser.newContext({ storageState: authFile('enhetschef') });
  const { clientId, provider, staffFirstName } = await clientWithPlan(officer.request, manager.request);
  const month = stockholmDate(0).slice(0, 7);
  const tomorrow = stockholmDate(1);

  // The case officer gives the client's daughter access, with the client's consent.
  const officePage = await officer.newPage();
  await officePage.goto(`/klienter/${clientId}`);
  const panel = officePage.getByRole('region', { name: 'Mina sidor: brukarens egen vy' });
  await expect(panel.getByText('Ingen har tillgång ännu.')).toBeVisible();
  await panel.getByLabel(/^Namn/).fill('Anna Vysson');
  await panel.getByLabel('Relation till brukaren').fill('dotter');
  await panel.getByLabel('Samtycke gavs av').fill('Ingrid Vysson');
  await panel.getByRole('button', { name: 'Ge tillgång' }).click();
  const code = (await panel.getByTestId('enrolment-code').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  await expect(panel.getByText('Anna Vysson (dotter) · Anhörig')).toBeVisible();
  await expect(panel.getByText(/Samtycke av Ingrid Vysson, vid besök, .*tills vidare/)).toBeVisible();
  await checkPage(officePage, 'client-view-office-access');

  // The relative takes the code into use on her tablet: the passkey is made and she is signed in.
  const page = await relativePage(browser);
  await page.goto(`/mina-sidor/aktivera?kod=${code}`);
  await atBothSizes(page, 'client-view-activate');
  await page.getByRole('button', { name: 'Spara nyckel och logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hej Anna' })).toBeVisible();

  // Signing out and in again: the passkey alone, no username or password.
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
  await atBothSizes(page, 'client-view-sign-in');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hej Anna' })).toBeVisible();

  await expect(page.getByText('Här ser du Ingrid Vyssons hemtjänst.')).toBeVisible();
  const plan = page.getByRole('region', { name: 'Min plan' });
  await expect(plan.getByText('Hjälp med hygien och påklädning')).toBeVisible();
  await expect(plan.getByText(/måndagar, tisdagar.*kl\. 08:00–09:00, cirka 45 minuter/)).toBeVisible();
  await expect(plan.getByText(`Min kontaktperson: ${staffFirstName}`)).toBeVisible();
  await expect(plan.getByText(/Du godkände planen/)).toBeVisible();
  const visitTomorrow = page.getByTestId(`coming-${tomorrow}`);
  await expect(visitTomorrow).toContainText('08:00–09:00');
  await expect(visitTomorrow).toContainText(`Kommer: ${staffFirstName}`);
  await expect(page.getByTestId('granted')).toHaveText(/\d+ h \d\d min/);
  await expect(page.getByTestId('used')).toHaveText('0 min');
  await expect(page.getByTestId('fee')).toHaveText(/kr$/);
  await atBothSizes(page, 'client-view-home');

  // She asks to cancel tomorrow's visit.
  await visitTomorrow.getByRole('link', { name: 'Avboka eller flytta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fråga eller ändra' })).toBeVisible();
  await page.getByLabel('Meddelande (till exempel ny tid)').fill('Vi åker till sjukhuset.');
  await atBothSizes(page, 'client-view-ask');
  await page.getByRole('region', { name: 'Avboka eller flytta ett besök' }).getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByText('Tack! Hemtjänsten svarar så snart de kan.')).toBeVisible();

  // The provider manager confirms it.
  const managerPage = await manager.newPage();
  await managerPage.goto('/forfragningar');
  const request = managerPage.getByRole('listitem').filter({ hasText: 'Ingrid Vysson' });
  await expect(request).toContainText('Avboka');
  await expect(request).toContainText('Från Anna Vysson');
  await checkPage(managerPage, 'client-view-provider-requests');
  await request.getByRole('button', { name: 'Bekräfta' }).click();
  await expect(request).toContainText('Bekräftad');
  await expect(request).toContainText('Registrerat som avböjt i förväg');

  // In her view: cancelled, and counted as declined in advance this month.
  await page.goto('/mina-sidor/');
  await expect(page.getByTestId(`coming-${tomorrow}`)).toContainText('Avbokat');
  if (tomorrow.startsWith(month)) await expect(page.getByRole('region', { name: 'Besök denna månad' })).toContainText('Avbokat i förväg');
  await atBothSizes(page, 'client-view-home-cancelled');

  // In the month the statement is computed from: a declined-in-advance registration of the client.
  const visits = (await (await officer.request.get(`/api/v1/clients/${clientId}/visits`, { params: { month: tomorrow.slice(0, 7) } })).json()) as {
    declined: { providerId: string; kind: string; date: string }[];
  };
  expect(visits.declined).toContainEqual(expect.objectContaining({ providerId: provider, kind: 'declined_in_advance', date: tomorrow }));
  const statement = await manager.request.get(`/api/v1/statements/${tomorrow.slice(0, 7)}/${provider}`);
  expect(statement.status()).toBe(200);
  expect(await statement.text()).toContain(clientId);

  await page.context().close();
  await officer.close();
  await manager.close();
});
