import { queryOptions } from '@tanstack/react-query';
import type { clientFeeReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// The client's fee of a month as the fee engine computes it (read-only on the client page).

export type ClientFee = Reply<typeof clientFeeReply>;

const enc = encodeURIComponent;

export const clientFeeQuery = (clientId: string, month: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'fee', month],
    queryFn: () => api.get<ClientFee>(`/clients/${enc(clientId)}/fees/${enc(month)}`),
  });

/** The fee decision of the month as a PDF: a plain link, the session cookie goes with it. */
export const feeDecisionUrl = (clientId: string, month: string): string =>
  `/api/v1/clients/${enc(clientId)}/fees/${enc(month)}/decision`;
