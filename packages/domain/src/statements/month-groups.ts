// The analysis's items dated in one month, grouped by provider and client, and the clients
// that get a line (scenario spec, "The statements object").

import type { CareData } from '../model/care-data.ts';
import type { MonthRange } from '../time/civil-days.ts';
import type { CareAnalysis, DeclinedFacts, SingleFacts, VisitFacts } from './analysis.ts';
import type { EngineContext } from './context.ts';
import { orderInMonth } from './orders.ts';

export interface ClientMonthItems {
  visits: VisitFacts[];
  declined: DeclinedFacts[];
}

export interface ProviderMonth {
  /** Clients that get a line, whatever their items. */
  clients: Set<string>;
  items: Map<string, ClientMonthItems>;
  missingLeave: SingleFacts[];
  missingArrive: SingleFacts[];
  /** Registrations dated in the month, by the client they were made at. */
  counts: Map<string, RegistrationCounts>;
}

export interface RegistrationCounts {
  registrations: number;
  manual: number;
}

const inRange = (range: MonthRange, day: number): boolean => day >= range.firstDay && day <= range.lastDay;

export class MonthGroups {
  readonly byProvider = new Map<string, ProviderMonth>();

  provider(id: string): ProviderMonth {
    let p = this.byProvider.get(id);
    if (p === undefined) {
      p = { clients: new Set(), items: new Map(), missingLeave: [], missingArrive: [], counts: new Map() };
      this.byProvider.set(id, p);
    }
    return p;
  }

  items(provider: string, client: string): ClientMonthItems {
    const p = this.provider(provider);
    let items = p.items.get(client);
    if (items === undefined) {
      items = { visits: [], declined: [] };
      p.items.set(client, items);
    }
    return items;
  }
}

/**
 * Items of the month. `withRegistrationLines`: visits, declined and unpaired registrations
 * give their client a line (performed_time); in granted_time they do not.
 */
export function groupMonth(analysis: CareAnalysis, range: MonthRange, withRegistrationLines: boolean): MonthGroups {
  const groups = new MonthGroups();
  analysis.registrations.forEach((reg, i) => {
    const day = analysis.days[i] ?? NaN;
    const provider = analysis.providers[i];
    if (provider === undefined || !inRange(range, day)) return;
    const counts = groups.provider(provider).counts;
    let c = counts.get(reg.client);
    if (c === undefined) {
      c = { registrations: 0, manual: 0 };
      counts.set(reg.client, c);
    }
    c.registrations += 1;
    if (reg.method === 'manual') c.manual += 1;
  });
  if (!withRegistrationLines) return groups;
  for (const v of analysis.visits) {
    if (inRange(range, v.day)) groups.items(v.provider, v.client).visits.push(v);
  }
  for (const d of analysis.declined) {
    if (inRange(range, d.day)) groups.items(d.provider, d.reg.client).declined.push(d);
  }
  for (const f of analysis.missingLeave) if (inRange(range, f.day)) groups.provider(f.provider).missingLeave.push(f);
  for (const f of analysis.missingArrive) if (inRange(range, f.day)) groups.provider(f.provider).missingArrive.push(f);
  for (const p of groups.byProvider.values()) {
    for (const client of p.items.keys()) p.clients.add(client);
    for (const f of [...p.missingLeave, ...p.missingArrive]) p.clients.add(f.reg.client);
  }
  return groups;
}

/** Clients with an order active in the month, and clients with a deviation of the month. */
export function addOrderAndDeviationClients(ctx: EngineContext, data: CareData, range: MonthRange, groups: MonthGroups): void {
  for (const o of ctx.orders.all) {
    if (orderInMonth(o, range) !== undefined) groups.provider(o.order.provider).clients.add(o.order.client);
  }
  for (const d of data.deviations) {
    if (d.month === range.month) groups.provider(d.provider).clients.add(d.client);
  }
}
