import { defineConfig } from '@playwright/test';

// Browser journeys in Debian's Chromium (never a downloaded browser) against a Hemma server of
// their own: a fresh PGlite directory with the demo municipality, on a port of its own.
const port = Number(process.env.E2E_PORT ?? 3158);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/test-results',
  // One worker: a TOTP code is accepted once per 30 s window, and workers signing in the same demo
  // account through the page took each other's codes (docs/web.md). Parallel again once each
  // worker signs in its own accounts.
  workers: 1,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry in CI: a sign-in there can land in a 30-second code window another worker just
  // used (a code is accepted once), and the shared machine is slow; a real defect fails twice.
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
      ],
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
