import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { readExample } from '../../testing/fixtures.ts';
import { loginAs, type Session } from '../../testing/login.ts';
import { openTestDatabase, type TestDatabase } from '../../testing/test-db.ts';
import { importScenario } from '../scenario/import.service.ts';

// The dialogue's unread state per reader: example 02 (exempelo), c1 served by p1, c2 and c3 by p2.

describe(`the inbox and unread dialogue (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let officer: Session;
  let colleague: Session;
  let p1: Session;
  let p2: Session;

  beforeAll(async () => {
    t = await openTestDatabase();
    const r = await importScenario(t, readExample('02-granted-time-deviations.json'), { referenceDate: '2026-11-23' });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    app = await buildApp(loadConfig({}), t);
    officer = await loginAs(app, t, 'case_officer', { districtId: 'd1' });
    colleague = await loginAs(app, t, 'case_officer', { districtId: 'd1' });
    p1 = await loginAs(app, t, 'provider_manager', { providerId: 'p1' });
    p2 = await loginAs(app, t, 'provider_manager', { providerId: 'p2' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  const call = (s: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    app.inject({ method, url, headers: s.headers, ...(payload && { payload }) });
  const inbox = async (s: Session) => (await call(s, 'GET', '/api/v1/messages/inbox')).json<{ threads: { clientId: string; providerId: string; unread: number; messages: number; clientName: string; last: { excerpt: string } }[] }>().threads;

  it('counts what others wrote since the reader last read, per reader and thread', async () => {
    expect(await inbox(officer)).toEqual([]);
    expect((await call(officer, 'POST', '/api/v1/clients/c1/messages', { body: 'Hur går det med Greta?', providerId: 'p1' })).statusCode).toBe(201);
    expect((await call(p1, 'POST', '/api/v1/clients/c1/messages', { body: 'Bra, hon är hemma igen.' })).statusCode).toBe(201);
    expect((await call(p2, 'POST', '/api/v1/clients/c2/messages', { body: 'Erik vill byta tid.' })).statusCode).toBe(201);

    const mine = await inbox(officer);
    expect(mine.map((th) => [th.clientId, th.providerId, th.messages, th.unread])).toEqual([['c2', 'p2', 1, 1], ['c1', 'p1', 2, 1]]);
    expect(mine[1]).toMatchObject({ clientName: 'Greta Gran', last: { excerpt: 'Bra, hon är hemma igen.' } });
    // Each reader has her own marker; a provider sees only its own threads.
    expect((await inbox(colleague)).map((th) => th.unread)).toEqual([1, 2]);
    expect((await inbox(p1)).map((th) => [th.clientId, th.unread])).toEqual([['c1', 1]]);
    expect((await inbox(p2)).map((th) => [th.clientId, th.unread])).toEqual([['c2', 0]]);

    const read = await call(officer, 'POST', '/api/v1/clients/c1/messages/read', {});
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().threads).toMatchObject([{ clientId: 'c1', providerId: 'p1', unread: 0 }]);
    expect((await inbox(officer)).map((th) => th.unread)).toEqual([1, 0]);
    expect((await inbox(colleague)).map((th) => th.unread)).toEqual([1, 2]);

    // A new message from the provider is unread again; reading one provider's thread leaves the other's.
    await call(p1, 'POST', '/api/v1/clients/c1/messages', { body: 'Hon frågar efter er.' });
    expect((await inbox(officer)).map((th) => [th.clientId, th.unread])).toEqual([['c1', 1], ['c2', 1]]);
    await call(officer, 'POST', '/api/v1/clients/c2/messages/read', { providerId: 'p1' });
    expect((await inbox(officer)).map((th) => [th.clientId, th.unread])).toEqual([['c1', 1], ['c2', 1]]);
  });

  it('keeps reading inside the scope, and audits what it shows and changes', async () => {
    expect((await call(p1, 'POST', '/api/v1/clients/c2/messages/read', {})).statusCode).toBe(404);
    const finance = await loginAs(app, t, 'finance');
    expect((await call(finance, 'GET', '/api/v1/messages/inbox')).statusCode).toBe(403);
    expect((await call(officer, 'POST', '/api/v1/clients/c1/messages/read', { providerId: '' })).statusCode).toBe(400);
    const audit = await t.db.selectFrom('audit_log').select(['object_type', 'action', 'client_id']).where('municipality_id', '=', 'exempelo')
      .where('object_type', 'in', ['message', 'message_read']).execute();
    expect(audit).toContainEqual({ object_type: 'message', action: 'read', client_id: 'c2' });
    expect(audit).toContainEqual({ object_type: 'message_read', action: 'update', client_id: 'c1' });
  });
});
