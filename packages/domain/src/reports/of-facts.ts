// The monthly report documents from the clients' facts (client-facts.ts) and what is read at
// the time of the report: the clients' districts and ages, the staff's providers and units
// (not part of the facts, so a change to them needs no recomputation), and the month's shift
// minutes per staff member.

import type { CareData, Client, Staff } from '../model/care-data.ts';
import { compareIds } from '../registrations/ordering.ts';
import type { ClientReportFacts } from './client-facts.ts';
import type { Continuity14Document } from './continuity-14.ts';
import { continuity14OfDays } from './continuity-14.ts';
import type { ContinuityDocument } from './continuity.ts';
import { continuityOfClients, providerLookup } from './continuity.ts';
import type { FollowUpDocument } from './follow-up.ts';
import { districtLookup, followUpOfCells } from './follow-up.ts';
import type { TimeAtClientsDocument, TimeInputs } from './time-at-clients.ts';
import { shiftMinutesByStaff, timeAtClientsDocument } from './time-at-clients.ts';

export interface ReportDirectory {
  municipality: string;
  clients: readonly Pick<Client, 'id' | 'personalNumber' | 'district'>[];
  staff: readonly Staff[];
  /** Minutes of the shifts starting in the month, per staff member (`shiftMinutesByStaff`; time at clients reads them). */
  shiftMinutes: ReadonlyMap<string, number>;
}

/** The directory of `month` from its loaded facts. */
export function directoryOf(data: CareData, month: string): ReportDirectory {
  return {
    municipality: data.municipality.id,
    clients: data.clients,
    staff: data.staff,
    shiftMinutes: shiftMinutesByStaff(data.shifts ?? [], month, data.municipality.timezone),
  };
}

export function continuityOfFacts(dir: ReportDirectory, month: string, facts: readonly ClientReportFacts[]): ContinuityDocument {
  return continuityOfClients(dir.municipality, month, facts.map((f) => ({ client: f.client, staff: f.met })), providerLookup(dir.staff));
}

/** `facts` of every month the 14 days from `from` touch. */
export function continuity14OfFacts(dir: ReportDirectory, from: string, facts: readonly ClientReportFacts[]): Continuity14Document {
  const stretches = facts.flatMap((f) => (f.indicator === null ? [] : [{ client: f.client, days: f.indicator }]));
  return continuity14OfDays(dir.municipality, from, dir.clients, stretches);
}

export function timeInputsOfFacts(dir: ReportDirectory, facts: readonly ClientReportFacts[]): TimeInputs {
  return { staff: dir.staff, visitTimes: facts.flatMap((f) => f.visits), shiftMinutes: dir.shiftMinutes };
}

export function timeAtClientsOfFacts(dir: ReportDirectory, month: string, facts: readonly ClientReportFacts[]): TimeAtClientsDocument {
  return timeAtClientsDocument(dir.municipality, month, timeInputsOfFacts(dir, facts));
}

export function followUpOfFacts(dir: ReportDirectory, month: string, facts: readonly ClientReportFacts[]): FollowUpDocument {
  const excess = facts.flatMap((f) => f.excess).sort((a, b) => compareIds(a.client, b.client) || compareIds(a.provider, b.provider));
  return followUpOfCells(dir.municipality, month, facts.flatMap((f) => f.cells), excess, districtLookup(dir.clients));
}
