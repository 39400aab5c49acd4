import type { WhatIfReply } from '@hemma/contract/api';
import { FeeError } from '@hemma/domain/fees';
import { combineComparisons, compareMonth, type Comparison, type WhatIfChanges } from '@hemma/domain/what-if';
import type { Kysely } from 'kysely';
import type { Actor } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import type { DB } from '../../db/schema.ts';
import { ForbiddenError, InvalidError } from '../../errors.ts';
import { loadMonthData } from '../care-data/month-data.ts';

/**
 * The months under the changed rules beside the real months. Each month's care data is read
 * once and both sides are computed from it in memory by the statements' own engine: nothing is
 * written, not even the kept statements (the real side is the engine's figure for today's
 * facts, which is what the kept statements hold for a month not yet locked).
 */
export async function compareMonths(db: Kysely<DB>, municipality: string, months: readonly string[], changes: WhatIfChanges): Promise<WhatIfReply> {
  const parts: Comparison[] = [];
  for (const month of months) {
    const data = await loadMonthData(db, municipality, month);
    try {
      parts.push(compareMonth(data, month, changes));
    } catch (err) {
      if (err instanceof FeeError) throw new InvalidError(err.message);
      throw err;
    }
  }
  return { ...combineComparisons(parts), changes: { ...changes } };
}

export async function whatIf(database: Database, actor: Actor, months: readonly string[], changes: WhatIfChanges): Promise<WhatIfReply> {
  if (actor.role !== 'finance' && actor.role !== 'admin') throw new ForbiddenError(`${actor.role} may not run a what-if`);
  return compareMonths(database.db, actor.municipalityId, months, changes);
}
