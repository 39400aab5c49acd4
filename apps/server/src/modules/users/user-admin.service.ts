import type { CreatedUserReply, UserCreateBody, UserSummary } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { normaliseUsername } from '../../auth/auth.service.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { ConflictError, InvalidError } from '../../errors.ts';
import { only } from '../municipality/guards.ts';
import type { AccountIssue } from './account-rules.ts';
import { findUserSummary, listUserSummaries } from './user-admin.repository.ts';
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
