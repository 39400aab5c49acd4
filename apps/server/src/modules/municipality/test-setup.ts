import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import type { Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// Two municipalities in one database, for the organisation and settings tests: example 01
// (exempelby: district d1, provider p1 with staff s1, s2) and example 02 (exempelo: district d1,
// providers p1 and p2 with staff s1 and s2). The same ids in both show that nothing leaks
// across the tenant key.

export const BY = 'exempelby';
export const O = 'exempelo';

export async function twoMunicipalities(): Promise<{ t: TestDatabase; app: FastifyInstance }> {
  const t = await openTestDatabase();
  for (const file of ['01-cap-and-declined.json', '02-granted-time-deviations.json']) {
    const r = await importScenario(t, readExample(file), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
  }
  const app = await buildApp(loadConfig({}), t);
  return { t, app };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH';

/** One request as a logged-in user; writes carry the CSRF header loginAs gave. */
export function call(
  app: FastifyInstance,
  who: Session,
  method: Method,
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: who.headers,
    ...(payload !== undefined && { payload: payload as object }),
  });
}
