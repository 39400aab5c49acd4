import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SERVICE_AREAS } from './care-data.ts';
import { areasNotOffered } from './service-offer.ts';

describe('areasNotOffered', () => {
  it('is empty when the provider offers every ordered area', () => {
    expect(areasNotOffered(['personal_care', 'service'], SERVICE_AREAS)).toEqual([]);
    expect(areasNotOffered([], ['service'])).toEqual([]);
  });

  it('names each missing area once, in the canonical order', () => {
    expect(areasNotOffered(['alarm', 'personal_care', 'service', 'alarm'], ['service'])).toEqual(['personal_care', 'alarm']);
  });

  it('ignores names that are no service area (the schema refuses those)', () => {
    expect(areasNotOffered(['gardening'], ['service'])).toEqual([]);
  });

  it('holds for any order and offer: missing ∪ (ordered ∩ offered) = ordered', () => {
    const areas = fc.subarray([...SERVICE_AREAS]);
    fc.assert(
      fc.property(areas, areas, (ordered, offered) => {
        const missing = areasNotOffered(ordered, offered);
        expect(missing.every((a) => ordered.includes(a) && !offered.includes(a))).toBe(true);
        expect(ordered.every((a) => missing.includes(a) || offered.includes(a))).toBe(true);
      }),
    );
  });
});
