import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type Session } from '../../testing/login.ts';
import type { TestDatabase } from '../../testing/test-db.ts';
import { BY, call, twoMunicipalities } from '../municipality/test-setup.ts';

// The LOV register's approval status, contract period and checklist (issue 12, docs/admin.md),
// and the rule the order API keeps: only an approved provider receives a new order.

describe(`provider approval and requirements (${process.env.HEMMA_TEST_DB ?? 'pglite'})`, () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let admin: Session;
  let officer: Session;
  let manager: Session;

  beforeAll(async () => {
    ({ t, app } = await twoMunicipalities());
    admin = await loginAs(app, t, 'admin', { municipalityId: BY });
    officer = await loginAs(app, t, 'case_officer', { municipalityId: BY, districtId: 'd1' });
    manager = await loginAs(app, t, 'provider_manager', { municipalityId: BY, providerId: 'p1' });
  });
  afterAll(async () => {
    await app.close();
    await t.dispose();
  });

  async function clientWithDecision(personalNumber: string): Promise<{ clientId: string; decisionId: string }> {
    const c = await call(app, officer, 'POST', '/api/v1/clients', { personalNumber, name: 'Vera Val', address: 'Gatan 2' });
    expect(c.statusCode, c.body).toBe(201);
    const clientId = c.json<{ id: string }>().id;
    const d = await call(app, officer, 'POST', `/api/v1/clients/${clientId}/decisions`, {
      validFrom: '2017-03-01', validTo: null, hoursPerMonth: { personal_care: 10 }, doubleStaffing: false,
    });
    expect(d.statusCode, d.body).toBe(201);
    return { clientId, decisionId: d.json<{ id: string }>().id };
  }
  const order = (ids: { clientId: string; decisionId: string }, providerId: string) =>
    call(app, officer, 'POST', '/api/v1/orders', { ...ids, providerId, from: '2017-03-01', to: null, hoursPerMonth: { personal_care: 8 }, doubleStaffing: false });

  it('adds a provider as applied, with a sole trader personal number and a contract period', async () => {
    const res = await call(app, admin, 'POST', '/api/v1/providers', {
      id: 'p-sole', name: 'Omsorg Nilsson', orgNumber: '19400312-4171', kind: 'private', contractFrom: '2017-01-01', contractTo: '2020-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ approvalStatus: 'applied', contractFrom: '2017-01-01', contractTo: '2020-12-31', orgNumber: '19400312-4171' });
    // The imported register predates the status: those providers are approved.
    expect((await call(app, admin, 'GET', '/api/v1/providers/p1')).json()).toMatchObject({ approvalStatus: 'approved', contractFrom: null });
    const backwards = await call(app, admin, 'PATCH', '/api/v1/providers/p-sole', { contractTo: '2016-12-31' });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ path: 'contractTo' });
  });

  it('takes new orders only for an approved provider: 422 provider_not_approved otherwise', async () => {
    const ids = await clientWithDecision('194003124171');
    const refused = await order(ids, 'p-sole');
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ error: 'provider_not_approved', path: 'providerId' });

    const approve = await call(app, admin, 'PATCH', '/api/v1/providers/p-sole', { approvalStatus: 'approved' });
    expect(approve.json()).toMatchObject({ approvalStatus: 'approved' });
    expect((await order(ids, 'p-sole')).statusCode).toBe(201);

    // A suspended provider keeps its running orders but gets no new ones.
    await call(app, admin, 'PATCH', '/api/v1/providers/p1', { approvalStatus: 'suspended' });
    expect((await order(ids, 'p1')).json()).toMatchObject({ error: 'provider_not_approved' });
    await call(app, admin, 'PATCH', '/api/v1/providers/p1', { approvalStatus: 'approved' });
    expect((await order(ids, 'p1')).statusCode).toBe(201);

    const audited = await t.db.selectFrom('audit_log').select('details').where('object_type', '=', 'provider').where('object_id', '=', 'p-sole').where('action', '=', 'update').execute();
    expect(audited.map((r) => r.details)).toEqual([{ fields: ['approvalStatus'] }]);
  });

  it('keeps the checklist of requirements with dates and notes, for the admin only', async () => {
    const empty = await call(app, admin, 'GET', '/api/v1/providers/p1/requirements');
    const list = empty.json<{ requirements: { requirement: string; checked: boolean }[] }>().requirements;
    expect(list.map((r) => r.requirement)).toEqual([
      'care_experience', 'references', 'manager_presence', 'work_clothes', 'changing_room',
      'staff_continuity', 'labour_terms', 'information_meeting', 'minimum_volume', 'environment',
    ]);
    expect(list.every((r) => !r.checked)).toBe(true);

    const put = await call(app, admin, 'PUT', '/api/v1/providers/p1/requirements/changing_room', { fulfilled: true, checkedOn: '2017-02-10', note: 'Sett vid besök' });
    expect(put.statusCode, put.body).toBe(200);
    const again = await call(app, admin, 'PUT', '/api/v1/providers/p1/requirements/changing_room', { fulfilled: false, checkedOn: '2017-03-01', note: 'Lokalen har flyttat' });
    expect(again.json().requirements.find((r: { requirement: string }) => r.requirement === 'changing_room')).toEqual({
      requirement: 'changing_room', fulfilled: false, checkedOn: '2017-03-01', note: 'Lokalen har flyttat', checked: true,
    });
    expect((await call(app, admin, 'PUT', '/api/v1/providers/p1/requirements/free_coffee', { fulfilled: true, checkedOn: null, note: '' })).statusCode).toBe(400);
    expect((await call(app, admin, 'GET', '/api/v1/providers/nope/requirements')).statusCode).toBe(404);
    expect((await call(app, manager, 'GET', '/api/v1/providers/p1/requirements')).statusCode).toBe(403);
    const audited = await t.db.selectFrom('audit_log').select('object_id').where('object_type', '=', 'provider_requirement').execute();
    expect(audited).toHaveLength(2);
  });
});
