import { describe, expect, it } from 'vitest';
import { bindingLimit } from './binding.ts';

describe('bindingLimit', () => {
  it('picks the lowest of the three', () => {
    expect(bindingLimit({ tariffOre: 100, maxtaxaOre: 200, capacityOre: 300 })).toEqual({
      binding: 'tariff',
      ore: 100,
    });
    expect(bindingLimit({ tariffOre: 300, maxtaxaOre: 200, capacityOre: 250 })).toEqual({
      binding: 'maxtaxa',
      ore: 200,
    });
    expect(bindingLimit({ tariffOre: 300, maxtaxaOre: 200, capacityOre: 0 })).toEqual({
      binding: 'capacity',
      ore: 0,
    });
  });

  it('breaks ties in the order tariff, maxtaxa, capacity', () => {
    expect(bindingLimit({ tariffOre: 200, maxtaxaOre: 200, capacityOre: 200 }).binding).toBe(
      'tariff',
    );
    expect(bindingLimit({ tariffOre: 300, maxtaxaOre: 200, capacityOre: 200 }).binding).toBe(
      'maxtaxa',
    );
    expect(bindingLimit({ tariffOre: 200, maxtaxaOre: 300, capacityOre: 200 }).binding).toBe(
      'tariff',
    );
    expect(bindingLimit({ tariffOre: 0, maxtaxaOre: 300, capacityOre: 0 }).binding).toBe('tariff');
  });

  it('leaves capacity out when there is no income data', () => {
    expect(bindingLimit({ tariffOre: 300, maxtaxaOre: 200, capacityOre: null })).toEqual({
      binding: 'maxtaxa',
      ore: 200,
    });
    expect(bindingLimit({ tariffOre: 100, maxtaxaOre: 200, capacityOre: null })).toEqual({
      binding: 'tariff',
      ore: 100,
    });
  });
});
