import type { ClientCreateBody } from '@hemma/contract/api';
import { parsePhoneNumber } from '@hemma/domain/ids';
import type { Updateable } from 'kysely';
import type { ClientsTable } from '../../db/schema.ts';

// Contact details, next of kin and wishes as stored: trimmed, a blank field as null (a form's
// cleared field sends ''), a telephone number in the display form the domain's rule gives it.
// The schema has already refused what the rule refuses.

type Details = Pick<ClientCreateBody, 'phone' | 'email' | 'nextOfKinName' | 'nextOfKinPhone' | 'wishes'>;
type DetailColumns = Pick<Updateable<ClientsTable>, 'phone' | 'email' | 'next_of_kin_name' | 'next_of_kin_phone' | 'wishes'>;

const text = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim());

function phone(v: string | null): string | null {
  const t = text(v);
  if (t === null) return null;
  const r = parsePhoneNumber(t);
  return r.ok ? r.value.display : t;
}

/** The columns of the fields given; a field left out is left out (a patch keeps what it had). */
export function detailColumns(body: Details): DetailColumns {
  const set: DetailColumns = {};
  if (body.phone !== undefined) set.phone = phone(body.phone);
  if (body.email !== undefined) set.email = text(body.email);
  if (body.nextOfKinName !== undefined) set.next_of_kin_name = text(body.nextOfKinName);
  if (body.nextOfKinPhone !== undefined) set.next_of_kin_phone = phone(body.nextOfKinPhone);
  if (body.wishes !== undefined) set.wishes = text(body.wishes);
  return set;
}
