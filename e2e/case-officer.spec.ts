import { expect, test, type Page } from '@playwright/test';
import { authFile, signInThroughUi } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { personalNumber } from './support/people.ts';

test.use({ storageState: authFile('handlaggare') });

const stockholm = { timeZone: 'Europe/Stockholm' } as const;
const monthName = (month: string) =>
  new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', ...stockholm }).format(new Date(`${month}-15T12:00:00Z`));
const hhmm = (instant: string) =>
  new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...stockholm }).format(new Date(instant));
const kronor = (ore: number) => new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(ore / 100);

function previousMonth(): string {
  const [y, m] = new Date().toLocaleDateString('sv-SE', stockholm).slice(0, 7).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

interface ManualVisit {
  clientId: string;
  arrive: string;
  leave: string;
  staffName: string;
}

/**
 * A client of the officer's district with a visit registered by hand last month (the demo's
 * clients with an accepted order have registrations in the months before this one, a few of
 * them typed by hand), found through the API rather than by place in a list.
 */
async function clientWithManualVisit(page: Page, month: string): Promise<ManualVisit> {
  const orders = await page.request.get('/api/v1/orders?status=accepted&limit=100');
  const { orders: list } = (await orders.json()) as { orders: { clientId: string }[] };
  for (const clientId of new Set(list.map((o) => o.clientId))) {
    const res = await page.request.get(`/api/v1/clients/${clientId}/visits?month=${month}`);
    const v = (await res.json()) as {
      visits: { staffId: string; arrive: string; leave: string; manual: boolean }[];
      staffNames: Record<string, string>;
    };
    const manual = v.visits.find((x) => x.manual);
    if (manual) return { clientId, arrive: manual.arrive, leave: manual.leave, staffName: v.staffNames[manual.staffId]! };
  }
  throw new Error(`no client of the district has a manual visit in ${month}`);
}

test('registers a client with contact details and wishes, a decision with its text and goals, and an order from the LOV list', async ({ page }) => {
  await page.goto('/klienter');
  await expect(page.getByRole('heading', { level: 1, name: 'Klienter' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link')).toHaveText([
    'Att göra',
    'Klienter',
    'Meddelanden',
    'Uppföljning',
    'Förfrågningar',
    'Rapporter',
  ]);
  await checkPage(page, 'case-officer-clients');

  await page.getByRole('link', { name: 'Registrera klient' }).click();
  // The list's search field is also labelled with "personnummer": wait for the form before typing.
  await expect(page.getByRole('heading', { level: 1, name: 'Registrera klient' })).toBeVisible();
  const pn = personalNumber('19400312', 417);
  const wrong = pn.slice(0, -1) + String((Number(pn.slice(-1)) + 1) % 10);
  await page.getByRole('textbox', { name: 'Personnummer', exact: true }).fill(wrong);
  await expect(page.getByText('Kontrollsiffran stämmer inte')).toBeVisible();
  await page.getByLabel('Namn').fill('Greta Testsson');
  await page.getByLabel('Adress').fill('Storgatan 1, Demoby');
  await page.getByLabel('Telefon', { exact: true }).fill('070-12');
  await expect(page.getByText('Skriv ett telefonnummer, till exempel 070-123 45 67')).toBeVisible();
  await checkPage(page, 'case-officer-client-new-error');
  await page.getByRole('textbox', { name: 'Personnummer', exact: true }).fill(pn);
  await expect(page.getByText(`Giltigt personnummer: ${pn}`)).toBeVisible();
  await page.getByLabel('Telefon', { exact: true }).fill('070-123 45 67');
  await page.getByLabel('E-post').fill('greta.testsson@exempel.se');
  await page.getByLabel('Närstående', { exact: true }).fill('Per Testsson (son)');
  await page.getByLabel('Närståendes telefon').fill('08-123 456 78');
  await page.getByLabel('Klientens egna önskemål').fill('Vill ha hjälp på förmiddagen, helst av samma personal.');
  await expect(page.getByText('Skriv ett telefonnummer')).toBeHidden();
  await checkPage(page, 'case-officer-client-new');
  await page.getByRole('button', { name: 'Registrera' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Greta Testsson' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Uppgifter om klienten' });
  await expect(details).toContainText('070-123 45 67');
  await expect(details).toContainText('greta.testsson@exempel.se');
  await expect(details).toContainText('Per Testsson (son), 08-123 456 78');
  await expect(details).toContainText('Vill ha hjälp på förmiddagen, helst av samma personal.');
  // A new client has no visits, so no fee yet.
  await expect(page.getByRole('region', { name: 'Avgift', exact: true })).toContainText('Ingen avgift den månaden.');
  await page.getByRole('button', { name: 'Nytt beslut' }).click();
  const decision = page.getByRole('form', { name: 'Nytt beslut' });
  await decision.getByLabel('Personlig omvårdnad').fill('20');
  await decision.getByLabel('Service').fill('4');
  await decision.getByLabel('Social samvaro').fill('2');
  // The date fields read ÅÅÅÅ-MM-DD whatever the browser's language.
  await expect(decision.getByLabel('Gäller från')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await decision.getByLabel('Beslutstext').fill('Greta ansöker om hjälp med personlig omvårdnad, städning och sällskap. Beviljas enligt 4 kap. 1 § SoL.');
  await decision.getByLabel('Mål med insatserna').fill('Greta kan bo kvar hemma och klara sin hygien med stöd.');
  await checkPage(page, 'case-officer-decision-form');
  await decision.getByRole('button', { name: 'Spara beslut' }).click();
  const decisions = page.getByRole('table').first();
  await expect(decisions).toContainText('Personlig omvårdnad: 20 h/mån');
  await expect(decisions).toContainText('Beviljas enligt 4 kap. 1 § SoL.');
  await expect(decisions).toContainText('Greta kan bo kvar hemma och klara sin hygien med stöd.');

  await page.getByRole('button', { name: 'Ny beställning' }).click();
  const order = page.getByRole('form', { name: 'Ny beställning' });
  // The decision just made is chosen once the decisions are there, and the order starts with it.
  await expect(order.getByRole('combobox', { name: 'Beslut', exact: true })).not.toHaveValue('');
  await expect(order.getByLabel('Från och med')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  // The LOV list: each provider's kind and the areas it offers.
  const trygg = order.getByRole('radio', { name: /Trygg Hemma/ });
  await expect(trygg).toHaveAccessibleDescription(/Privat · .*Erbjuder: Personlig omvårdnad, Service, Måltider, Trygghetslarm$/);
  const municipal = order.getByRole('radio', { name: 'Demoby kommuns hemtjänst' });
  await expect(municipal).toHaveAccessibleDescription(/Kommunal · .*Erbjuder: .*Social samvaro/);
  await order.getByLabel('Personlig omvårdnad').fill('18');
  await order.getByLabel('Social samvaro').fill('2');
  await trygg.check();
  await expect(order.getByText('Trygg Hemma i Demoby AB erbjuder inte: Social samvaro.')).toBeVisible();
  await expect(order.getByRole('button', { name: 'Skicka beställning' })).toBeDisabled();
  await checkPage(page, 'case-officer-order-form');
  await municipal.check();
  await expect(order.getByText(/erbjuder inte/)).toBeHidden();
  await order.getByRole('button', { name: 'Skicka beställning' }).click();
  await expect(page.getByText('Skickad')).toBeVisible();
  await checkPage(page, 'case-officer-client-care');

  await page.getByRole('button', { name: 'Ändra', exact: true }).click();
  await page.getByRole('form', { name: 'Ändra', exact: true }).getByLabel('Personlig omvårdnad').fill('16');
  await page.getByRole('button', { name: 'Spara ändring' }).click();
  await expect(page.getByText('Personlig omvårdnad: 16 h/mån')).toBeVisible();

  // The record changes later: a bad e-mail address is refused at its field, nothing typed is lost.
  await page.getByRole('button', { name: 'Ändra uppgifter' }).click();
  const edit = page.getByRole('form', { name: 'Ändra uppgifter' });
  await edit.getByLabel('E-post').fill('greta.testsson@');
  await edit.getByLabel('Klientens egna önskemål').fill('Vill ha hjälp före klockan tio.');
  await edit.getByRole('button', { name: 'Spara uppgifter' }).click();
  await expect(edit.getByText('Skriv en e-postadress, till exempel namn@exempel.se.')).toBeVisible();
  await checkPage(page, 'case-officer-client-edit-error');
  await expect(edit.getByLabel('Klientens egna önskemål')).toHaveValue('Vill ha hjälp före klockan tio.');
  await edit.getByLabel('E-post').fill('greta@exempel.se');
  await edit.getByRole('button', { name: 'Spara uppgifter' }).click();
  await expect(details).toContainText('Vill ha hjälp före klockan tio.');
  await expect(details).toContainText('greta@exempel.se');

  await page.goto('/klienter');
  await page.getByLabel('Sök på namn eller personnummer').fill(pn.slice(2, 8));
  await expect(page.getByRole('link', { name: 'Greta Testsson' })).toBeVisible();
  await page.getByLabel('Sök på namn eller personnummer').fill('greta test');
  await expect(page.getByRole('row')).toHaveCount(2);
});

test('keeps what was typed when the session ends', async ({ page, context }) => {
  await page.goto('/klienter/ny');
  await page.getByLabel('Namn').fill('Sven Sessionslös');
  await page.getByLabel('Adress').fill('Lillgatan 2');
  await page.getByRole('textbox', { name: 'Personnummer', exact: true }).fill(personalNumber('19380505', 12));
  await context.clearCookies();
  await page.getByRole('button', { name: 'Registrera' }).click();
  await expect(page).toHaveURL(/\/logga-in\?next=.*reason=expired/);
  await expect(page.getByText('Din inloggning har gått ut')).toBeVisible();
  await checkPage(page, 'sign-in-expired');
  await signInThroughUi(page, 'e2e-handlaggare-session');
  await expect(page).toHaveURL(/\/klienter\/ny/);
  await expect(page.getByText('Det du skrev tidigare har återställts.')).toBeVisible();
  await expect(page.getByLabel('Namn')).toHaveValue('Sven Sessionslös');
  await expect(page.getByLabel('Adress')).toHaveValue('Lillgatan 2');
});

test("follows a client's fee, plan, visits and dialogue, and sees the thread in the inbox", async ({ page, browser }) => {
  const previous = previousMonth();
  const manual = await clientWithManualVisit(page, previous);
  const clientId = manual.clientId;
  await page.goto(`/klienter/${clientId}`);
  await expect(page.getByRole('tab', { name: 'Beslut och beställningar' })).toHaveAttribute('aria-selected', 'true');

  // Last month's fee is finance's figure for her, from the same engine.
  const finance = await browser.newContext({ storageState: authFile('ekonomi') });
  const billed = await finance.request.get(`/api/v1/fees/${previous}?client=${clientId}`);
  const feeOre = billed.status() === 200 ? ((await billed.json()) as { fees: { feeOre: number }[] }).fees[0]!.feeOre : null;
  await finance.close();
  const lastMonthFee = page.getByRole('region', { name: `Avgift för ${monthName(previous)}` });
  await expect(lastMonthFee).toContainText(feeOre === null ? 'Ingen avgift den månaden.' : kronor(feeOre));
  if (feeOre !== null) {
    const link = lastMonthFee.getByRole('link', { name: /Avgiftsbeslut/ });
    const pdf = await page.request.get((await link.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
  }
  await checkPage(page, 'case-officer-client');
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { name: /Plan för beställning hos/ })).toBeVisible();
  await checkPage(page, 'case-officer-client-plan');

  await page.getByRole('tab', { name: 'Besök' }).click();
  // The month is named in Swedish, as the page names it.
  await expect(page.getByRole('combobox', { name: 'Månad' })).toHaveValue(monthName(new Date().toLocaleDateString('sv-SE', stockholm).slice(0, 7)));
  await page.getByRole('combobox', { name: 'Månad' }).click();
  await page.getByRole('option', { name: monthName(previous) }).click();
  await expect(page.getByRole('heading', { name: `Besök i ${monthName(previous)}` })).toBeVisible();
  const visits = page.getByRole('table').first();
  await expect(visits).toContainText(/(mån|tis|ons|tor|fre|lör|sön) \d+ /);
  // The visit typed by hand: its local times, who made it, and a label saying so in words.
  const typed = visits.locator('p', { hasText: `${hhmm(manual.arrive)}–${hhmm(manual.leave)}` }).filter({ hasText: 'manuell' });
  await expect(typed.first()).toContainText(manual.staffName);
  await checkPage(page, 'case-officer-client-visits');

  await page.getByRole('tab', { name: 'Dialog' }).click();
  await page.getByLabel('Meddelande till utföraren').fill('Hej! Hur går det med morgonbesöken?');
  await page.getByRole('button', { name: 'Skicka' }).click();
  await expect(page.getByRole('log')).toContainText('Hur går det med morgonbesöken?');
  await checkPage(page, 'case-officer-client-dialogue');

  await page.getByRole('tab', { name: 'Levnadsberättelse' }).click();
  await checkPage(page, 'case-officer-client-life-story');

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Meddelanden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meddelanden' })).toBeVisible();
  await expect(page.getByRole('table')).toContainText('Hur går det med morgonbesöken?');
  await checkPage(page, 'case-officer-inbox');
});

test('follows up the district: excess, deviations and ordered against performed', async ({ page }) => {
  await page.goto('/uppfoljning');
  await expect(page.getByRole('heading', { level: 1, name: 'Uppföljning' })).toBeVisible();
  await checkPage(page, 'case-officer-follow-up-excess');
  await page.getByRole('tab', { name: 'Avvikelser' }).click();
  await checkPage(page, 'case-officer-follow-up-deviations');
  await page.getByRole('tab', { name: 'Distriktet' }).click();
  await expect(page.getByRole('columnheader', { name: 'Beställt' })).toBeVisible();
  await checkPage(page, 'case-officer-follow-up-district');
});

test('an unknown page says so', async ({ page }) => {
  await page.goto('/ingen-sadan-sida');
  await expect(page.getByRole('heading', { level: 1, name: 'Sidan finns inte.' })).toBeVisible();
  await checkPage(page, 'not-found');
});
