import { checksumProblem } from './checksum-message.ts';
import { parsePersonalNumber } from './personal-number.ts';
import { fail, type IdResult } from './result.ts';

export interface OrgNumber {
  /** `NNNNNN-NNNN` for a legal person; a sole trader's personal number in 12 digits. */
  normalized: string;
  /** A sole trader (enskild näringsidkare) is identified by the owner's personnummer. */
  soleTrader: boolean;
}

// A legal person's number, optionally with the `16` prefix that 12-digit fields use for it.
const LEGAL = /^(?:16)?(\d{6})-?(\d{4})$/;
const FORMAT = 'expected NNNNNN-NNNN (or 16NNNNNN-NNNN), or a sole trader\u2019s personal number';

/**
 * Validates a Swedish organisation number. A legal person's (`NNNNNN-NNNN`, hyphen optional,
 * or the 12-digit `16NNNNNN-NNNN`) has a third digit of 2 or more, so it can never be a birth
 * month (212000-0159 is a municipality, 556… an aktiebolag). A sole trader has no number of
 * its own and uses the owner's personnummer: a number whose third digit is 0 or 1, or any
 * 12-digit `19…`/`20…` form, is read as one, its century fixed by `referenceDate` as for any
 * personal number (`YYYY-MM-DD`, never the clock).
 */
export function parseOrgNumber(input: string, referenceDate: string): IdResult<OrgNumber> {
  const text = input.trim();
  const legal = LEGAL.exec(text);
  const prefixed = text.startsWith('16') && /^\d{8}-?\d{4}$/.test(text);
  if (legal && (prefixed || Number(legal[1]?.[2]) >= 2)) {
    const [, head = '', serial = ''] = legal;
    if (Number(head[2]) < 2) {
      return fail(`the third digit after the 16 prefix is ${head[2]} but must be 2 or more (the prefix is for legal persons)`);
    }
    const checksum = checksumProblem(head + serial);
    if (checksum) return fail(checksum);
    return { ok: true, value: { normalized: `${head}-${serial}`, soleTrader: false } };
  }
  // A birth month's first digit is 0 or 1 (a samordningsnummer changes only the day).
  if (!/^(\d{2}|\d{4})[01]\d{3}[-+]?\d{4}$/.test(text)) return fail(FORMAT);
  const person = parsePersonalNumber(text, referenceDate);
  if (!person.ok) return fail(`read as a sole trader\u2019s personal number (third digit below 2): ${person.message}`);
  return { ok: true, value: { normalized: person.value.normalized, soleTrader: true } };
}
