import { daysInMonth, formatIsoDate, pad2, parseIsoDate, type DateParts } from './calendar.ts';
import { checksumProblem } from './checksum-message.ts';
import { fail, type IdResult } from './result.ts';

export interface PersonalNumber {
  /** Always the 12-digit form `YYYYMMDD-NNNN`; a samordningsnummer keeps its day + 60. */
  normalized: string;
  /** The real birth date `YYYY-MM-DD` (a samordningsnummer's day minus 60). */
  birthDate: string;
  /** True for a samordningsnummer (coordination number: day + 60). */
  coordination: boolean;
  /** From the ninth of the ten digits: odd is male, even is female. */
  sex: 'female' | 'male';
}

const TWELVE = /^(\d{4})(\d{2})(\d{2})-?(\d{4})$/;
const TEN = /^(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})$/;
const FORMAT = 'expected YYYYMMDD-NNNN or YYMMDD-NNNN';
const COORDINATION_OFFSET = 60;

interface Parts {
  /** Null when a 10-digit number's separator admits no year. */
  year: number | null;
  month: string;
  day: string;
  serial: string;
}

/**
 * Validates a Swedish personnummer or samordningsnummer and normalises it to 12 digits.
 * Accepts `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN` and `YYMMDDNNNN`.
 * A 10-digit form gets its century from `referenceDate` (`YYYY-MM-DD`, e.g. the import date;
 * never the clock) as the population register writes it: the `+` replaces the `-` from the
 * start of the year in which the person turns 100. So `-` (or none) means born in a year after
 * (reference year − 100) and on or before the reference date, `+` born in or before the year
 * (reference year − 100); the latest such year is taken.
 * Refused, the first problem found: format, date, a birth date after the reference date, birth
 * number 000 (never issued), checksum.
 */
export function parsePersonalNumber(
  input: string,
  referenceDate: string,
): IdResult<PersonalNumber> {
  const parts = splitParts(input.trim(), referenceDate);
  if (!parts) return fail(FORMAT);
  const { year, month, day, serial } = parts;
  if (year === null) {
    const refYear = reference(referenceDate).year;
    return fail(
      `no birth year fits "-": it means born after ${refYear - 100} and on or before ${referenceDate}; one who turns 100 in ${refYear} is written with "+"`,
    );
  }

  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return fail(`month ${month} does not exist`);

  const coordination = Number(day) > COORDINATION_OFFSET;
  const realDay = coordination ? Number(day) - COORDINATION_OFFSET : Number(day);
  const yearMonth = `${String(year).padStart(4, '0')}-${month}`;
  if (realDay < 1 || realDay > daysInMonth(year, monthNumber)) {
    return fail(
      coordination
        ? `samordningsnummer day ${day} (day ${pad2(realDay)}) does not exist in ${yearMonth}`
        : `day ${day} does not exist in ${yearMonth}`,
    );
  }

  const birthDate = formatIsoDate({ year, month: monthNumber, day: realDay });
  if (birthDate > referenceDate) return fail(`birth date ${birthDate} is after ${referenceDate}`);
  if (serial.startsWith('000')) return fail('birth number 000 is never issued');

  const tenDigits = `${String(year % 100).padStart(2, '0')}${month}${day}${serial}`;
  const checksum = checksumProblem(tenDigits);
  if (checksum) return fail(checksum);

  return {
    ok: true,
    value: {
      normalized: `${String(year).padStart(4, '0')}${month}${day}-${serial}`,
      birthDate,
      coordination,
      sex: Number(serial[2]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

function splitParts(text: string, referenceDate: string): Parts | null {
  const twelve = TWELVE.exec(text);
  if (twelve) {
    const [, year = '', month = '', day = '', serial = ''] = twelve;
    return { year: Number(year), month, day, serial };
  }
  const ten = TEN.exec(text);
  if (ten) {
    const [, yy = '', month = '', day = '', separator = '', serial = ''] = ten;
    const year = expandCentury(Number(yy), month, day, separator === '+', referenceDate);
    return { year, month, day, serial };
  }
  return null;
}

function reference(referenceDate: string): DateParts {
  return parseIsoDate(referenceDate, 'referenceDate');
}

/**
 * The full year of a 10-digit number's `YY`, by the rule above: `+` the latest year ending in
 * `YY` not after (reference year − 100); otherwise the latest year ending in `YY` whose birthday
 * (month and day as written) is not after the reference date, which must also be after
 * (reference year − 100): null when none is (a `-` that should have been a `+`).
 */
function expandCentury(
  yy: number,
  month: string,
  day: string,
  centenarian: boolean,
  referenceDate: string,
): number | null {
  const ref = reference(referenceDate);
  if (centenarian) {
    const latest = ref.year - 100;
    return latest - ((((latest - yy) % 100) + 100) % 100);
  }
  const realDay =
    Number(day) > COORDINATION_OFFSET ? Number(day) - COORDINATION_OFFSET : Number(day);
  const year = ref.year - ((((ref.year - yy) % 100) + 100) % 100);
  // Month and day compared as written: an impossible date still gets a year, so the date
  // check that follows can say what is wrong with it.
  const birthKey = `${month}-${pad2(realDay)}`;
  const referenceKey = `${pad2(ref.month)}-${pad2(ref.day)}`;
  // Born later this year than the reference date cannot be a '-' number of this century, and a
  // century earlier the person has turned 100 this year and would be written with '+'.
  return year === ref.year && birthKey > referenceKey ? null : year;
}
