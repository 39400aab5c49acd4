// Exact decimals for the fee model's own settings (`upToHours`, `under65MinimibeloppPercent`).
// The import accepts any number of decimals there, and the spec rounds the exact value, so
// these are read as exact fractions from their decimal text instead of at a fixed scale
// (the shared six-decimal scale threw a RangeError on e.g. `upToHours: 0.3333333`).

interface Fraction {
  num: bigint;
  den: bigint;
}

/** A finite JS number as the exact decimal its shortest text (the JSON it came from) says. */
function fraction(value: number): Fraction {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!m) throw new RangeError(`${value} is not a finite decimal`);
  const [, sign = '', whole = '0', decimals = '', exponent = '0'] = m;
  const shift = Number(exponent) - decimals.length;
  const digits = BigInt(sign + whole + decimals);
  return shift >= 0 ? { num: digits * 10n ** BigInt(shift), den: 1n } : { num: digits, den: 10n ** BigInt(-shift) };
}

/** minutes ≤ hours × 60, exactly. */
export function withinHours(minutes: number, hours: number): boolean {
  const h = fraction(hours);
  return BigInt(minutes) * h.den <= h.num * 60n;
}

/** round(value × percent / 100), half up, for an integer value ≥ 0 and a decimal percent. */
export function percentRoundHalfUp(value: number, percent: number): number {
  const p = fraction(percent);
  const den = 100n * p.den;
  return Number((2n * BigInt(value) * p.num + den) / (2n * den));
}
