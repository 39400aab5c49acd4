// `npm start` serves the built web app: build it first when it is missing or older than any of
// its sources (the app, its pages, the shared contract and domain it imports), so a fresh clone
// and a pulled change both come up with the app they hold. Skipped in a few milliseconds otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(dirname(fileURLToPath(import.meta.url)));
const root = join(web, '..', '..');
const stamp = join(web, 'dist', 'index.html');
const sources = [
  join(web, 'src'),
  join(web, 'index.html'),
  join(web, 'personal'),
  join(web, 'mina-sidor'),
  join(web, 'public'),
  join(web, 'build'),
  join(web, 'vite.config.ts'),
  join(web, 'vite.personal.config.ts'),
  join(web, 'package.json'),
  join(root, 'packages', 'contract', 'src'),
  join(root, 'packages', 'domain', 'src'),
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (built > 0 && sources.every((s) => newest(s) <= built)) process.exit(0);
console.log(built === 0 ? 'Building the web app…' : 'The web app changed: building it again…');
// The office and the client's view first (emptying dist/), then the staff app into the same folder.
for (const config of ['vite.config.ts', 'vite.personal.config.ts']) {
  const run = spawnSync('npx', ['vite', 'build', '-c', config, '--logLevel', 'warn'], { cwd: web, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
