// Command-line options of `npm run bench:statements`.
import { parseArgs } from 'node:util';

export interface BenchOptions {
  pg: string;
  pglite: string | undefined;
  scale: number;
  only: 'pg' | 'pglite' | undefined;
  keep: boolean;
  reuse: boolean;
  month: string;
  seed: number;
  json: string | undefined;
  /** Measure the kept statements over HTTP (server running) instead of in process. */
  http: boolean;
  batches: number;
}

export const USAGE = `npm run bench:statements -- [--scale 1] [--only pg|pglite] [--pg URL] [--pglite DIR]
    [--month 2024-10] [--seed 1] [--keep] [--reuse] [--json FILE] [--http [--batches 100]]
  --pg URL      server to use (default postgresql://postgres@127.0.0.1:5432/postgres); the bench
                creates its own database hemma_bench_… there and drops it afterwards
  --pglite DIR  PGlite directory (default a new temp dir, removed afterwards; a DIR you name is kept)
  --keep        keep the databases (named by scale and seed) for a later --reuse
  --reuse       measure kept databases again without generating
  --http        only the kept statements over HTTP, with the server running (PostgreSQL):
                a statement, the board, batches until shown (--batches), a rate change`;

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      pg: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/postgres' },
      pglite: { type: 'string' },
      scale: { type: 'string', default: '1' },
      only: { type: 'string' },
      keep: { type: 'boolean', default: false },
      reuse: { type: 'boolean', default: false },
      month: { type: 'string', default: '2024-10' },
      seed: { type: 'string', default: '1' },
      json: { type: 'string' },
      http: { type: 'boolean', default: false },
      batches: { type: 'string', default: '100' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 4)) throw new Error(`--scale must be a number in (0, 4], got ${values.scale}`);
  if (values.only !== undefined && values.only !== 'pg' && values.only !== 'pglite') throw new Error('--only must be pg or pglite');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(values.month)) throw new Error('--month must be YYYY-MM');
  const batches = Number(values.batches);
  if (!(Number.isInteger(batches) && batches > 0)) throw new Error('--batches must be a positive integer');
  if (values.http && values.only !== 'pg') throw new Error('--http measures PostgreSQL: add --only pg');
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return {
    pg: values.pg,
    pglite: values.pglite,
    scale,
    only: values.only,
    keep: values.keep || values.reuse,
    reuse: values.reuse,
    month: values.month,
    seed,
    json: values.json,
    http: values.http,
    batches,
  };
}
