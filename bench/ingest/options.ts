// npm run bench:ingest -- [--seconds 20] [--batch 20] [--levels 50,200] [--rate 2000] [--pool 20] [--pg URL] [--keep]

export interface IngestOptions {
  /** The PostgreSQL server; the bench makes a database of its own there. */
  pg: string;
  /** Length of each measured phase. */
  seconds: number;
  /** Registrations per request. */
  batch: number;
  /** Concurrent connections (phones), one level after the other. */
  levels: number[];
  /** Offered load of the paced phase, registrations per second (the target). */
  rate: number;
  /** The server's PostgreSQL pool (HEMMA_PG_POOL). */
  pool: number;
  /** Keep the database afterwards. */
  keep: boolean;
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a positive whole number, got "${value}"`);
  return n;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): IngestOptions {
  const flags = new Map<string, string>();
  const bare = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) throw new Error(`unexpected argument "${a}"`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) bare.add(a.slice(2));
    else flags.set(a.slice(2), argv[++i]!);
  }
  const known = new Set(['pg', 'seconds', 'batch', 'levels', 'rate', 'pool', 'keep']);
  for (const k of [...flags.keys(), ...bare]) if (!known.has(k)) throw new Error(`unknown option --${k}`);
  const levels = (flags.get('levels') ?? '50,200').split(',').map((l) => positive('levels', l, 0));
  const batch = positive('batch', flags.get('batch'), 20);
  if (batch > 500) throw new Error('--batch is at most 500 (the API\'s limit)');
  return {
    pg: flags.get('pg') ?? env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    seconds: positive('seconds', flags.get('seconds'), 20),
    batch,
    levels,
    rate: positive('rate', flags.get('rate'), 2000),
    pool: positive('pool', flags.get('pool'), 20),
    keep: bare.has('keep'),
  };
}
