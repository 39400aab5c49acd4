import type { BandWeekReply, ChangePreviewReply } from '@hemma/contract/api';
import { bandWeek, changePreview } from '@hemma/domain/settings';
import type { Actor, Role } from '../../auth/actor.ts';
import type { Database } from '../../db/connect.ts';
import { only } from '../municipality/guards.ts';
import * as repo from './settings.repository.ts';

// The settings screen's previews, read from the stored settings and computed by the domain
// functions the statements share: nothing here prices anything itself.

const READERS: readonly Role[] = ['admin', 'finance'];

export async function weekOfBands(database: Database, actor: Actor, date: string): Promise<BandWeekReply> {
  only(actor, READERS, 'preview the time bands');
  const mid = actor.municipalityId;
  const [bands, eves] = await Promise.all([repo.readBands(database.db, mid), repo.holidayEvesOf(database.db, mid)]);
  return { days: bandWeek(bands, eves, date) };
}

export async function changesFrom(database: Database, actor: Actor, date: string): Promise<ChangePreviewReply> {
  only(actor, READERS, 'preview rule and rate changes');
  const mid = actor.municipalityId;
  const [bands, rules, rates] = await Promise.all([
    repo.readBands(database.db, mid),
    repo.readRules(database.db, mid),
    repo.readRateEntries(database.db, mid),
  ]);
  return changePreview(bands, rules, rates, date);
}
