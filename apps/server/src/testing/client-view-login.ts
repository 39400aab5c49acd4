import { randomUUID } from 'node:crypto';
import type { Database } from '../db/connect.ts';
import { SESSION_COOKIE } from '../auth/cookies.ts';
import { insertSession } from '../auth/session.repository.ts';
import { csrfTokenFor, hashToken, newToken } from '../auth/tokens.ts';
import { insertUser } from '../modules/users/users.repository.ts';
import type { Session } from './login.ts';

// A client or relative account with access to one client, and a session for it. The passkey
// ceremony that normally starts the session needs a browser's authenticator; the browser test
// (e2e/client-view.spec.ts) walks it with Chromium's virtual authenticator. Here the session is
// stored directly, so the API tests can walk every route as these roles.

export async function loginClientView(
  database: Database,
  who: { municipalityId: string; clientId: string; kind: 'client' | 'relative'; consentUntil?: string | null },
): Promise<Session & { user: { userId: string } }> {
  const userId = randomUUID();
  const db = database.db;
  await insertUser(db, {
    userId, username: `test-${who.kind}-${userId.slice(0, 8)}`, role: who.kind, municipalityId: who.municipalityId,
    districtId: null, providerId: null, staffId: null, passwordHash: 'not a password', totpSecret: 'NOTASECRET', enrolled: false,
  });
  const relative = who.kind === 'relative';
  await db.insertInto('client_access').values({
    municipality_id: who.municipalityId, access_id: randomUUID(), client_id: who.clientId, user_id: userId, kind: who.kind,
    name: relative ? 'Test Anhörig' : 'Test Brukare', relation: relative ? 'dotter' : null,
    consent_by: relative ? 'brukaren' : null, consent_how: relative ? 'in_person' : null, consent_at: relative ? '2026-01-01' : null,
    consent_until: relative ? (who.consentUntil ?? null) : null, created_by: 'test', created_at: new Date(),
  }).execute();
  const token = newToken();
  const now = new Date();
  await insertSession(db, { tokenHash: hashToken(token), municipalityId: who.municipalityId, userId, stage: 'complete', now, expiresAt: new Date(now.getTime() + 3_600_000) });
  const cookie = `${SESSION_COOKIE}=${token}`;
  const csrfToken = csrfTokenFor(token);
  return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken }, user: { userId } };
}
