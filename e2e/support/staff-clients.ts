import { expect, request, type APIRequestContext } from '@playwright/test';
import { authFile } from './auth.ts';
import { personalNumber } from './people.ts';

// Clients of the staff app's journeys, made through the API as the office would: a case officer
// registers the client, a decision and an order to the demo's municipal provider; its manager
// accepts it with the demo staff member as contact person, plans a visit every day naming her,
// notes the door code and enrols a tag at the door. Nothing of the demo's own data is touched.

export const PROVIDER = 'hemtjanst-kommunen';
export const STAFF = 'hemtjanst-kommunen-s1';
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface StaffClient {
  id: string;
  name: string;
  tag: string;
}

async function ok<T>(reply: Promise<import('@playwright/test').APIResponse>): Promise<T> {
  const res = await reply;
  expect(res.ok(), `${res.url()}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

export async function asUser(baseURL: string, user: 'handlaggare' | 'enhetschef'): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL, storageState: authFile(user) });
  const { csrfToken } = await ok<{ csrfToken: string }>(context.get('/api/v1/auth/csrf'));
  await context.dispose();
  return request.newContext({ baseURL, storageState: authFile(user), extraHTTPHeaders: { 'x-csrf-token': csrfToken } });
}

/** A client with a plan naming the demo staff member today, and a tag at her door. */
export async function staffClient(baseURL: string, name: string, born: string, serial: number, window: [string, string]): Promise<StaffClient> {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const officer = await asUser(baseURL, 'handlaggare');
  const manager = await asUser(baseURL, 'enhetschef');
  const tag = `04:5a:${String(serial % 100).padStart(2, '0')}:${born.slice(2, 4)}:${born.slice(4, 6)}:${born.slice(6, 8)}:01`;
  const pn = personalNumber(born, serial);
  try {
    // A retry of the serial journeys runs this again on the same server: the client made the
    // first time, with her order, plan and tag, is used as she is.
    const { clients } = await ok<{ clients: { id: string; personalNumber: string }[] }>(officer.get('/api/v1/clients', { params: { limit: 500 } }));
    const made = clients.find((c) => c.personalNumber === pn);
    if (made) return { id: made.id, name, tag };
    const client = await ok<{ id: string }>(officer.post('/api/v1/clients', { data: { personalNumber: pn, name, address: `${name.split(' ')[1]}vägen ${serial % 50}, Demoby` } }));
    const decision = await ok<{ id: string }>(officer.post(`/api/v1/clients/${client.id}/decisions`, { data: { validFrom: today, hoursPerMonth: { personal_care: 20 } } }));
    const order = await ok<{ id: string }>(officer.post('/api/v1/orders', {
      data: { clientId: client.id, providerId: PROVIDER, decisionId: decision.id, from: today, hoursPerMonth: { personal_care: 20 } },
    }));
    await ok(manager.post(`/api/v1/orders/${order.id}/accept`, { data: { contactPersonStaffId: STAFF } }));
    await ok(manager.post(`/api/v1/orders/${order.id}/plans`, {
      data: {
        validFrom: today,
        notes: 'Hjälp med dusch och frukost. Hon vill ha kaffe först.',
        visits: [{ weekdays: EVERY_DAY, windowFrom: window[0], windowTo: window[1], durationMinutes: 30, areas: ['personal_care'], preferredStaffId: STAFF }],
      },
    }));
    await ok(manager.patch(`/api/v1/clients/${client.id}`, { data: { practicalNotes: 'Portkod 4711. Nyckel i kodlåda vid dörren. Katten Sigge får inte gå ut.', lifeStory: 'Har varit lärare i Demoby i 40 år.' } }));
    await ok(manager.post('/api/v1/nfc-tags', { data: { uid: tag, client: client.id } }));
    return { id: client.id, name, tag };
  } finally {
    await officer.dispose();
    await manager.dispose();
  }
}
