import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, O, call, twoMunicipalities } from './test-setup.ts';

describe(`municipality settings over HTTP (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let staff: Session;
  let otherAdmin: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    staff = await loginAs(app, t, 'staff', { municipalityId: BY, staffId: 's1' });
    otherAdmin = await loginAs(app, t, 'admin', { municipalityId: O });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  it('shows everyone their own municipality, and only that', async () => {
    const mine = await call(app, staff, 'GET', '/api/v1/municipality');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({
      id: BY,
      name: 'Exempelby kommun',
      timezone: 'Europe/Stockholm',
      model: 'performed_time',
      defaultBand: 'day',
      holidayEves: ['midsummer_eve', 'christmas_eve', 'new_years_eve'],
      paymentDay: 6,
    });
    expect((await call(app, otherAdmin, 'GET', '/api/v1/municipality')).json()).toMatchObject({
      id: O,
      model: 'granted_time',
    });
  });

  it('lets the admin change the fields sent, and logs the change', async () => {
    const res = await call(app, admin, 'PATCH', '/api/v1/municipality', {
      name: 'Exempelby kommun (ny)',
      holidayEves: ['christmas_eve'],
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      name: 'Exempelby kommun (ny)',
      holidayEves: ['christmas_eve'],
      timezone: 'Europe/Stockholm',
    });
    const { rows } = await sql<{ object_type: string; details: unknown }>`
      select object_type, details from audit_log where object_type = 'municipality' and municipality_id = ${BY}`.execute(
      t.db,
    );
    expect(rows).toEqual([
      { object_type: 'municipality', details: { fields: ['name', 'holidayEves'] } },
    ]);
    // The other municipality is untouched.
    expect((await call(app, otherAdmin, 'GET', '/api/v1/municipality')).json().name).toBe(
      'Exempelö kommun',
    );
  });

  it('refuses bad settings with the path of the field', async () => {
    const tz = await call(app, admin, 'PATCH', '/api/v1/municipality', {
      timezone: 'Europe/Atlantis',
    });
    expect(tz.statusCode).toBe(400);
    expect(tz.json()).toMatchObject({ error: 'invalid', path: 'timezone' });
    const perVisit = await call(app, admin, 'PATCH', '/api/v1/municipality', {
      defaultBand: 'night',
    });
    expect(perVisit.statusCode).toBe(400);
    expect(perVisit.json()).toMatchObject({
      path: 'defaultBand',
      message: expect.stringMatching(/per_hour/),
    });
    const eve = await call(app, admin, 'PATCH', '/api/v1/municipality', {
      holidayEves: ['easter_eve'],
    });
    expect(eve.statusCode).toBe(400);
    expect(eve.json().path).toBe('/holidayEves/0');
    const unknown = await call(app, admin, 'PATCH', '/api/v1/municipality', { id: 'exempelo' });
    expect(unknown.statusCode).toBe(400);
  });

  it('lets only the admin change settings, and only with the CSRF token', async () => {
    expect(
      (await call(app, staff, 'PATCH', '/api/v1/municipality', { name: 'X' })).statusCode,
    ).toBe(403);
    const noToken = await app.inject({
      method: 'PATCH',
      url: '/api/v1/municipality',
      headers: { cookie: admin.cookie },
      payload: { name: 'X' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error).toBe('csrf');
  });

  it('documents the organisation and settings routes in the generated OpenAPI', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/docs/json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    for (const path of [
      '/api/v1/municipality',
      '/api/v1/bands',
      '/api/v1/rules',
      '/api/v1/rates',
      '/api/v1/districts/{district}',
      '/api/v1/providers/{provider}',
      '/api/v1/providers/{provider}/units/{unit}',
      '/api/v1/staff/{staff}',
      '/api/v1/users',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
    expect(Object.keys(doc.paths['/api/v1/bands']!)).toEqual(['get', 'put']);
  });
});
