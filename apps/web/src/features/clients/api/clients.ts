import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { clientCreateBody, clientDetail, clientPatchBody } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';
import type { ClientSummary } from '../../../lib/api/directory.ts';

export { clientsQuery, districtsQuery, providersQuery } from '../../../lib/api/directory.ts';
export type ClientDetail = Reply<typeof clientDetail>;

export const clientQuery = (id: string) =>
  queryOptions({
    queryKey: ['clients', id],
    queryFn: () => api.get<ClientDetail>(`/clients/${encodeURIComponent(id)}`),
  });

export function useCreateClient() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof clientCreateBody>) => api.post<ClientDetail>('/clients', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['clients'] }),
  });
}

/** Search by name (any part, any case) or personal number (digits, with or without the dash). */
export function matchesSearch(c: ClientSummary, search: string): boolean {
  const s = search.trim().toLowerCase();
  if (!s) return true;
  const digits = s.replace(/\D/g, '');
  if (digits.length >= 4 && c.personalNumber.replace(/\D/g, '').includes(digits)) return true;
  return c.name.toLowerCase().includes(s);
}

export function usePatchClient(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof clientPatchBody>) =>
      api.patch<ClientDetail>(`/clients/${encodeURIComponent(id)}`, body),
    onSuccess: (updated) => {
      client.setQueryData(['clients', id], updated);
      return client.invalidateQueries({ queryKey: ['clients'] });
    },
  });
}
