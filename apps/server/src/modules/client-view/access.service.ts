import { randomBytes, randomUUID } from 'node:crypto';
import type { ClientAccess, ClientAccessCreateBody } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { hashPassword } from '../../auth/password.ts';
import { issueEnrolmentCode } from '../../auth/passkeys/enrolment-code.ts';
import { newTotpSecret } from '../../auth/totp.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { clientInScopeOr404, only } from '../clients/access.ts';
import { insertUser } from '../users/users.repository.ts';
import * as repo from './access.repository.ts';

// The case officer gives a client, and with her consent her relatives, access to her own view.
// Each access is an account of its own that signs in with a passkey only: it gets a password
// nobody knows and an authenticator secret nobody is shown, so the password sign-in can never
// succeed for it. The one-time code to enrol the passkey is shown once, to hand over in person.

export interface IssuedCode {
  access: ClientAccess;
  code: string;
  expiresAt: string;
}

export async function listAccess(database: Database, actor: Actor, clientId: string): Promise<ClientAccess[]> {
  only(actor, ['case_officer', 'provider_manager'], 'see who has access to the client\'s own view');
  await clientInScopeOr404(database.db, actor, clientId);
  const access = await repo.listAccess(database.db, actor.municipalityId, clientId);
  await recordAudit(database.db, actor, { action: 'read', clientId, objectType: 'client_access' });
  return access;
}

export async function createAccess(database: Database, actor: Actor, clientId: string, body: ClientAccessCreateBody): Promise<IssuedCode> {
  only(actor, ['case_officer'], 'give access to the client\'s own view');
  const mid = actor.municipalityId;
  const userId = randomUUID();
  const accessId = randomUUID();
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  return database.db.transaction().execute(async (trx) => {
    await clientInScopeOr404(trx, actor, clientId);
    if (body.kind === 'client' && (await repo.hasLiveOwnAccess(trx, mid, clientId))) {
      throw new ConflictError('the client has an account already: hand over a new code to reset it');
    }
    const prefix = body.kind === 'client' ? 'brukare' : 'anhorig';
    await insertUser(trx, {
      userId, username: `${prefix}-${accessId.slice(0, 8)}`, role: body.kind, municipalityId: mid,
      districtId: null, providerId: null, staffId: null, passwordHash, totpSecret: newTotpSecret(), enrolled: false,
    });
    await repo.insertAccess(trx, {
      municipality_id: mid, access_id: accessId, client_id: clientId, user_id: userId, kind: body.kind, name: body.name,
      relation: body.kind === 'relative' ? body.relation || null : null,
      consent_by: body.kind === 'relative' ? body.consentBy : null,
      consent_how: body.kind === 'relative' ? body.consentHow : null,
      consent_at: body.kind === 'relative' ? body.consentAt : null,
      consent_until: body.kind === 'relative' ? body.consentUntil : null,
      created_by: actor.username, created_at: actor.at,
    });
    const issued = await issueEnrolmentCode(trx, { municipalityId: mid, userId, createdBy: actor.username, at: actor.at });
    await recordAudit(trx, actor, { action: 'create', clientId, objectType: 'client_access', objectId: accessId, details: { kind: body.kind } });
    const access = (await repo.findAccess(trx, mid, accessId))!;
    return { access, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });
}

async function liveAccessInScope(database: Database, actor: Actor, accessId: string) {
  const access = await repo.findAccess(database.db, actor.municipalityId, accessId);
  if (!access || access.endedAt !== null) throw new NotFoundError(`no live access "${accessId}"`);
  await clientInScopeOr404(database.db, actor, access.clientId);
  return access;
}

/** A new code for the account: its passkeys go, so a lost phone no longer opens the view. */
export async function newCode(database: Database, actor: Actor, accessId: string): Promise<IssuedCode> {
  only(actor, ['case_officer', 'provider_manager'], 'hand over a new code');
  const access = await liveAccessInScope(database, actor, accessId);
  return database.db.transaction().execute(async (trx) => {
    const issued = await issueEnrolmentCode(trx, { municipalityId: actor.municipalityId, userId: access.userId, createdBy: actor.username, at: actor.at });
    await recordAudit(trx, actor, { action: 'update', clientId: access.clientId, objectType: 'client_access', objectId: accessId, details: { reset: true } });
    const { userId: _u, ...shown } = (await repo.findAccess(trx, actor.municipalityId, accessId))!;
    return { access: shown, code: issued.code, expiresAt: issued.expiresAt.toISOString() };
  });
}

export async function endAccess(database: Database, actor: Actor, accessId: string): Promise<ClientAccess> {
  only(actor, ['case_officer'], 'end access to the client\'s own view');
  const access = await liveAccessInScope(database, actor, accessId);
  return database.db.transaction().execute(async (trx) => {
    await repo.endAccess(trx, actor.municipalityId, accessId, access.userId, actor.username, actor.at);
    await recordAudit(trx, actor, { action: 'update', clientId: access.clientId, objectType: 'client_access', objectId: accessId, details: { ended: true } });
    const { userId: _u, ...shown } = (await repo.findAccess(trx, actor.municipalityId, accessId))!;
    return shown;
  });
}
