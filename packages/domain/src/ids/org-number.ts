import { checksumProblem } from './checksum-message.ts';
import { fail, type IdResult } from './result.ts';

export interface OrgNumber {
  /** Always `NNNNNN-NNNN`. */
  normalized: string;
}

const FORM = /^(\d{6})-?(\d{4})$/;

/**
 * Validates a Swedish organisation number (`NNNNNN-NNNN`, hyphen optional). The third digit is 2
 * or more for legal persons (so it can never be mistaken for a birth month: 212000-0159 is a
 * municipality, 556… an aktiebolag); a sole trader has no organisation number of this kind but
 * uses the personal identity number, which this function refuses with a message saying so.
 */
export function parseOrgNumber(input: string): IdResult<OrgNumber> {
  const match = FORM.exec(input.trim());
  if (!match) return fail('expected NNNNNN-NNNN');
  const [, head = '', serial = ''] = match;

  const third = Number(head[2]);
  if (third < 2) {
    return fail(
      `the third digit is ${third} but must be 2 or more in an organisation number (a sole trader uses the personal identity number)`,
    );
  }

  const checksum = checksumProblem(head + serial);
  if (checksum) return fail(checksum);

  return { ok: true, value: { normalized: `${head}-${serial}` } };
}
