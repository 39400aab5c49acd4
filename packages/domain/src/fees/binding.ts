import type { Binding } from './types.ts';

export interface Limits {
  tariffOre: number;
  maxtaxaOre: number;
  /** Null without income data: then only tariff and maxtaxa limit the fee. */
  capacityOre: number | null;
}

/** The lowest limit and which one it is; ties go to tariff, then maxtaxa, then capacity. */
export function bindingLimit({ tariffOre, maxtaxaOre, capacityOre }: Limits): {
  binding: Binding;
  ore: number;
} {
  let lowest: { binding: Binding; ore: number } = { binding: 'tariff', ore: tariffOre };
  // Strictly lower only, so an equal later limit never takes over: that is the tie order.
  if (maxtaxaOre < lowest.ore) lowest = { binding: 'maxtaxa', ore: maxtaxaOre };
  if (capacityOre !== null && capacityOre < lowest.ore)
    lowest = { binding: 'capacity', ore: capacityOre };
  return lowest;
}
