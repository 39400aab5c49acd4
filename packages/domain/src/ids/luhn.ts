// The Luhn (mod 10) checksum used by Swedish personal identity numbers and organisation
// numbers. It runs over exactly ten digits: the century of a 12-digit personal number is not
// part of it.

/** The digit that makes `digits` + that digit pass the Luhn check. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  // Weights alternate 2,1,2,1… from the left for the nine payload digits; doubled digits
  // above 9 contribute their digit sum (d × 2 − 9).
  for (let i = 0; i < digits.length; i++) {
    const weighted = Number(digits[i]) * ((digits.length - i) % 2 === 1 ? 2 : 1);
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `digits` is the Luhn check digit of the others. */
export function luhnValid(digits: string): boolean {
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.slice(-1));
}
