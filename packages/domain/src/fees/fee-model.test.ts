import { describe, expect, it } from 'vitest';
import type { FeeModel } from '../model/care-data.ts';
import { feeModelInForce } from './fee-model.ts';

const model = (from: string, ore: number): FeeModel => ({
  from,
  basis: 'performed',
  tariff: { kind: 'fixed', ore },
  under65MinimibeloppPercent: 100,
  declinedAtDoorFeeOre: 0,
});

describe('feeModelInForce', () => {
  const models = [model('2017-05-15', 2), model('2017-01-01', 1)];

  it('takes the latest entry from on or before the date, whatever the listed order', () => {
    expect(feeModelInForce(models, '2017-05-01')?.tariff).toEqual({ kind: 'fixed', ore: 1 });
    expect(feeModelInForce(models, '2017-05-15')?.tariff).toEqual({ kind: 'fixed', ore: 2 });
    expect(feeModelInForce(models, '2017-06-01')?.tariff).toEqual({ kind: 'fixed', ore: 2 });
  });

  it('is undefined before the first entry', () => {
    expect(feeModelInForce(models, '2016-12-01')).toBeUndefined();
    expect(feeModelInForce([], '2017-05-01')).toBeUndefined();
  });

  it('takes the one listed last of entries with the same from', () => {
    expect(
      feeModelInForce([model('2017-01-01', 1), model('2017-01-01', 3)], '2017-05-01')?.tariff,
    ).toEqual({ kind: 'fixed', ore: 3 });
  });
});
