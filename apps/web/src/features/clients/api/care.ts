import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  decisionCreateBody,
  decisionListReply,
  order,
  orderCreateBody,
  orderEndBody,
  orderListReply,
  orderPatchBody,
  planListReply,
  visitsReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// A client's care as the case officer follows it: decisions, orders, the provider's plans, and
// the month's visits.

export type Decision = Reply<typeof decisionListReply>['decisions'][number];
export type Order = Reply<typeof order>;
export type Plan = Reply<typeof planListReply>['plans'][number];
export type Visits = Reply<typeof visitsReply>;

const enc = encodeURIComponent;

export const decisionsQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'decisions'],
    queryFn: () => api.get<Reply<typeof decisionListReply>>(`/clients/${enc(clientId)}/decisions`),
  });

export const ordersQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'orders'],
    queryFn: () => api.get<Reply<typeof orderListReply>>('/orders', { clientId, limit: 500 }),
  });

export const plansQuery = (orderId: string) =>
  queryOptions({
    queryKey: ['orders', orderId, 'plans'],
    queryFn: () => api.get<Reply<typeof planListReply>>(`/orders/${enc(orderId)}/plans`),
  });

export const visitsQuery = (clientId: string, month: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'visits', month],
    queryFn: () => api.get<Visits>(`/clients/${enc(clientId)}/visits`, { month }),
  });

function useInvalidateClient(clientId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['clients', clientId] });
}

export function useCreateDecision(clientId: string) {
  const invalidate = useInvalidateClient(clientId);
  return useMutation({
    mutationFn: (body: Body<typeof decisionCreateBody>) =>
      api.post<Decision>(`/clients/${enc(clientId)}/decisions`, body),
    onSuccess: invalidate,
  });
}

export function useCreateOrder(clientId: string) {
  const invalidate = useInvalidateClient(clientId);
  return useMutation({
    mutationFn: (body: Body<typeof orderCreateBody>) => api.post<Order>('/orders', body),
    onSuccess: invalidate,
  });
}

export function useChangeOrder(clientId: string) {
  const invalidate = useInvalidateClient(clientId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<typeof orderPatchBody> }) =>
      api.patch<Order>(`/orders/${enc(id)}`, body),
    onSuccess: invalidate,
  });
}

export function useEndOrder(clientId: string) {
  const invalidate = useInvalidateClient(clientId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: Body<typeof orderEndBody> }) =>
      api.post<Order>(`/orders/${enc(id)}/end`, body),
    onSuccess: invalidate,
  });
}
