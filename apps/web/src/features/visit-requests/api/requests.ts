import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { visitRequest, visitRequestDecisionBody, visitRequestListReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// Clients' requests, from their own view, to move or cancel a planned visit.

export type VisitRequest = Reply<typeof visitRequest>;

export const requestsQuery = (status: VisitRequest['status'] | undefined) =>
  queryOptions({
    queryKey: ['visit-requests', status ?? 'all'],
    queryFn: () => api.get<Reply<typeof visitRequestListReply>>('/visit-requests', { status }),
  });

export function useDecide() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<typeof visitRequestDecisionBody> }) =>
      api.post<VisitRequest>(`/visit-requests/${encodeURIComponent(id)}/decision`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['visit-requests'] }),
  });
}
