// Mutations of the worked examples for the differential test: scenarios shaped like the ones
// the spec's authors write (and so like an outside reviewer's), nudged at random: instants
// moved, registrations dropped or handed to a colleague, rules, orders and the model changed.

import { Temporal } from 'temporal-polyfill';
import type { SeededRandom as Random } from '../../random/seeded-random.ts';

type Json = Record<string, unknown>;

function moved(at: string, minutes: number): string {
  const zdt = Temporal.Instant.from(at).toZonedDateTimeISO('Europe/Stockholm').add({ minutes });
  return zdt.toString({ timeZoneName: 'never' });
}

export function mutateExample(example: Json, r: Random): Json {
  const s = JSON.parse(JSON.stringify(example)) as Json;
  const m = s.municipality as Json;
  const regs = (s.registrations as Json[] | undefined) ?? [];
  const orders = (s.orders as Json[] | undefined) ?? [];
  const staff = ((s.staff as Json[] | undefined) ?? []).map((x) => x.id as string);
  for (let i = 0, n = r.int(1, 6); i < n; i++) {
    const what = r.int(0, 8);
    const reg = regs.length > 0 ? r.pick(regs) : undefined;
    if (what === 0 && reg) reg.at = moved(reg.at as string, r.pick([-600, -120, -30, -1, 1, 15, 60, 240, 721]));
    if (what === 1 && reg) regs.splice(regs.indexOf(reg), 1);
    if (what === 2 && reg && staff.length > 1) regs.push({ ...reg, id: r.uuid(), staff: r.pick(staff), at: moved(reg.at as string, r.int(-20, 20)) });
    if (what === 3) {
      const rule = { from: r.pick(['2016-01-01', '2017-01-01', '2017-03-15', '2017-04-01']), capPercent: r.pick([100, 110, 50, 200]), declinedAtDoorPercent: { care: r.pick([0, 50, 100]), service: r.pick([0, 75]) } };
      m.rules = [...((m.rules as Json[] | undefined) ?? []), rule];
    }
    if (what === 4) m.model = m.model === 'granted_time' ? 'performed_time' : 'granted_time';
    if (what === 5 && orders.length > 0) {
      const o = r.pick(orders);
      o.doubleStaffing = !(o.doubleStaffing as boolean);
      // A new end, never before the start (the importer refuses that).
      const to = r.pick(['2016-12-15', '2017-03-20', '2017-04-10', '2017-05-31', null]);
      if (r.chance(0.5)) o.to = to !== null && to < (o.from as string) ? null : to;
    }
    if (what === 6 && orders.length > 0) {
      const o = r.pick(orders);
      o.hoursPerMonth = { ...(o.hoursPerMonth as Json), [r.pick(['service', 'alarm', 'meals', 'personal_care'])]: r.pick([0, 0.5, 1 / 3, 3, 40]) };
    }
    if (what === 7) {
      const c = r.pick<Json>((s.clients as Json[] | undefined) ?? [{ id: 'c1' }]).id;
      const p = r.pick<Json>((s.providers as Json[] | undefined) ?? [{ id: 'p1' }]).id;
      const month = r.pick(['2016-12', '2017-02', '2017-03', '2017-04', '2017-05']);
      s.excessReviews = [...((s.excessReviews as Json[] | undefined) ?? []), { client: c, provider: p, month, decision: r.pick(['approved', 'rejected']), reason: 'x' }];
    }
    if (what === 8 && reg) regs.push({ id: r.uuid(), kind: r.pick(['void', 'leave', 'arrive']), client: reg.client, staff: reg.staff, at: moved(reg.at as string, 5), method: 'manual', reason: 'rättelse', corrects: reg.id });
  }
  return s;
}
