// The staff app's size and first screen on a slow phone network: npm run bench:staff-app
// Prints the JavaScript the `/personal/` page loads (raw, gzip and brotli bytes, from the built
// app; `npm run build -w apps/web` first) and the time to the first screen in Debian's Chromium
// with the network throttled through CDP (Network.emulateNetworkConditions), cold (nothing
// cached) and again once the service worker holds the shell. The first screen is the sign-in on
// a new phone and the PIN lock on one signed in for the day; neither asks the API before it
// shows. Figures: docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildApp } from '../apps/server/src/app.ts';
import { loadConfig } from '../apps/server/src/config.ts';
import { openDatabase } from '../apps/server/src/db/connect.ts';
import { migrate } from '../apps/server/src/db/migrate.ts';
import { importScenario } from '../apps/server/src/modules/scenario/import.service.ts';
import { readExample } from '../apps/server/src/testing/fixtures.ts';

const PORT = Number(process.env.BENCH_PORT ?? 3223);
const BASE = `http://127.0.0.1:${PORT}`;
/** The "Slow 4G" as the brief gives it: about 400 kbit/s each way and 400 ms latency. */
const PROFILES = {
  'slow-4g (400 kbit/s, 400 ms)': { latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 },
  // Chromium DevTools' own "Slow 4G" preset, for comparison.
  'devtools slow-4g (1.44 Mbit/s, 563 ms)': { latency: 562.5, downloadThroughput: (1.6e6 * 0.9) / 8, uploadThroughput: (7.5e5 * 0.9) / 8 },
};

const config = loadConfig({});
const dist = config.webDir;

function bundleBytes(): { files: string[]; raw: number; gzip: number; brotli: number } {
  const html = readFileSync(join(dist, 'personal', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
    brotli += brotliCompressSync(bytes).length;
  }
  return { files, raw, gzip, brotli };
}

const database = await openDatabase({ memory: true });
await migrate(database);
await importScenario(database, readExample('01-cap-and-declined.json'), { referenceDate: '2026-11-23' });
const app = await buildApp(config, database, { auth: { rateLimit: { max: 1_000_000, windowMs: 60_000 } } });
await app.listen({ port: PORT, host: '127.0.0.1' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** A phone signed in for the day, as far as its first screen can tell: a device record in IndexedDB. */
const SIGNED_IN_PHONE = `new Promise((resolve, reject) => {
  const open = indexedDB.open('hemma-personal');
  open.onerror = () => reject(new Error('no phone database'));
  open.onsuccess = () => {
    const tx = open.result.transaction('device', 'readwrite');
    tx.objectStore('device').put({ id: crypto.randomUUID(), secret: 'bench', expiresAt: new Date(Date.now() + 3600000).toISOString(),
      verifier: { salt: '', hash: '', iterations: 1 }, failedTries: 0 });
    tx.oncomplete = () => { open.result.close(); resolve(true); };
  };
})`;

/**
 * Milliseconds from navigation to the first screen's heading, throttled, with nothing of the app
 * cached (HTTP cache off, service worker bypassed); then once more with the service worker's shell.
 * `phone`: a fresh phone (the sign-in) or one signed in for the day (the PIN lock).
 */
async function firstScreen(profile: (typeof PROFILES)[keyof typeof PROFILES], phone: 'new' | 'signed-in'): Promise<{ cold: number; warm: number }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const heading = phone === 'new' ? 'Logga in' : 'Lås upp telefonen';
  const shown = () => page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 60_000 });
  if (phone === 'signed-in') {
    // Unthrottled: the app makes its database, the phone gets its day's sign-in.
    await page.goto(`${BASE}/personal/`);
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await page.evaluate(SIGNED_IN_PHONE);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.setBypassServiceWorker', { bypass: true });
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  const time = async (go: () => Promise<unknown>) => {
    const started = Date.now();
    await go();
    await shown();
    return Date.now() - started;
  };
  const cold = await time(() => (phone === 'new' ? page.goto(`${BASE}/personal/`, { waitUntil: 'commit' }) : page.reload({ waitUntil: 'commit' })));
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await cdp.send('Network.setBypassServiceWorker', { bypass: false });
  const warm = await time(() => page.reload({ waitUntil: 'commit' }));
  await context.close();
  return { cold, warm };
}

const size = bundleBytes();
console.log(`staff bundle: ${size.files.join(', ')}`);
console.log(`  JavaScript ${size.raw} bytes, gzip ${size.gzip} bytes (${(size.gzip / 1024).toFixed(1)} KiB), brotli ${size.brotli} bytes (budget 200 KiB gzip)`);
for (const [name, profile] of Object.entries(PROFILES)) {
  const signIn = await firstScreen(profile, 'new');
  const locked = await firstScreen(profile, 'signed-in');
  console.log(`${name}: sign-in screen cold ${signIn.cold} ms, with the shell cached ${signIn.warm} ms; `
    + `PIN lock (signed in for the day) cold ${locked.cold} ms, with the shell cached ${locked.warm} ms (target 2000 ms)`);
}
await browser.close();
await app.close();
await database.close();
