import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { plan, planCreateBody, planListReply, planPatchBody } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The plan agreed with the client, per accepted order: written by the provider manager.

export type Plan = Reply<typeof plan>;
export type PlanBody = Body<typeof planCreateBody>;
const enc = encodeURIComponent;

export const orderPlansQuery = (orderId: string) =>
  queryOptions({
    queryKey: ['orders', orderId, 'plans'],
    queryFn: () => api.get<Reply<typeof planListReply>>(`/orders/${enc(orderId)}/plans`),
  });

export function useSavePlan(orderId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ planId, body }: { planId: string | null; body: PlanBody }) =>
      planId
        ? api.patch<Plan>(
            `/orders/${enc(orderId)}/plans/${enc(planId)}`,
            body as Body<typeof planPatchBody>,
          )
        : api.post<Plan>(`/orders/${enc(orderId)}/plans`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['orders', orderId, 'plans'] }),
  });
}
