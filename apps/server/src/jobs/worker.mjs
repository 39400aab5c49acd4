// A job worker thread starts here. Hemma runs its TypeScript through tsx (bin/hemma.mjs), and a
// worker thread does not inherit the loader its parent registered, whether that parent is
// `npm start`, tsx or the test runner: so the worker registers tsx itself, then loads its loop.
import { register } from 'tsx/esm/api';

register();
await import('./worker-main.ts');
