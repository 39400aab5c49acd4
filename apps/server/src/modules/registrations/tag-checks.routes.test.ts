import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import { enrolEarly, setUp, TAG, type Setup } from './test-setup.ts';

// DOMAIN.md §6: a tag is bound to a client from its enrolment to its retirement, and a read on
// a day with no planned visit is flagged (a tag that was moved is read where nobody was sent).

type Body = Record<string, unknown>;

describe(`tag reads against enrolment and plans (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let s: Setup;
  let s1: Session;
  let manager: Session;

  beforeAll(async () => {
    s = await setUp();
    await enrolEarly(s.t, TAG.c1, 'c1');
    await enrolEarly(s.t, TAG.c2, 'c2');
    s1 = await loginAs(s.app, s.t, 'staff', { staffId: 's1' });
    manager = await loginAs(s.app, s.t, 'provider_manager', { providerId: 'p1' });
  });
  afterAll(async () => {
    await s.app.close();
    await s.t.dispose();
  });

  const post = (who: Session, registrations: Body[]) =>
    s.app.inject({ method: 'POST', url: '/api/v1/registrations', headers: who.headers, payload: { registrations } });
  const read = (tag: string, at: string): Body => ({ id: randomUUID(), kind: 'arrive', tag, method: 'nfc', at });

  it('refuses a read dated before the tag\'s enrolment, per registration, and logs it; a read just after is taken', async () => {
    const admin = await loginAs(s.app, s.t, 'admin');
    const enrolled = await s.app.inject({ method: 'POST', url: '/api/v1/nfc-tags', headers: admin.headers, payload: { uid: TAG.c3, client: 'c3' } });
    const at = Date.parse(enrolled.json<{ enrolledAt: string }>().enrolledAt);
    const s3 = await loginAs(s.app, s.t, 'staff', { staffId: 's3' });
    const fine = read(TAG.c3, new Date(at + 1000).toISOString());
    const early = read(TAG.c3, new Date(at - 1000).toISOString());
    const res = await post(s3, [fine, early]);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ error: 'unknown_tag', path: 'registrations[1].tag', message: expect.stringContaining('enrolled after') });
    const failures = await s.t.db.selectFrom('tag_read_failures').select(['registration_id', 'failure']).execute();
    expect(failures).toEqual([{ registration_id: early.id, failure: 'not_yet_enrolled' }]);
    expect((await post(s3, [fine])).json()).toMatchObject({ accepted: 1 });
  });

  it('flags a read on a local date with no planned visit, not one on a planned day, and not a manual registration', async () => {
    // c2's plan ends on Friday 20 November.
    await sql`update plans set valid_to = '2026-11-20' where municipality_id = 'exempelstad' and plan_id = 'plan-o2'`.execute(s.t.db);
    const lastPlanned = read(TAG.c2, '2026-11-20T23:30:00+01:00');
    const unplanned = read(TAG.c2, '2026-11-21T00:10:00+01:00');
    const manual = { id: randomUUID(), kind: 'arrive', method: 'manual', client: 'c2', reason: 'Taggen borta', at: '2026-11-21T10:00:00+01:00' };
    const planned = read(TAG.c1, '2026-11-21T12:00:00+01:00');
    const res = await post(s1, [lastPlanned, unplanned, manual, planned]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ accepted: 4, flags: [{ reason: 'no_planned_visit', registration: unplanned.id, client: 'c2', staff: 's1', otherRegistration: null }] });
    expect(res.json<{ flags: unknown[] }>().flags).toHaveLength(1);
    // Sent again: nothing new to flag; the provider's list has it once.
    expect((await post(s1, [unplanned])).json()).toMatchObject({ duplicates: 1, flags: [] });
    const list = await s.app.inject({ method: 'GET', url: '/api/v1/tag-flags?client=c2', headers: manager.headers });
    expect(list.json()).toMatchObject({ flags: [{ reason: 'no_planned_visit', registration: unplanned.id }] });
    expect(list.json<{ flags: unknown[] }>().flags).toHaveLength(1);
  });
});
