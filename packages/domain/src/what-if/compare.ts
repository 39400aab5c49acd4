// The real month beside the same month under changed rules, both computed by the one engine
// (computeStatements, feesForMonth) from the same care data held in memory.

import { feesForMonth } from '../fees/fees-for-month.ts';
import type { CareData } from '../model/care-data.ts';
import { computeStatements } from '../statements/compute.ts';
import { applyChanges, type WhatIfChanges } from './changes.ts';

export interface Amounts {
  realOre: number;
  changedOre: number;
  differenceOre: number;
}

export interface ProviderComparison extends Amounts {
  provider: string;
  name: string;
}

export interface DistrictComparison extends Amounts {
  district: string;
  name: string;
}

export interface ClientComparison extends Amounts {
  client: string;
  name: string;
  district: string;
  /** The client's fee, real and changed (a fee is not part of the providers' pay). */
  fee: Amounts;
}

export interface Comparison {
  months: string[];
  /** What the municipality pays the providers. */
  statements: Amounts;
  /** What the clients pay in fees. */
  fees: Amounts;
  byMonth: { month: string; statements: Amounts; fees: Amounts }[];
  providers: ProviderComparison[];
  districts: DistrictComparison[];
  clients: ClientComparison[];
}

function amounts(realOre: number, changedOre: number): Amounts {
  return { realOre, changedOre, differenceOre: changedOre - realOre };
}

function add(a: Amounts, b: Amounts): Amounts {
  return amounts(a.realOre + b.realOre, a.changedOre + b.changedOre);
}

const ZERO = amounts(0, 0);

/** Öre paid per client (its lines and approved excess, over every provider) and per provider. */
function paidBy(data: CareData, month: string): { providers: Map<string, number>; clients: Map<string, number>; total: number } {
  const doc = computeStatements(data, month);
  const providers = new Map<string, number>();
  const clients = new Map<string, number>();
  for (const s of doc.statements) {
    providers.set(s.provider, s.totalOre);
    for (const l of s.lines) clients.set(l.client, (clients.get(l.client) ?? 0) + l.amountOre);
    for (const e of s.approvedExcess) clients.set(e.client, (clients.get(e.client) ?? 0) + e.amountOre);
  }
  return { providers, clients, total: doc.statements.reduce((sum, s) => sum + s.totalOre, 0) };
}

function feesOf(data: CareData, month: string): Map<string, number> {
  return new Map(feesForMonth(data, month).fees.map((f) => [f.client, f.feeOre]));
}

function sumMap(m: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const v of m.values()) sum += v;
  return sum;
}

/** One month: `data` is the month's care data as loaded; it is read, never changed. */
export function compareMonth(data: CareData, month: string, changes: WhatIfChanges): Comparison {
  const changedData = applyChanges(data, changes);
  const real = paidBy(data, month);
  const changed = paidBy(changedData, month);
  const realFees = feesOf(data, month);
  const changedFees = feesOf(changedData, month);

  const providerIds = new Set([...real.providers.keys(), ...changed.providers.keys()]);
  const providers = data.providers
    .filter((p) => providerIds.has(p.id))
    .map((p) => ({ provider: p.id, name: p.name, ...amounts(real.providers.get(p.id) ?? 0, changed.providers.get(p.id) ?? 0) }));

  const clientIds = new Set([...real.clients.keys(), ...changed.clients.keys(), ...realFees.keys(), ...changedFees.keys()]);
  const clients = data.clients
    .filter((c) => clientIds.has(c.id))
    .map((c) => ({
      client: c.id,
      name: c.name,
      district: c.district,
      ...amounts(real.clients.get(c.id) ?? 0, changed.clients.get(c.id) ?? 0),
      fee: amounts(realFees.get(c.id) ?? 0, changedFees.get(c.id) ?? 0),
    }));

  const districts = data.districts.map((d) => {
    const own = clients.filter((c) => c.district === d.id);
    return { district: d.id, name: d.name, ...own.reduce<Amounts>((sum, c) => add(sum, c), ZERO) };
  });

  const statements = amounts(real.total, changed.total);
  const fees = amounts(sumMap(realFees), sumMap(changedFees));
  return { months: [month], statements, fees, byMonth: [{ month, statements, fees }], providers, districts, clients };
}

function mergeRows<T extends Amounts>(rows: readonly T[], key: (row: T) => string, merge: (a: T, b: T) => T): T[] {
  const out = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = out.get(k);
    out.set(k, seen === undefined ? row : merge(seen, row));
  }
  return [...out.values()];
}

/** Several months' comparisons as one, summed per provider, district and client. */
export function combineComparisons(parts: readonly Comparison[]): Comparison {
  return {
    months: parts.flatMap((p) => p.months),
    statements: parts.reduce<Amounts>((s, p) => add(s, p.statements), ZERO),
    fees: parts.reduce<Amounts>((s, p) => add(s, p.fees), ZERO),
    byMonth: parts.flatMap((p) => p.byMonth),
    providers: mergeRows(parts.flatMap((p) => p.providers), (r) => r.provider, (a, b) => ({ ...a, ...add(a, b) })),
    districts: mergeRows(parts.flatMap((p) => p.districts), (r) => r.district, (a, b) => ({ ...a, ...add(a, b) })),
    clients: mergeRows(parts.flatMap((p) => p.clients), (r) => r.client, (a, b) => ({ ...a, ...add(a, b), fee: add(a.fee, b.fee) })),
  };
}
