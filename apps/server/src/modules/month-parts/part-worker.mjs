// A month part's worker thread starts here. A worker does not inherit the TypeScript loader its
// parent registered (see jobs/worker.mjs), so it registers tsx itself, then loads the part.
import { register } from 'tsx/esm/api';

register();
await import('./part-main.ts');
