// What the staff phone shows for each of the day's visits, and whether the next tap at a client's
// door is an arrival or a leave. The server (my day) and the phone (offline, from its outbox) use
// these same functions, so the screen reads the same before and after the network comes back.

export type StaffVisitStatus = 'planned' | 'arrived' | 'done' | 'declined' | 'exception';
export type StaffRegistrationKind = 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';

export interface DayVisit {
  id: string;
  clientId: string;
  /** `HH:MM`, local: visits at one client are matched to registrations in this order. */
  windowFrom: string;
}

export interface DayRegistration {
  id: string;
  clientId: string;
  kind: StaffRegistrationKind;
  at: string;
  corrects?: string | null | undefined;
}

const byTime = (a: DayRegistration, b: DayRegistration) => Date.parse(a.at) - Date.parse(b.at);

/** The registrations that still count: a `void` withdraws the one it names and is not itself an event. */
export function effectiveRegistrations(registrations: readonly DayRegistration[]): DayRegistration[] {
  const withdrawn = new Set(registrations.filter((r) => r.kind === 'void').flatMap((r) => (r.corrects ? [r.corrects] : [])));
  return registrations.filter((r) => r.kind !== 'void' && !withdrawn.has(r.id)).sort(byTime);
}

/**
 * One status per visit. A client's visits take her registrations in time order: an arrival opens
 * the earliest visit still open, a leave closes it, a decline uses up a visit. A leave with no
 * arrival before it, or an arrival while one is open, marks the visit `exception` (the manager
 * resolves it, R-4); registrations beyond the planned visits are not shown here.
 */
export function visitStatuses(visits: readonly DayVisit[], registrations: readonly DayRegistration[]): Map<string, StaffVisitStatus> {
  const status = new Map<string, StaffVisitStatus>(visits.map((v) => [v.id, 'planned']));
  const perClient = new Map<string, DayVisit[]>();
  for (const v of [...visits].sort((a, b) => a.windowFrom.localeCompare(b.windowFrom))) {
    perClient.set(v.clientId, [...(perClient.get(v.clientId) ?? []), v]);
  }
  for (const [clientId, queue] of perClient) {
    let i = 0;
    for (const r of effectiveRegistrations(registrations).filter((x) => x.clientId === clientId)) {
      const visit = queue[i];
      if (!visit) break;
      const now = status.get(visit.id);
      if (r.kind === 'arrive' && now === 'arrived') {
        // Two arrivals in a row: the first visit lacks its leave, the second one is open.
        status.set(visit.id, 'exception');
        i++;
        const following = queue[i];
        if (following) status.set(following.id, 'arrived');
      } else if (r.kind === 'arrive') {
        status.set(visit.id, 'arrived');
      } else if (r.kind === 'leave') {
        status.set(visit.id, now === 'arrived' ? 'done' : 'exception');
        i++;
      } else {
        status.set(visit.id, now === 'arrived' ? 'exception' : 'declined');
        i++;
      }
    }
  }
  return status;
}

/** The kind of the next tap at a client's door: a leave when the last thing done there was an arrival. */
export function nextTapKind(clientId: string, registrations: readonly DayRegistration[]): 'arrive' | 'leave' {
  const here = effectiveRegistrations(registrations).filter((r) => r.clientId === clientId && (r.kind === 'arrive' || r.kind === 'leave'));
  return here.at(-1)?.kind === 'arrive' ? 'leave' : 'arrive';
}
