// What the slices of some clients are computed from (see slices.ts): every registration at
// them, every registration of each staff member who registered at them (one staff member's
// overlapping visits at any clients hold each other), and every registration that corrects an
// included one, and so on (a correction supersedes whatever it names). The server selects the
// same rows with SQL where they are stored; this is its statement in the domain's terms.

import type { Registration } from '../model/care-data.ts';

export function registrationsForClients(registrations: readonly Registration[], clients: ReadonlySet<string>): Registration[] {
  const staff = new Set<string>();
  for (const r of registrations) if (clients.has(r.client)) staff.add(r.staff);
  const included = new Set<string>();
  for (const r of registrations) if (clients.has(r.client) || staff.has(r.staff)) included.add(r.id);
  const correctors = new Map<string, Registration[]>();
  for (const r of registrations) {
    if (r.corrects === undefined) continue;
    const list = correctors.get(r.corrects);
    if (list === undefined) correctors.set(r.corrects, [r]);
    else list.push(r);
  }
  const queue = [...included];
  while (queue.length > 0) {
    for (const c of correctors.get(queue.pop()!) ?? []) {
      if (included.has(c.id)) continue;
      included.add(c.id);
      queue.push(c.id);
    }
  }
  return registrations.filter((r) => included.has(r.id));
}
