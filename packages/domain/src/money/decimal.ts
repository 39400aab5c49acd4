// Exact decimals for settings that may carry any number of decimals (hours per month, cap and
// declined percents): the import takes what JSON gives, e.g. 1/3 hour as 0.3333333333333333,
// and the spec rounds the exact product half up. A number is read from its shortest decimal
// text (what JSON wrote), as units / 10^k in BigInt, so no product goes through a float.

export interface ExactDecimal {
  units: bigint;
  scale: bigint; // a power of ten
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

export function exactDecimal(value: number): ExactDecimal {
  const m = DECIMAL_TEXT.exec(String(value));
  if (m === null) throw new RangeError(`${value} is not a finite decimal`);
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = m;
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(sign + whole + fraction);
  return shift >= 0 ? { units: digits * 10n ** BigInt(shift), scale: 1n } : { units: digits, scale: 10n ** BigInt(-shift) };
}

/** round(numerator / denominator) half up (towards +∞ at .5), denominator > 0. */
export function roundHalfUpExact(numerator: bigint, denominator: bigint): number {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  const n = 2n * numerator + denominator;
  const d = 2n * denominator;
  const q = n / d;
  // BigInt division truncates towards zero; floor for negative quotients with a remainder.
  return Number(n % d !== 0n && n < 0n ? q - 1n : q);
}

/** Σ values exactly, as one decimal. */
export function sumExact(values: Iterable<number>): ExactDecimal {
  let units = 0n;
  let scale = 1n;
  for (const value of values) {
    const d = exactDecimal(value);
    if (d.scale > scale) {
      units *= d.scale / scale;
      scale = d.scale;
    }
    units += d.units * (scale / d.scale);
  }
  return { units, scale };
}
