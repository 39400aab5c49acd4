import type { FeeData, FeeModel } from '@hemma/domain';
import type { FeeModelReply } from '@hemma/contract/api';
import { assertTariff, BUILT_IN_PRISBASBELOPP, DEFAULT_UPLIFT_UNDER_AGE, FeeError, feesForMonth, type FeesDocument } from '@hemma/domain/fees';
import type { Actor, Role } from '../../auth/actor.ts';
import { recordAudit, recordAuditMany } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ForbiddenError, InvalidError, NotFoundError } from '../../errors.ts';
import { loadClientsMonthData, loadMonthData } from '../care-data/month-data.ts';
import { feesCsv } from './export/csv.ts';
import { feesPdf } from './export/pdf.ts';
import * as repo from './fees.repository.ts';

// A client's income is among the most sensitive data Hemma holds: only finance reads or changes
// it, and every read and change is in the audit log.

function only(actor: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(actor.role)) throw new ForbiddenError(`only ${roles.join(' or ')} may ${what}`);
}

async function knownClient(database: Database, actor: Actor, client: string): Promise<void> {
  if (!(await repo.clientExists(database.db, actor.municipalityId, client))) throw new NotFoundError(`no client "${client}"`);
}

export async function getFeeData(database: Database, actor: Actor, client: string): Promise<FeeData> {
  only(actor, ['finance'], 'see fee data');
  await knownClient(database, actor, client);
  const data = await repo.readFeeData(database.db, actor.municipalityId, client);
  await recordAudit(database.db, actor, { action: 'read', clientId: client, objectType: 'fee_data', objectId: client });
  if (!data) throw new NotFoundError(`client "${client}" has no fee data: the fee is the tariff up to the maxtaxa`);
  return data;
}

export async function putFeeData(database: Database, actor: Actor, client: string, data: FeeData): Promise<FeeData> {
  only(actor, ['finance'], 'change fee data');
  await knownClient(database, actor, client);
  await database.db.transaction().execute(async (trx) => {
    await repo.writeFeeData(trx, actor.municipalityId, client, data);
    await recordAudit(trx, actor, { action: 'update', clientId: client, objectType: 'fee_data', objectId: client });
  });
  return data;
}

export async function removeFeeData(database: Database, actor: Actor, client: string): Promise<void> {
  only(actor, ['finance'], 'remove fee data');
  await knownClient(database, actor, client);
  await database.db.transaction().execute(async (trx) => {
    if (!(await repo.deleteFeeData(trx, actor.municipalityId, client))) throw new NotFoundError(`client "${client}" has no fee data`);
    await recordAudit(trx, actor, { action: 'delete', clientId: client, objectType: 'fee_data', objectId: client });
  });
}

export async function feeSettings(database: Database, actor: Actor): Promise<{ feeModels: FeeModelReply[]; prisbasbelopp: Record<string, number> }> {
  only(actor, ['finance', 'admin'], 'see the fee model');
  const [feeModels, own] = await Promise.all([
    repo.readFeeModels(database.db, actor.municipalityId),
    repo.readPrisbasbelopp(database.db, actor.municipalityId),
  ]);
  const builtIn: Record<string, number> = Object.fromEntries(Object.entries(BUILT_IN_PRISBASBELOPP));
  return {
    feeModels: feeModels.map((m) => ({ ...m, ownMinimibelopp: m.ownMinimibelopp ?? null, upliftUnderAge: m.upliftUnderAge ?? DEFAULT_UPLIFT_UNDER_AGE })),
    prisbasbelopp: { ...builtIn, ...own },
  };
}

export async function addFeeModel(database: Database, actor: Actor, model: FeeModel): Promise<void> {
  only(actor, ['finance', 'admin'], 'change the fee model');
  try {
    assertTariff(model.tariff);
  } catch (err) {
    if (err instanceof FeeError) throw new InvalidError(err.message, 'tariff');
    throw err;
  }
  await repo.appendFeeModel(database.db, actor.municipalityId, model);
}

export async function setPrisbasbelopp(database: Database, actor: Actor, year: string, kronor: number): Promise<void> {
  only(actor, ['admin'], 'set the prisbasbelopp');
  await repo.setPrisbasbelopp(database.db, actor.municipalityId, year, kronor);
}

/** The month's fees, with each client whose fee was computed logged as read. */
export async function monthFees(
  database: Database, actor: Actor, month: string, format: 'json' | 'csv' | 'pdf', client?: string,
): Promise<FeesDocument | string | Buffer> {
  only(actor, ['finance'], 'see the clients\' fees');
  const data = await loadMonthData(database.db, actor.municipalityId, month);
  let doc: FeesDocument;
  try {
    doc = feesForMonth(data, month);
  } catch (err) {
    if (err instanceof FeeError) throw new InvalidError(err.message);
    throw err;
  }
  if (client !== undefined) {
    doc = { ...doc, fees: doc.fees.filter((f) => f.client === client) };
    if (doc.fees.length === 0) throw new NotFoundError(`client "${client}" has no fee in ${month}`);
  }
  await recordAuditMany(database.db, actor, doc.fees.map((f) => ({
    action: format === 'json' ? ('read' as const) : ('export' as const), clientId: f.client, objectType: 'fee', objectId: month,
  })));
  if (format === 'csv') return feesCsv(doc, new Map(data.clients.map((c) => [c.id, c.personalNumber])));
  if (format === 'pdf') {
    const addresses = await repo.clientAddresses(database.db, actor.municipalityId, doc.fees.map((f) => f.client));
    return feesPdf(doc, data, { addresses, decidedOn: new Date().toISOString().slice(0, 10) });
  }
  return doc;
}

/**
 * One client's fee of a month, computed by the same engine as the month's fee list, for
 * the client's own view; null when no fee model is in force or she has no fee that month. The
 * caller has checked the client is in the actor's scope and logs the read.
 */
export async function clientFeeOfMonth(database: Database, municipalityId: string, clientId: string, month: string): Promise<{ fee: FeesDocument['fees'][number]; pdf: () => Promise<Buffer> } | null> {
  const data = await loadClientsMonthData(database.db, municipalityId, month, [clientId]);
  let doc: FeesDocument;
  try {
    doc = feesForMonth(data, month);
  } catch (err) {
    if (err instanceof FeeError) return null;
    throw err;
  }
  const fee = doc.fees.find((f) => f.client === clientId);
  return fee ? { fee, pdf: () => feesPdf({ ...doc, fees: [fee] }, data) } : null;
}
