import { queryOptions } from '@tanstack/react-query';
import type { enrolmentReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

export type Enrolment = Reply<typeof enrolmentReply>;

/** The new account's authenticator secret, as a QR code; only between password and first code. */
export const enrolmentQuery = queryOptions({
  queryKey: ['auth', 'enrolment'],
  queryFn: () => api.get<Enrolment>('/auth/enrolment'),
  staleTime: Infinity,
  gcTime: 0,
  retry: false,
});
