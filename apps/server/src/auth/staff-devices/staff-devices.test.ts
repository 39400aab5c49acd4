import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieFrom, loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { openStaffAppExample, type StaffAppExample } from '../../testing/staff-app-example.ts';
import { SESSION_COOKIE } from '../cookies.ts';

// A staff phone signed in for the working day, on example 01 (provider p1, staff s1 and s3):
// the PIN starts sessions, wrong PINs end the device, the day ends it, and so do signing out
// and a manager's revoke, which also ends the sessions the phone holds.

const START = new Date('2016-12-26T06:00:00Z');
const HOUR = 3_600_000;

describe(`staff devices (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock = START;
  let manager: Session;
  let s1: StaffAppExample['s1'];
  let s3: Session;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, app, manager, s1, s3, close } = await openStaffAppExample(() => clock, START));
  }, 240_000);
  afterAll(() => close());

  function call(s: Session | undefined, method: 'GET' | 'POST', url: string, payload?: object) {
    return app.inject({ method, url, ...(s && { headers: s.headers }), ...(payload && { payload }) });
  }
  async function signInPhone(s: Session, pin = '2580') {
    const made = await call(s, 'POST', '/api/v1/staff-devices', { pin, label: 'Android · Chrome' });
    expect(made.statusCode, made.body).toBe(201);
    return made.json<{ id: string; secret: string; expiresAt: string }>();
  }
  const unlock = (d: { id: string; secret: string }, pin: string) => call(undefined, 'POST', '/api/v1/auth/device-unlock', { id: d.id, secret: d.secret, pin });

  it('refuses a PIN the rule refuses, and other roles', async () => {
    for (const pin of ['1234', '0000', '12', 'abcd']) {
      const r = await call(s1, 'POST', '/api/v1/staff-devices', { pin, label: 'x' });
      expect(r.statusCode, pin).toBe(400);
      expect(r.json()).toMatchObject({ path: 'pin' });
    }
    expect((await call(manager, 'POST', '/api/v1/staff-devices', { pin: '2580', label: 'x' })).statusCode).toBe(403);
  });

  it('starts a session with the PIN until the working day is over', async () => {
    clock = START;
    const device = await signInPhone(s1);
    expect(Date.parse(device.expiresAt)).toBe(START.getTime() + 12 * HOUR);
    clock = new Date(START.getTime() + 2 * HOUR);
    const opened = await unlock(device, '2580');
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json()).toMatchObject({ me: { role: 'staff', staffId: 's1' } });
    const cookie = `${SESSION_COOKIE}=${cookieFrom(opened, SESSION_COOKIE)!}`;
    expect((await app.inject({ method: 'GET', url: '/api/v1/my-day', headers: { cookie } })).statusCode).toBe(200);
    // The wrong secret is no device at all, whatever the PIN.
    expect((await unlock({ ...device, secret: 'guess' }, '2580')).json()).toMatchObject({ error: 'unknown_device' });
    clock = new Date(START.getTime() + 12 * HOUR);
    expect((await unlock(device, '2580')).json()).toMatchObject({ error: 'device_expired' });
    const audit = await t.db.selectFrom('audit_log').select(['action', 'details']).where('username', '=', s1.user.username).where('action', '=', 'login').execute();
    expect(audit.some((a) => JSON.stringify(a.details).includes('device_pin'))).toBe(true);
  });

  it('counts wrong PINs down and ends the device at the fifth; a right PIN resets the count', async () => {
    clock = START;
    const device = await signInPhone(s1, '1357');
    expect((await unlock(device, '9999')).json()).toMatchObject({ error: 'wrong_pin', triesLeft: 4 });
    expect((await unlock(device, '1357')).statusCode).toBe(200);
    for (const left of [4, 3, 2, 1]) expect((await unlock(device, '9999')).json()).toMatchObject({ error: 'wrong_pin', triesLeft: left });
    const last = await unlock(device, '9999');
    expect(last.statusCode).toBe(401);
    expect(last.json()).toMatchObject({ error: 'pin_tries', triesLeft: 0 });
    // Ended: the right PIN no longer helps.
    expect((await unlock(device, '1357')).json()).toMatchObject({ error: 'pin_tries' });
  });

  it('lets a manager list and revoke her staff\'s phones, which ends their sessions too', async () => {
    clock = START;
    const device = await signInPhone(s1);
    const opened = await unlock(device, '2580');
    const cookie = `${SESSION_COOKIE}=${cookieFrom(opened, SESSION_COOKIE)!}`;
    const list = await call(manager, 'GET', '/api/v1/staff-devices');
    expect(list.statusCode, list.body).toBe(200);
    const listed = list.json<{ devices: { id: string; staffName: string; ended: unknown }[] }>().devices.find((d) => d.id === device.id);
    expect(listed).toMatchObject({ staffName: expect.any(String) as string, ended: null });
    expect((await call(s1, 'GET', '/api/v1/staff-devices')).statusCode).toBe(403);
    // A colleague cannot end it; the manager can.
    expect((await call(s3, 'POST', `/api/v1/staff-devices/${device.id}/end`)).statusCode).toBe(404);
    const revoked = await call(manager, 'POST', `/api/v1/staff-devices/${device.id}/end`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json()).toMatchObject({ ended: { reason: 'revoked' } });
    expect((await app.inject({ method: 'GET', url: '/api/v1/my-day', headers: { cookie } })).statusCode).toBe(401);
    expect((await unlock(device, '2580')).json()).toMatchObject({ error: 'device_revoked' });
  });

  it('ends the staff member\'s own device when she signs out', async () => {
    clock = START;
    s3 = await loginAs(app, t, 'staff', { staffId: 's3', at: START });
    const device = await signInPhone(s3, '4711');
    const out = await call(s3, 'POST', `/api/v1/staff-devices/${device.id}/end`);
    expect(out.json()).toMatchObject({ ended: { reason: 'signed_out' } });
    expect((await unlock(device, '4711')).json()).toMatchObject({ error: 'device_ended' });
  });
});
