import { daysInMonth, formatIsoDate, pad2, parseIsoDate } from './calendar.ts';
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
  year: number;
  month: string;
  day: string;
  serial: string;
}

/**
 * Validates a Swedish personnummer or samordningsnummer and normalises it to 12 digits.
 * Accepts `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN`, `YYMMDD+NNNN` and `YYMMDDNNNN`.
 * A 10-digit form gets its century from `referenceDate` (`YYYY-MM-DD`, e.g. the import date;
 * never the clock): with `-` or no separator the latest century that puts the birth date on or
 * before the reference date, with `+` (100 years or older) the century before that.
 * The first problem found is reported: format, then date, then checksum.
 */
export function parsePersonalNumber(
  input: string,
  referenceDate: string,
): IdResult<PersonalNumber> {
  const parts = splitParts(input.trim(), referenceDate);
  if (!parts) return fail(FORMAT);
  const { year, month, day, serial } = parts;

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

  const tenDigits = `${String(year % 100).padStart(2, '0')}${month}${day}${serial}`;
  const checksum = checksumProblem(tenDigits);
  if (checksum) return fail(checksum);

  return {
    ok: true,
    value: {
      normalized: `${String(year).padStart(4, '0')}${month}${day}-${serial}`,
      birthDate: formatIsoDate({ year, month: monthNumber, day: realDay }),
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

/** The full year of a 10-digit number's `YY`, by the rule above. */
function expandCentury(
  yy: number,
  month: string,
  day: string,
  centenarian: boolean,
  referenceDate: string,
): number {
  const reference = parseIsoDate(referenceDate, 'referenceDate');
  const realDay =
    Number(day) > COORDINATION_OFFSET ? Number(day) - COORDINATION_OFFSET : Number(day);
  let year = Math.floor(reference.year / 100) * 100 + yy;
  // Month and day compared as written: an impossible date still gets a century, so the date
  // check that follows can say what is wrong with it.
  const birthKey = `${month}-${pad2(realDay)}`;
  const referenceKey = `${pad2(reference.month)}-${pad2(reference.day)}`;
  if (year > reference.year || (year === reference.year && birthKey > referenceKey)) year -= 100;
  return centenarian ? year - 100 : year;
}
