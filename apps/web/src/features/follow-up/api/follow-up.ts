import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  deviation,
  deviationDecisionBody,
  deviationListReply,
  excessReviewBody,
  excessReviewListReply,
  followUpReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The case officer's follow-up of her district for a month: statement lines per client (ordered
// against performed), excess to review with the visits behind it, and deviations to decide.

export type FollowUp = Reply<typeof followUpReply>;
export type Excess = Reply<typeof excessReviewListReply>['excess'][number];
export type Deviation = Reply<typeof deviation>;
const enc = encodeURIComponent;

export const followUpQuery = (month: string) =>
  queryOptions({
    queryKey: ['follow-up', month],
    queryFn: () => api.get<FollowUp>(`/follow-up/${enc(month)}`),
  });

export const excessQuery = (month: string) =>
  queryOptions({
    queryKey: ['follow-up', month, 'excess'],
    queryFn: () =>
      api.get<Reply<typeof excessReviewListReply>>(`/follow-up/${enc(month)}/excess`, {
        status: 'all',
      }),
  });

export const deviationsQuery = (month: string) =>
  queryOptions({
    queryKey: ['deviations', month],
    queryFn: () => api.get<Reply<typeof deviationListReply>>('/deviations', { month }),
  });

export function useReviewExcess(month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      providerId,
      clientId,
      body,
    }: {
      providerId: string;
      clientId: string;
      body: Body<typeof excessReviewBody>;
    }) =>
      api.post<null>(
        `/statements/${enc(month)}/${enc(providerId)}/excess/${enc(clientId)}/review`,
        body,
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['follow-up', month] });
      await client.invalidateQueries({ queryKey: ['todo'] });
    },
  });
}

export function useDecideDeviation(month: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<typeof deviationDecisionBody> }) =>
      api.post<Deviation>(`/deviations/${enc(id)}/decision`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['deviations', month] });
      await client.invalidateQueries({ queryKey: ['todo'] });
    },
  });
}
