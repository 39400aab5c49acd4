import { defineConfig } from '@playwright/test';

// Browser journeys in Debian's Chromium (never a downloaded browser) against a Hemma server of
// their own: a fresh PGlite directory with the demo municipality, on a port of its own.
const port = Number(process.env.E2E_PORT ?? 3158);
export const baseURL = `http://127.0.0.1:${port}`;

function definedEnv(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
}

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/test-results',
  // Two workers in CI (the machine has two cores). Workers never share a one-time code: the demo
  // accounts sign in once in the global set-up, and each test that signs in through the page has
  // an account of its own (e2e/support/page-accounts.ts).
  workers: process.env.CI ? 2 : undefined,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI, for the slow shared machine; a real defect fails twice.
  retries: process.env.CI ? 1 : 0,
  // Generous: the machine is shared, and axe on a long page takes seconds.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--lang=sv-SE',
      ],
      // The browser's own language, which on Linux Chromium takes from the environment (with
      // Debian's chromium-l10n): native date, month and time fields are drawn as Swedes write them.
      env: { ...definedEnv(), LANGUAGE: 'sv', LANG: 'sv_SE.UTF-8' },
    },
  },
  webServer: {
    command: 'node e2e/support/start-server.mjs',
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PORT: String(port) },
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
