import type { FeeModel } from '../model/care-data.ts';

/**
 * The fee model in force on `date`: the latest `from` on or before it (of equal `from`s the
 * one listed last, as for rates), or undefined when none is yet in force.
 */
export function feeModelInForce(models: readonly FeeModel[], date: string): FeeModel | undefined {
  let inForce: FeeModel | undefined;
  for (const model of models) {
    if (model.from <= date && (inForce === undefined || model.from >= inForce.from))
      inForce = model;
  }
  return inForce;
}
