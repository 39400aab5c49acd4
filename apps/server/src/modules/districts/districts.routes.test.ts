import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from '../municipality/test-setup.ts';

describe(`districts over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let officer: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    officer = await loginAs(app, t, 'case_officer', { municipalityId: BY });
    otherAdmin = await loginAs(app, t, 'admin', { municipalityId: O });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it("creates, renames and lists districts of the admin's municipality only", async () => {
    const created = await call(app, admin, 'POST', '/api/v1/districts', {
      id: 'd2',
      name: 'Södra',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ id: 'd2', name: 'Södra' });
    expect(
      (
        await call(app, admin, 'PATCH', '/api/v1/districts/d1', { name: 'Norra stadsdelen' })
      ).json(),
    ).toEqual({ id: 'd1', name: 'Norra stadsdelen' });
    expect((await call(app, officer, 'GET', '/api/v1/districts')).json().districts).toEqual([
      { id: 'd1', name: 'Norra stadsdelen' },
      { id: 'd2', name: 'Södra' },
    ]);
    expect((await call(app, otherAdmin, 'GET', '/api/v1/districts')).json().districts).toEqual([
      { id: 'd1', name: 'Ön' },
    ]);
    expect(
      (await call(app, otherAdmin, 'PATCH', '/api/v1/districts/d2', { name: 'Stulen' })).statusCode,
    ).toBe(404);
  });

  it('refuses bad input with its path, a taken id with 409, other roles with 403', async () => {
    const bad = await call(app, admin, 'POST', '/api/v1/districts', { id: 'd 3', name: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().path).toBe('/id');
    expect(
      (await call(app, admin, 'POST', '/api/v1/districts', { id: 'd1', name: 'Igen' })).statusCode,
    ).toBe(409);
    expect(
      (await call(app, admin, 'PATCH', '/api/v1/districts/nowhere', { name: 'X' })).statusCode,
    ).toBe(404);
    expect(
      (await call(app, officer, 'POST', '/api/v1/districts', { id: 'd9', name: 'X' })).statusCode,
    ).toBe(403);
    expect(
      (await call(app, officer, 'PATCH', '/api/v1/districts/d1', { name: 'X' })).statusCode,
    ).toBe(403);
  });
});
