import { describe, expect, it } from 'vitest';
import type { OutboxItem } from './phone-db.ts';
import { headOf, refusedIndex } from './sender.ts';

describe('refusedIndex', () => {
  it('reads the registration\'s index from both path styles of the API', () => {
    expect(refusedIndex('registrations[3].tag')).toBe(3);
    expect(refusedIndex('/body/registrations/12/at')).toBe(12);
    expect(refusedIndex('registrations.0.client')).toBe(0);
  });

  it('has none when the path names no registration', () => {
    expect(refusedIndex(undefined)).toBeUndefined();
    expect(refusedIndex('/body')).toBeUndefined();
  });
});

describe('headOf', () => {
  const reg = (seq: number): OutboxItem => ({ seq, clientId: 'c1', clientName: 'A', queuedAt: '', registration: { id: `r${seq}`, kind: 'arrive', method: 'nfc', at: '' } });
  const note = (seq: number): OutboxItem => ({ seq, clientId: 'c1', clientName: 'A', queuedAt: '', note: { id: `n${seq}`, client: 'c1', body: 'x', writtenAt: '' } });
  const seqs = (items: OutboxItem[]) => headOf(items).map((i) => i.seq);

  it('sends the registrations up to the first note together, and a note alone', () => {
    expect(seqs([reg(1), reg(2), note(3), reg(4)])).toEqual([1, 2]);
    expect(seqs([note(3), reg(4)])).toEqual([3]);
    expect(seqs([note(3), note(5)])).toEqual([3]);
    expect(seqs([])).toEqual([]);
  });

  it('never puts more than 500 registrations in one request', () => {
    expect(headOf(Array.from({ length: 501 }, (_, i) => reg(i)))).toHaveLength(500);
  });
});
