import { openDatabase, type Database, type DatabaseTarget } from './connect.ts';
import { migrate } from './migrate.ts';

/** Opens the database and brings its schema up to date. */
export async function openMigrated(target: DatabaseTarget): Promise<Database> {
  const database = await openDatabase(target);
  try {
    await migrate(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
