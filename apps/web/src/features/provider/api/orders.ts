import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  clientDetail,
  clientPatchBody,
  order,
  orderListReply,
  staffListReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// What the provider manager is sent and keeps: orders to accept or decline, her staff (contact
// person, preferred staff), and the client details the provider keeps.

export type Order = Reply<typeof order>;
export type StaffMember = Reply<typeof staffListReply>['staff'][number];
export type ClientDetail = Reply<typeof clientDetail>;
const enc = encodeURIComponent;

export const providerOrdersQuery = queryOptions({
  queryKey: ['orders', 'provider'],
  queryFn: () => api.get<Reply<typeof orderListReply>>('/orders', { limit: 500 }),
});

export const staffQuery = (providerId: string) =>
  queryOptions({
    queryKey: ['staff', providerId],
    queryFn: () => api.get<Reply<typeof staffListReply>>('/staff', { provider: providerId }),
    staleTime: 5 * 60_000,
  });

export const providerClientQuery = (id: string) =>
  queryOptions({
    queryKey: ['clients', id],
    queryFn: () => api.get<ClientDetail>(`/clients/${enc(id)}`),
  });

function useInvalidate() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['orders'] });
    await client.invalidateQueries({ queryKey: ['todo'] });
    await client.invalidateQueries({ queryKey: ['clients'] });
  };
}

export function useAcceptOrder() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, contactPersonStaffId }: { id: string; contactPersonStaffId?: string }) =>
      api.post<Order>(
        `/orders/${enc(id)}/accept`,
        contactPersonStaffId ? { contactPersonStaffId } : {},
      ),
    onSuccess,
  });
}

export function useDeclineOrder() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api.post<Order>(`/orders/${enc(id)}/decline`, { reason }),
    onSuccess,
  });
}

export function usePatchClient(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof clientPatchBody>) =>
      api.patch<ClientDetail>(`/clients/${enc(clientId)}`, body),
    onSuccess: (reply) => client.setQueryData(['clients', clientId], reply),
  });
}
