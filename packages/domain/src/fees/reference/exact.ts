// Exact arithmetic for the reference: every figure the spec rounds is a ratio of integers, so
// the reference works in BigInt and never trusts a binary float (0.1 h must be exactly 6 min).

/** A decimal number from the scenario (e.g. hours 1.15) as an exact fraction num/den. */
export interface Fraction {
  num: bigint;
  den: bigint;
}

/** Parses a JS number through its shortest decimal text, which is what the JSON file said. */
export function fractionOf(value: number): Fraction {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(text);
  if (!m) throw new Error(`reference: cannot read number ${text}`);
  const [, sign = '', whole = '0', frac = '', exp = '0'] = m;
  let num = BigInt(whole + frac);
  let den = 10n ** BigInt(frac.length);
  const e = Number(exp);
  if (e > 0) num *= 10n ** BigInt(e);
  if (e < 0) den *= 10n ** BigInt(-e);
  return { num: sign === '-' ? -num : num, den };
}

/** round(num / den) half up (towards +infinity at .5), den > 0. */
export function roundHalfUp(num: bigint, den: bigint): bigint {
  return floorDiv(2n * num + den, 2n * den);
}

export function floorDiv(num: bigint, den: bigint): bigint {
  const q = num / den;
  return (num % den !== 0n && (num < 0n) !== (den < 0n)) ? q - 1n : q;
}
