import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// Every page a test visits goes through here: axe-core must find no serious or critical
// violation of WCAG 2.1 A/AA, and a full-page screenshot is saved for people to look at
// (e2e/screenshots/, not committed).

export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // A hover colour is not what a reader sees at rest: measure without the pointer on anything.
  await page.mouse.move(0, 0);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const described = bad.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  // From the top: a full-page picture of a scrolled page draws the fixed header mid-page.
  await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
  await page.screenshot({ path: `e2e/screenshots/${name}.png`, fullPage: true });
  expect(described, `accessibility on ${name}`).toEqual([]);
}
