import type { BandsBody, RateBody, RateReply, RuleBody, RuleReply } from '@hemma/contract/api';
import type { Band } from '@hemma/domain';
import type { Actor, Role } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError } from '../../errors.ts';
import { lockMunicipality, only } from '../municipality/guards.ts';
import { bandSetIssues, rateIssues, type BandIssue } from './band-checks.ts';
import * as repo from './settings.repository.ts';

// Bands, rules and rates: what every statement is priced by. Everyone who reads statements may
// read them (they explain the figures); only the admin changes them, each change logged.

const READERS: readonly Role[] = ['admin', 'finance', 'case_officer', 'provider_manager'];

function refuse(issues: readonly BandIssue[]): void {
  const first = issues[0];
  if (first)
    throw new InvalidError(issues.map((i) => `${i.path}: ${i.message}`).join('; '), first.path);
}

export async function getBands(database: Database, actor: Actor): Promise<Band[]> {
  only(actor, READERS, 'see the time bands');
  return repo.readBands(database.db, actor.municipalityId);
}

export async function putBands(database: Database, actor: Actor, body: BandsBody): Promise<Band[]> {
  only(actor, ['admin'], 'change the time bands');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    await lockMunicipality(trx, mid);
    const [defaultBand, rates] = await Promise.all([
      repo.defaultBandOf(trx, mid),
      repo.readRates(trx, mid),
    ]);
    refuse(bandSetIssues(body.bands, defaultBand, rates));
    await repo.replaceBands(trx, mid, body.bands);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'bands',
      objectId: mid,
      details: { bands: body.bands.map((b) => b.id) },
    });
    return repo.readBands(trx, mid);
  });
}

export async function getRules(database: Database, actor: Actor): Promise<RuleReply[]> {
  only(actor, READERS, 'see the rules');
  return repo.readRules(database.db, actor.municipalityId);
}

/** A new rule from its date; the earlier entries stay as they were (effective-dated history). */
export async function addRule(
  database: Database,
  actor: Actor,
  rule: RuleBody,
): Promise<RuleReply> {
  only(actor, ['admin'], 'change the rules');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    await lockMunicipality(trx, mid);
    const position = await repo.appendRule(trx, mid, rule);
    await recordAudit(trx, actor, {
      action: 'create',
      objectType: 'rule',
      objectId: String(position),
      details: { from: rule.from },
    });
    return { position, ...rule };
  });
}

export async function getRates(database: Database, actor: Actor): Promise<RateReply[]> {
  only(actor, READERS, 'see the rates');
  return repo.readRates(database.db, actor.municipalityId);
}

/** A new rate, listed last: among equally specific entries of the same date it is the one that wins. */
export async function addRate(
  database: Database,
  actor: Actor,
  rate: RateBody,
): Promise<RateReply> {
  only(actor, ['admin'], 'change the rates');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    await lockMunicipality(trx, mid);
    refuse(rateIssues(rate, await repo.readBands(trx, mid)));
    const position = await repo.appendRate(trx, mid, rate);
    await recordAudit(trx, actor, {
      action: 'create',
      objectType: 'rate',
      objectId: String(position),
      details: { from: rate.from, price: rate.price },
    });
    return { position, ...rate };
  });
}
