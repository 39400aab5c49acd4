import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../auth/actor.ts';
import { PENDING_COOKIE, SESSION_COOKIE } from '../auth/cookies.ts';
import { totpCode } from '../auth/totp.ts';
import type { Database } from '../db/connect.ts';
import { createUser, type CreatedUser } from '../modules/users/users.service.ts';

// Logging in from tests through the real two-step flow: password, then a TOTP code computed
// here from the account's secret.

export const TEST_PASSWORD = 'test password, long enough';

export interface Credentials {
  username: string;
  password: string;
  totpSecret: string;
}

export interface Session {
  /** Send as request headers: the session cookie and the CSRF token, so writes pass too. */
  headers: { cookie: string; 'x-csrf-token': string };
  cookie: string;
  csrfToken: string;
}

export function cookieFrom(res: LightMyRequestResponse, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name && c.value !== '')?.value;
}

/**
 * Password, then code. `at` must be the app's clock (buildApp's `now`): the code is computed
 * for it. One account cannot log in twice within one 30-second step (a code is used once).
 */
export async function login(
  app: FastifyInstance,
  who: Credentials,
  at: Date = new Date(),
): Promise<Session> {
  const first = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: who.username, password: who.password },
  });
  const pending = cookieFrom(first, PENDING_COOKIE);
  if (first.statusCode !== 200 || !pending)
    throw new Error(`login of ${who.username} failed: ${first.statusCode} ${first.body}`);
  const second = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/totp',
    cookies: { [PENDING_COOKIE]: pending },
    payload: { code: totpCode(who.totpSecret, at) },
  });
  const token = cookieFrom(second, SESSION_COOKIE);
  if (second.statusCode !== 200 || !token)
    throw new Error(`code of ${who.username} refused: ${second.statusCode} ${second.body}`);
  const { csrfToken } = second.json<{ csrfToken: string }>();
  const cookie = `${SESSION_COOKIE}=${token}`;
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}

export interface LoginAsOptions {
  municipalityId?: string;
  districtId?: string;
  providerId?: string;
  staffId?: string;
  username?: string;
  at?: Date;
}

let serial = 0;

/**
 * Creates an account of the role and logs it in. Case officers get the municipality's first
 * district and provider roles its first provider unless told otherwise.
 */
export async function loginAs(
  app: FastifyInstance,
  database: Database,
  role: Role,
  options: LoginAsOptions = {},
): Promise<Session & { user: CreatedUser }> {
  const db = database.db;
  const municipalityId =
    options.municipalityId ??
    (
      await db
        .selectFrom('municipalities')
        .select('municipality_id')
        .orderBy('municipality_id')
        .executeTakeFirstOrThrow()
    ).municipality_id;
  const first = async (table: 'districts' | 'providers', column: 'district_id' | 'provider_id') => {
    const rows = await db
      .selectFrom(table)
      .select(column)
      .where('municipality_id', '=', municipalityId)
      .orderBy(column)
      .limit(1)
      .execute();
    const row = rows[0] as Record<string, string> | undefined;
    if (!row) throw new Error(`${municipalityId} has no ${table} for a ${role}`);
    return row[column];
  };
  const districtId =
    role === 'case_officer'
      ? (options.districtId ?? (await first('districts', 'district_id')))
      : undefined;
  const providerId =
    role === 'provider_manager' || (role === 'staff' && options.staffId === undefined)
      ? (options.providerId ?? (await first('providers', 'provider_id')))
      : undefined;
  const created = await createUser(db, {
    role,
    username: options.username ?? `test-${role.replace('_', '-')}-${++serial}`,
    password: TEST_PASSWORD,
    municipalityId,
    districtId,
    providerId,
    staffId: options.staffId,
  });
  if (!created.ok)
    throw new Error(`cannot create a ${role}: ${created.issues.map((i) => i.message).join('; ')}`);
  const session = await login(
    app,
    {
      username: created.user.username,
      password: TEST_PASSWORD,
      totpSecret: created.user.totpSecret,
    },
    options.at,
  );
  return { ...session, user: created.user };
}
