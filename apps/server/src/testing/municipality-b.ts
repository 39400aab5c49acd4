import { readExample } from './fixtures.ts';

// A second municipality for the scope walks (api-scope.test.ts, api-body-scope.test.ts): example
// 03 under other ids. B's ids and names all carry "zz" so a leak shows in any reply.

export const B = 'zzstad';

interface Named {
  id: string;
  name: string;
}
interface Example {
  municipality: Named;
  districts: Named[];
  providers: Named[];
  staff: (Named & { provider: string })[];
  clients: (Named & { district: string })[];
  orders: { id: string; client: string; provider: string }[];
  registrations: { client: string; staff: string }[];
  deviations: unknown[];
}

export function municipalityB(): unknown {
  const raw = readExample('03-bands-holidays-exceptions.json') as Example;
  const id = (x: string) => `zz-${x}`;
  raw.municipality.id = B;
  raw.municipality.name = 'Zzstads kommun';
  for (const d of raw.districts) Object.assign(d, { id: id(d.id), name: `Zz ${d.name}` });
  for (const p of raw.providers) Object.assign(p, { id: id(p.id), name: `Zz ${p.name}` });
  for (const s of raw.staff) Object.assign(s, { id: id(s.id), provider: id(s.provider), name: `Zz ${s.name}` });
  for (const c of raw.clients) Object.assign(c, { id: id(c.id), district: id(c.district), name: `Zz ${c.name}` });
  for (const o of raw.orders) Object.assign(o, { id: id(o.id), client: id(o.client), provider: id(o.provider) });
  for (const r of raw.registrations) Object.assign(r, { client: id(r.client), staff: id(r.staff) });
  raw.deviations = [{ id: 'zz-dv1', client: 'zz-c1', provider: 'zz-p1', month: '2017-04', minutes: -30, reason: 'hospital', comment: 'Zz', status: 'reported' }];
  return raw;
}
