import type { RegistrationInput } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { Refusal } from './refusal.ts';

// The checks a batch gets before the database is asked: whose registrations they are, and ids
// repeated within the batch. Pure, so the rules are easy to read and test.

export interface Item {
  /** Position in the batch, for error paths. */
  index: number;
  input: RegistrationInput;
  staffId: string;
  atMs: number;
}

export const pathOf = (index: number, field: string): string => `registrations[${index}].${field}`;

/**
 * Staff register for themselves; a provider manager names the staff member (a correction on
 * their behalf). Whether that staff member works for the manager's provider is checked against
 * the database later.
 */
export function staffOf(actor: Actor, input: RegistrationInput, index: number): string {
  if (actor.role === 'staff') {
    if (actor.staffId === null) throw new Refusal(403, 'forbidden', 'this account is not linked to a staff member: ask your manager to link it');
    if (input.staff !== undefined && input.staff !== actor.staffId) {
      throw new Refusal(403, 'forbidden', 'staff register only for themselves', pathOf(index, 'staff'));
    }
    return actor.staffId;
  }
  if (input.staff === undefined) throw new Refusal(400, 'invalid', 'name the staff member the registration is for', pathOf(index, 'staff'));
  return input.staff;
}

/** Equal content in the sense of R-1: the same instant counts as equal whatever its offset. */
export function sameInput(a: Item, b: Item): boolean {
  const x = a.input;
  const y = b.input;
  return (
    x.kind === y.kind && x.method === y.method && a.staffId === b.staffId && a.atMs === b.atMs &&
    x.tag === y.tag && x.client === y.client && x.reason === y.reason && x.corrects === y.corrects &&
    x.plannedMinutes === y.plannedMinutes && x.category === y.category
  );
}

export const conflictRefusal = (id: string, index: number, where: string): Refusal =>
  new Refusal(409, 'conflict', `registration ${id} is ${where} with other content; a registration is never changed (send a new one with corrects)`, pathOf(index, 'id'));

/**
 * Items in batch order with repeats of one id removed; a repeat with other content refuses the
 * batch. Returns the items to store and how many repeats were dropped.
 */
export function prepareBatch(actor: Actor, inputs: readonly RegistrationInput[]): { items: Item[]; repeats: number } {
  const byId = new Map<string, Item>();
  const items: Item[] = [];
  inputs.forEach((input, index) => {
    const item: Item = { index, input, staffId: staffOf(actor, input, index), atMs: Date.parse(input.at) };
    const first = byId.get(input.id);
    if (!first) {
      byId.set(input.id, item);
      items.push(item);
    } else if (!sameInput(first, item)) {
      throw conflictRefusal(input.id, index, `already in this batch (registrations[${first.index}])`);
    }
  });
  return { items, repeats: inputs.length - items.length };
}
