import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { myMessageBody, myOverviewReply, myVisitRequestBody, visitRequest } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// What the client sees and asks, from the /my routes: always her own client, never an id.

export type Overview = Reply<typeof myOverviewReply>;
export type ComingVisit = Overview['coming'][number];

export const overviewQuery = queryOptions({
  queryKey: ['my', 'overview'],
  queryFn: () => api.get<Overview>('/my/overview'),
});

export const feeDecisionUrl = (month: string): string => `/api/v1/my/fee-decisions/${encodeURIComponent(month)}`;

export function useAskVisitChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof myVisitRequestBody>) => api.post<Reply<typeof visitRequest>>('/my/visit-requests', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['my'] }),
  });
}

export function useSendMyMessage() {
  return useMutation({ mutationFn: (body: Body<typeof myMessageBody>) => api.post('/my/messages', body) });
}
