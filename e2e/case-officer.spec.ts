import { expect, test, type Page } from '@playwright/test';
import { authFile, signInThroughUi } from './support/auth.ts';
import { checkPage } from './support/check-page.ts';
import { personalNumber } from './support/people.ts';

test.use({ storageState: authFile('handlaggare') });

async function firstClientWithVisits(page: Page): Promise<string> {
  // The demo's clients with an accepted order have registrations in the months before this one.
  const orders = await page.request.get('/api/v1/orders?status=accepted&limit=1');
  const { orders: list } = (await orders.json()) as { orders: { clientId: string }[] };
  return list[0]!.clientId;
}

test('registers a client, a decision and an order to a provider from the LOV list', async ({ page }) => {
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
  await checkPage(page, 'case-officer-client-new-error');
  await page.getByRole('textbox', { name: 'Personnummer', exact: true }).fill(pn);
  await expect(page.getByText(`Giltigt personnummer: ${pn}`)).toBeVisible();
  await page.getByRole('button', { name: 'Registrera' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Greta Testsson' })).toBeVisible();
  await page.getByRole('button', { name: 'Nytt beslut' }).click();
  const decision = page.getByRole('form', { name: 'Nytt beslut' });
  await decision.getByLabel('Personlig omvårdnad').fill('20');
  await decision.getByLabel('Service').fill('4');
  await checkPage(page, 'case-officer-decision-form');
  await decision.getByRole('button', { name: 'Spara beslut' }).click();
  await expect(page.getByRole('table').first()).toContainText('Personlig omvårdnad: 20 h/mån');

  await page.getByRole('button', { name: 'Ny beställning' }).click();
  const order = page.getByRole('form', { name: 'Ny beställning' });
  await expect(order.getByRole('radio')).not.toHaveCount(0);
  await order.getByRole('radio').first().check();
  await order.getByLabel('Personlig omvårdnad').fill('18');
  await checkPage(page, 'case-officer-order-form');
  await order.getByRole('button', { name: 'Skicka beställning' }).click();
  await expect(page.getByText('Skickad')).toBeVisible();
  await checkPage(page, 'case-officer-client-care');

  await page.getByRole('button', { name: 'Ändra' }).click();
  await page.getByRole('form', { name: 'Ändra' }).getByLabel('Personlig omvårdnad').fill('16');
  await page.getByRole('button', { name: 'Spara ändring' }).click();
  await expect(page.getByText('Personlig omvårdnad: 16 h/mån')).toBeVisible();

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

test("follows a client's plan, visits and dialogue, and sees the thread in the inbox", async ({ page }) => {
  const clientId = await firstClientWithVisits(page);
  await page.goto(`/klienter/${clientId}`);
  await expect(page.getByRole('tab', { name: 'Beslut och beställningar' })).toHaveAttribute('aria-selected', 'true');
  await checkPage(page, 'case-officer-client');
  await page.getByRole('tab', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { name: /Plan för beställning hos/ })).toBeVisible();
  await checkPage(page, 'case-officer-client-plan');

  await page.getByRole('tab', { name: 'Besök' }).click();
  const month = await page.getByLabel('Månad').inputValue();
  const [y, m] = month.split('-').map(Number) as [number, number];
  const previous = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
  await page.getByLabel('Månad').fill(previous);
  await expect(page.getByRole('heading', { name: /Besök i/ })).toBeVisible();
  await expect(page.getByRole('table').first()).toContainText(/(mån|tis|ons|tor|fre|lör|sön) \d+ /);
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
