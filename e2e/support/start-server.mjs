// The server the browser tests talk to: the web app built if stale, a fresh PGlite directory in
// the system's temporary folder with the demo municipality, the port from PORT. The directory is
// removed when the server stops.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const build = spawnSync('node', ['apps/web/scripts/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const dataDir = mkdtempSync(join(tmpdir(), 'hemma-e2e-'));
const server = spawn('node', ['bin/hemma.mjs', 'serve'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, HEMMA_DATA_DIR: dataDir, HEMMA_DEMO: '1', DATABASE_URL: '' },
});
const stop = (signal) => server.kill(signal);
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
