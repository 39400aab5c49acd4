// Reference implementation (test oracle): exact arithmetic. Settings such as hours, percents
// and cap percents may be decimals; they are read from their decimal text as a fraction so
// that "round half up" is decided exactly, never through a float like x.4999….

export interface Fraction {
  num: bigint;
  den: bigint;
}

/** A JSON number as an exact fraction of its shortest decimal text. */
export function fractionOf(x: number): Fraction {
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (!match) throw new RangeError(`not a decimal: ${text}`);
  const [, sign = '', whole = '0', frac = '', exp = '0'] = match;
  let num = BigInt(whole + frac) * (sign === '-' ? -1n : 1n);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  if (e < 0) den *= 10n ** BigInt(-e);
  return { num, den };
}

/** round(num / den) with halves away from zero upwards (half up), den > 0. */
export function roundHalfUp(num: bigint, den: bigint): number {
  if (den <= 0n) throw new RangeError('denominator must be positive');
  // floor((2·num + den) / (2·den)), with a floor that is correct for negative values too.
  const n = 2n * num + den;
  const d = 2n * den;
  let q = n / d;
  if (n % d !== 0n && n < 0n) q -= 1n;
  return Number(q);
}

/** round(a × b / c) half up for integers and decimals given as fractions. */
export function roundProduct(factors: (number | Fraction)[], divisor: number | Fraction): number {
  let num = 1n;
  let den = 1n;
  for (const f of factors) {
    const fr = typeof f === 'number' ? fractionOf(f) : f;
    num *= fr.num;
    den *= fr.den;
  }
  const dv = typeof divisor === 'number' ? fractionOf(divisor) : divisor;
  return roundHalfUp(num * dv.den, den * dv.num);
}
