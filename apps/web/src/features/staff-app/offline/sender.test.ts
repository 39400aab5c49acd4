import { describe, expect, it } from 'vitest';
import { refusedIndex } from './sender.ts';

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
