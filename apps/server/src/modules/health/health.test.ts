import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';

describe('GET /api/health and the API docs', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await openTestDatabase();
    app = await buildApp(loadConfig({}), t);
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('says which database it runs on', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: t.kind });
  });

  it('serves the OpenAPI document and answers an unknown route with a JSON 404', async () => {
    const doc = await app.inject({ method: 'GET', url: '/docs/json' });
    expect(doc.json()).toMatchObject({ openapi: expect.stringMatching(/^3\./), paths: { '/api/health': {} } });
    const missing = await app.inject({ method: 'GET', url: '/api/nothing' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: 'not_found', message: 'no route GET /api/nothing' });
  });
});
