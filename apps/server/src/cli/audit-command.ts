import { searchAudit, verifyAuditChain, type AuditLogEntry } from '../audit/audit.service.ts';
import { takeCheckpoint, writeCheckpoint, readCheckpoints } from '../audit/checkpoint.ts';
import { signingAuditRows } from '../audit/row-signer.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { openMigrated } from '../db/open.ts';
import { InvalidError } from '../errors.ts';
import { resolveMunicipality } from '../modules/care-data/month-data.ts';
import { parse, UsageError } from './args.ts';
import { cliActor } from './cli-actor.ts';

const USAGE = `hemma audit verify [--municipality M] [--checkpoints FILE|DIR] [--db D]
hemma audit checkpoint [--dir D] [--db D]
hemma audit search (--client C | --user U) [--from DAY|TIME] [--to DAY|TIME] [--limit N] [--cursor X] [--json] [--municipality M] [--db D]`;

/** `hemma audit verify | checkpoint | search`: check the log's hash chain, anchor it outside, or review who did what. */
export async function auditCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'verify') return verify(rest);
  if (sub === 'checkpoint') return checkpoint(rest);
  if (sub === 'search') return search(rest);
  throw new UsageError(`${sub === undefined ? 'say what to do' : `unknown subcommand "${sub}"`}:\n${USAGE}`);
}

async function withDatabase<T>(db: string | undefined, fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(process.env, db);
  const database = await openMigrated(config.database);
  try {
    // What the command logs (a search) is signed like the server's rows.
    return await fn(signingAuditRows(database, config.audit.key));
  } finally {
    await database.close();
  }
}

async function verify(args: string[]): Promise<number> {
  const { values } = parse(args, { municipality: { type: 'string' }, checkpoints: { type: 'string' }, db: { type: 'string' } });
  const { key } = loadConfig(process.env, values.db).audit;
  if (values.checkpoints !== undefined && key === null) {
    throw new UsageError('--checkpoints needs HEMMA_AUDIT_KEY, the key the server signs rows and checkpoints with');
  }
  const checkpoints = values.checkpoints === undefined ? [] : await readCheckpoints(values.checkpoints);
  if (values.checkpoints !== undefined && checkpoints.length === 0) throw new UsageError(`--checkpoints: no checkpoint files in ${values.checkpoints}`);
  const options = values.checkpoints === undefined ? {} : { key, checkpoints };
  const result = await withDatabase(values.db, (database) => verifyAuditChain(database.db, values.municipality, options));
  if (!result.ok) {
    console.error(`hemma audit verify: the audit log of ${result.municipalityId} is broken at row ${result.firstBadSeq}: ${result.reason}`);
    return 1;
  }
  const chains = result.chains.length === 1 ? '1 chain' : `${result.chains.length} chains`;
  const against = checkpoints.length === 0 ? '' : `, signed rows and ${checkpoints.length} checkpoint${checkpoints.length === 1 ? '' : 's'} agree`;
  console.log(`audit log intact: ${result.rows} rows in ${chains}${against}`);
  // The heads are worth writing down elsewhere: a later verify can only be as sure as they are.
  for (const c of result.chains) {
    console.log(`  ${c.municipalityId}: ${c.rows} rows${c.head ? `, head row ${c.head.seq} sha256 ${c.head.hash}` : ''}`);
  }
  return 0;
}

async function checkpoint(args: string[]): Promise<number> {
  const { values } = parse(args, { dir: { type: 'string' }, db: { type: 'string' } });
  const { key, checkpointDir } = loadConfig(process.env, values.db).audit;
  if (key === null) throw new UsageError('hemma audit checkpoint needs HEMMA_AUDIT_KEY to sign with');
  const dir = values.dir ?? checkpointDir;
  if (dir === null) throw new UsageError(`say where: --dir D, or HEMMA_AUDIT_CHECKPOINT_DIR\n${USAGE}`);
  const c = await withDatabase(values.db, (database) => takeCheckpoint(database.db, key, new Date()));
  const file = await writeCheckpoint(dir, c);
  console.log(`checkpoint ${file}: ${c.chains.map((h) => `${h.municipalityId} row ${h.seq}`).join(', ') || 'no chains yet'}`);
  return 0;
}

async function search(args: string[]): Promise<number> {
  const { values } = parse(args, {
    client: { type: 'string' },
    user: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
    json: { type: 'boolean' },
    municipality: { type: 'string' },
    db: { type: 'string' },
  });
  if (values.client === undefined && values.user === undefined) throw new UsageError(`give --client or --user:\n${USAGE}`);
  const limit = Number(values.limit ?? 100);
  if (values.limit !== undefined && !/^\d+$/.test(values.limit)) throw new UsageError(`--limit: expected a whole number, got "${values.limit}"`);
  return withDatabase(values.db, async (database) => {
    const municipality = await resolveMunicipality(database.db, values.municipality);
    try {
      const page = await searchAudit(database.db, cliActor(municipality), {
        clientId: values.client,
        userId: values.user,
        from: values.from,
        to: values.to,
        limit,
        cursor: values.cursor,
      });
      console.log(values.json ? JSON.stringify(page, null, 1) : table(page.entries));
      if (page.nextCursor !== null && !values.json) console.error(`more: add --cursor ${page.nextCursor}`);
      return 0;
    } catch (err) {
      // The service names the field (from, to, limit, cursor): here it is the option of that name.
      if (err instanceof InvalidError) throw new UsageError(`--${err.message}`);
      throw err;
    }
  });
}

function table(entries: readonly AuditLogEntry[]): string {
  const head = ['seq', 'at', 'user', 'role', 'action', 'client', 'object', 'ip'];
  const rows = entries.map((e) => [
    String(e.seq),
    e.at,
    e.username,
    e.role,
    e.action,
    // A read of a list: the client searched for, one of N, or the list's length.
    e.listOf === null ? (e.clientId ?? '-') : e.clientId === null ? `list of ${e.listOf}` : `${e.clientId} (1 of ${e.listOf})`,
    e.objectId === null ? e.objectType : `${e.objectType}/${e.objectId}`,
    e.ip,
  ]);
  if (rows.length === 0) return 'no entries';
  return [head, ...rows].map((r) => r.join('\t')).join('\n');
}
