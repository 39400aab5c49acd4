import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ROLES, type Role } from '../../auth/actor.ts';
import { normaliseUsername } from '../../auth/auth.service.ts';
import { MIN_PASSWORD_LENGTH, hashPassword } from '../../auth/password.ts';
import { newTotpSecret, otpauthUri } from '../../auth/totp.ts';
import type { DB } from '../../db/schema.ts';
import { USERNAME_PATTERN, roleRefIssues, type AccountIssue } from './account-rules.ts';
import {
  districtExists,
  insertUser,
  municipalityIds,
  providerExists,
  providerOfStaff,
  usernameTaken,
} from './users.repository.ts';

export interface CreateUserInput {
  role: string;
  username: string;
  password: string;
  /** May be left out when the database holds one municipality. */
  municipalityId?: string | undefined;
  districtId?: string | undefined;
  providerId?: string | undefined;
  staffId?: string | undefined;
  /** Only for the demo and tests: a known secret instead of a fresh one. */
  totpSecret?: string | undefined;
  /**
   * The secret is known to its user already (the demo's published ones): sign-in asks for the code
   * at once instead of showing the QR code first.
   */
  enrolled?: boolean | undefined;
}

export interface CreatedUser {
  userId: string;
  username: string;
  role: Role;
  municipalityId: string;
  districtId: string | null;
  providerId: string | null;
  staffId: string | null;
  totpSecret: string;
  /** Scan into an authenticator app: the account's second factor. */
  otpauthUri: string;
}

export type CreateUserResult =
  { ok: true; user: CreatedUser } | { ok: false; issues: AccountIssue[] };

function isRole(role: string): role is Role {
  return (ROLES as readonly string[]).includes(role);
}

async function pickMunicipality(
  db: Kysely<DB>,
  wanted: string | undefined,
): Promise<string | AccountIssue> {
  const ids = await municipalityIds(db);
  if (wanted !== undefined) {
    return ids.includes(wanted)
      ? wanted
      : {
          path: 'municipality',
          message: `no municipality "${wanted}" (there are: ${ids.join(', ') || 'none'})`,
        };
  }
  if (ids.length === 1) return ids[0]!;
  return {
    path: 'municipality',
    message:
      ids.length === 0
        ? 'the database holds no municipality yet: import one first'
        : `name the municipality with --municipality (one of ${ids.join(', ')})`,
  };
}

/** A new account with a password and a TOTP secret: two factors from the first login. */
export async function createUser(
  db: Kysely<DB>,
  input: CreateUserInput,
): Promise<CreateUserResult> {
  const fail = (...issues: AccountIssue[]) => ({ ok: false as const, issues });
  if (!isRole(input.role))
    return fail({
      path: 'role',
      message: `unknown role "${input.role}" (one of ${ROLES.join(', ')})`,
    });
  const role = input.role;
  const username = normaliseUsername(input.username);
  const early: AccountIssue[] = [];
  if (!USERNAME_PATTERN.test(username)) {
    early.push({
      path: 'username',
      message: 'a username is 2–64 characters: letters a–z, digits, dot, dash, underscore',
    });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) {
    early.push({
      path: 'password',
      message: `a password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    });
  }
  early.push(...roleRefIssues(role, input));
  if (early.length > 0) return fail(...early);

  const municipalityId = await pickMunicipality(db, input.municipalityId);
  if (typeof municipalityId !== 'string') return fail(municipalityId);
  const { districtId, staffId } = input;
  let providerId = input.providerId;
  if (districtId !== undefined && !(await districtExists(db, municipalityId, districtId))) {
    return fail({ path: 'district', message: `no district "${districtId}" in ${municipalityId}` });
  }
  if (staffId !== undefined) {
    const staffProvider = await providerOfStaff(db, municipalityId, staffId);
    if (staffProvider === undefined)
      return fail({ path: 'staff', message: `no staff member "${staffId}" in ${municipalityId}` });
    if (providerId !== undefined && providerId !== staffProvider) {
      return fail({
        path: 'staff',
        message: `staff member ${staffId} works for ${staffProvider}, not ${providerId}`,
      });
    }
    providerId = staffProvider;
  }
  if (providerId !== undefined && !(await providerExists(db, municipalityId, providerId))) {
    return fail({ path: 'provider', message: `no provider "${providerId}" in ${municipalityId}` });
  }
  if (await usernameTaken(db, username))
    return fail({ path: 'username', message: `the username "${username}" is taken` });

  const totpSecret = input.totpSecret ?? newTotpSecret();
  const user = {
    userId: randomUUID(),
    username,
    role,
    municipalityId,
    districtId: districtId ?? null,
    providerId: providerId ?? null,
    staffId: staffId ?? null,
  };
  await insertUser(db, {
    ...user,
    passwordHash: await hashPassword(input.password),
    totpSecret,
    enrolled: input.enrolled ?? false,
  });
  return {
    ok: true,
    user: { ...user, totpSecret, otpauthUri: otpauthUri(totpSecret, username, municipalityId) },
  };
}
