import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { clientAccess, clientAccessCreateBody, clientAccessListReply, enrolmentCodeReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// Access to the client's own view (`/mina-sidor/`): her own account and her relatives', with
// consent, each taken into use with a one-time code handed over in person.

export type Access = Reply<typeof clientAccess>;
export type IssuedCode = Reply<typeof enrolmentCodeReply>;
const enc = encodeURIComponent;

export const accessQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'access'],
    queryFn: () => api.get<Reply<typeof clientAccessListReply>>(`/clients/${enc(clientId)}/access`),
  });

function useAccessMutation<V, R>(clientId: string, send: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['clients', clientId, 'access'] }),
  });
}

export const useGiveAccess = (clientId: string) =>
  useAccessMutation(clientId, (body: Body<typeof clientAccessCreateBody>) => api.post<IssuedCode>(`/clients/${enc(clientId)}/access`, body));
export const useNewCode = (clientId: string) =>
  useAccessMutation(clientId, (accessId: string) => api.post<IssuedCode>(`/client-access/${enc(accessId)}/code`));
export const useEndAccess = (clientId: string) =>
  useAccessMutation(clientId, (accessId: string) => api.post<Access>(`/client-access/${enc(accessId)}/end`));
