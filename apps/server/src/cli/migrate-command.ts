import { loadConfig } from '../config.ts';
import { describeTarget, openDatabase } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { parse } from './args.ts';

/** `hemma migrate`: brings the schema up to date, as the database's owner (docs/operations.md). */
export async function migrateCommand(args: string[]): Promise<number> {
  const { values } = parse(args, { db: { type: 'string' } });
  const target = loadConfig(process.env, values.db).database;
  const database = await openDatabase(target);
  try {
    const applied = await migrate(database);
    console.log(applied.length === 0 ? `${describeTarget(target)}: up to date` : `${describeTarget(target)}: applied ${applied.join(', ')}`);
    return 0;
  } finally {
    await database.close();
  }
}
