import { readFile } from 'node:fs/promises';
import { formatIssues } from '@hemma/contract/scenario';
import { loadConfig } from '../config.ts';
import { openMigrated } from '../db/open.ts';
import { importScenario } from '../modules/scenario/import.service.ts';
import { parse, UsageError } from './args.ts';
import { todayIn } from './today.ts';

export async function importCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { db: { type: 'string' } }, 1);
  const file = positionals[0];
  if (file === undefined) throw new UsageError('usage: hemma import <scenario.json> [--db <dir|postgres-url>]');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    console.error(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const database = await openMigrated(loadConfig(process.env, values.db).database);
  try {
    const result = await importScenario(database, raw, { referenceDate: todayIn('Europe/Stockholm') });
    if (!result.ok) {
      console.error(`${file}: not imported, nothing changed:\n${formatIssues(result.issues)}`);
      return 1;
    }
    console.log(
      result.changed === 0
        ? `${file}: already imported, nothing changed (municipality ${result.municipality})`
        : `${file}: imported municipality ${result.municipality}: ${result.changed} rows written, ${result.registrationsAdded} new registrations`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
