import { parsePersonalNumber } from '@hemma/domain/ids';
import { localDate } from '../../../lib/format.ts';

// The same check the server makes (the domain's parsePersonalNumber), run as the user types so a
// typo shows at once; the server checks again when the form is sent.

export type PersonalNumberState =
  | { kind: 'empty' }
  | { kind: 'incomplete' }
  | { kind: 'valid'; canonical: string }
  | { kind: 'format' | 'date' | 'checksum' };

export function checkPersonalNumber(input: string, today: Date): PersonalNumberState {
  const trimmed = input.trim();
  if (trimmed === '') return { kind: 'empty' };
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 10) return { kind: 'incomplete' };
  const result = parsePersonalNumber(trimmed, localDate(today));
  if (result.ok) return { kind: 'valid', canonical: result.value.normalized };
  if (result.message.startsWith('checksum')) return { kind: 'checksum' };
  if (result.message.startsWith('expected')) return { kind: 'format' };
  return { kind: 'date' };
}
