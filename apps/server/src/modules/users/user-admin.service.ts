import type { CreatedUserReply, UserCreateBody, UserSummary } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { normaliseUsername } from '../../auth/auth.service.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { newTotpSecret } from '../../auth/totp.ts';
import { ConflictError, InvalidError, NotFoundError } from '../../errors.ts';
import { only } from '../municipality/guards.ts';
import type { AccountIssue } from './account-rules.ts';
import {
  endSessions,
  findUserSummary,
  listUserSummaries,
  replaceSecondFactor,
  setDisabled,
} from './user-admin.repository.ts';
import { createUser } from './users.service.ts';
import { usernameTaken } from './users.repository.ts';

// The admin's account management over HTTP. Accounts are made by the same createUser as the
// command line (`hemma users add`), always in the admin's own municipality.

// createUser speaks the command line's language (paths "district", options "--district"); the
// API's body fields are districtId, providerId and staffId.
const BODY_FIELD: Record<AccountIssue['path'], string> = {
  username: 'username',
  password: 'password',
  role: 'role',
  municipality: 'municipality',
  district: 'districtId',
  provider: 'providerId',
  staff: 'staffId',
};

function asInvalid(issues: readonly AccountIssue[]): InvalidError {
  const message = issues
    .map(
      (i) =>
        `${BODY_FIELD[i.path]}: ${i.message.replace(/--(district|provider|staff)\b/g, (_, f: string) => `${f}Id`)}`,
    )
    .join('; ');
  return new InvalidError(message, BODY_FIELD[issues[0]!.path]);
}

export async function listUsers(database: Database, actor: Actor): Promise<UserSummary[]> {
  only(actor, ['admin'], 'list accounts');
  return listUserSummaries(database.db, actor.municipalityId);
}

export async function addUser(
  database: Database,
  actor: Actor,
  body: UserCreateBody,
): Promise<CreatedUserReply> {
  only(actor, ['admin'], 'create accounts');
  const mid = actor.municipalityId;
  return database.db.transaction().execute(async (trx) => {
    // Usernames are unique across municipalities (login names no municipality), so a name taken
    // elsewhere is taken here too; 409 says so without saying where.
    if (await usernameTaken(trx, normaliseUsername(body.username)))
      throw new ConflictError(`the username "${normaliseUsername(body.username)}" is taken`);
    const result = await createUser(trx, { ...body, municipalityId: mid });
    if (!result.ok) throw asInvalid(result.issues);
    const { user } = result;
    await recordAudit(trx, actor, {
      action: 'create',
      objectType: 'user',
      objectId: user.userId,
      details: { username: user.username, role: user.role },
    });
    const summary = await findUserSummary(trx, mid, user.userId);
    if (!summary) throw new Error(`account ${user.userId} vanished inside its own transaction`);
    return { ...summary, otpauthUri: user.otpauthUri };
  });
}

export type AccountChange = 'lock' | 'unlock' | 'reset_second_factor';

/**
 * Locks or unlocks an account, or gives it a new second factor to connect at its next sign-in.
 * Locking and a reset end the account's sessions: a lost phone or a departed employee should not
 * stay signed in. An admin cannot lock herself out.
 */
export async function changeAccount(
  database: Database,
  actor: Actor,
  userId: string,
  change: AccountChange,
): Promise<UserSummary> {
  only(actor, ['admin'], 'change accounts');
  const mid = actor.municipalityId;
  if (change === 'lock' && userId === actor.userId) throw new ConflictError('you cannot lock your own account');
  return database.db.transaction().execute(async (trx) => {
    const found =
      change === 'reset_second_factor'
        ? await replaceSecondFactor(trx, mid, userId, newTotpSecret())
        : await setDisabled(trx, mid, userId, change === 'lock' ? actor.at : null);
    if (!found) throw new NotFoundError(`no account "${userId}"`);
    if (change !== 'unlock') await endSessions(trx, mid, userId);
    await recordAudit(trx, actor, { action: 'update', objectType: 'user', objectId: userId, details: { change } });
    const summary = await findUserSummary(trx, mid, userId);
    if (!summary) throw new Error(`account ${userId} vanished inside its own transaction`);
    return summary;
  });
}
