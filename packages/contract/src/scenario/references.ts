import type { Scenario } from './schema.ts';
import type { InputIssue } from './issues.ts';

// Cross-reference checks: every id a record names must exist in the file, and ids are unique.

function indexIds(
  items: readonly { id: string }[],
  listPath: string,
  issues: InputIssue[],
): Map<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      issues.push({ path: `${listPath}[${i}].id`, message: `duplicate id "${item.id}" (first at ${listPath}[${first}])` });
    } else seen.set(item.id, i);
  });
  return seen;
}

export function checkReferences(s: Scenario): InputIssue[] {
  const issues: InputIssue[] = [];
  const districts = indexIds(s.districts, 'districts', issues);
  const providers = indexIds(s.providers, 'providers', issues);
  const staff = indexIds(s.staff, 'staff', issues);
  const clients = indexIds(s.clients, 'clients', issues);
  indexIds(s.orders, 'orders', issues);
  indexIds(s.deviations, 'deviations', issues);

  const need = (map: Map<string, number>, value: string, path: string, what: string) => {
    if (!map.has(value)) issues.push({ path, message: `unknown ${what} "${value}"` });
  };

  const unitsByProvider = new Map<string, Set<string>>();
  s.providers.forEach((p, i) => {
    const units = new Set<string>();
    (p.units ?? []).forEach((u, j) => {
      if (units.has(u.id)) issues.push({ path: `providers[${i}].units[${j}].id`, message: `duplicate unit id "${u.id}"` });
      units.add(u.id);
    });
    unitsByProvider.set(p.id, units);
  });
  s.staff.forEach((m, i) => {
    need(providers, m.provider, `staff[${i}].provider`, 'provider');
    if (m.unit !== undefined && !unitsByProvider.get(m.provider)?.has(m.unit)) {
      issues.push({ path: `staff[${i}].unit`, message: `unknown unit "${m.unit}" of provider "${m.provider}"` });
    }
  });
  s.clients.forEach((c, i) => {
    need(districts, c.district, `clients[${i}].district`, 'district');
    if (c.contactPerson !== undefined) need(staff, c.contactPerson, `clients[${i}].contactPerson`, 'staff member');
  });
  s.orders.forEach((o, i) => {
    need(clients, o.client, `orders[${i}].client`, 'client');
    need(providers, o.provider, `orders[${i}].provider`, 'provider');
  });
  s.registrations.forEach((r, i) => {
    need(clients, r.client, `registrations[${i}].client`, 'client');
    need(staff, r.staff, `registrations[${i}].staff`, 'staff member');
  });
  s.shifts.forEach((sh, i) => need(staff, sh.staff, `shifts[${i}].staff`, 'staff member'));
  s.deviations.forEach((d, i) => {
    need(clients, d.client, `deviations[${i}].client`, 'client');
    need(providers, d.provider, `deviations[${i}].provider`, 'provider');
  });
  s.excessReviews.forEach((r, i) => {
    need(clients, r.client, `excessReviews[${i}].client`, 'client');
    need(providers, r.provider, `excessReviews[${i}].provider`, 'provider');
  });
  return issues;
}
