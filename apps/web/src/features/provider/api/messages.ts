import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { inboxReply, message, messageListReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// The provider's side of a client's dialogue: she always writes as her own provider.
const enc = encodeURIComponent;

export const clientMessagesQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'messages'],
    queryFn: () => api.get<Reply<typeof messageListReply>>(`/clients/${enc(clientId)}/messages`),
  });

export function useWriteMessage(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post<Reply<typeof message>>(`/clients/${enc(clientId)}/messages`, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['clients', clientId, 'messages'] }),
  });
}

export function useReadMessages(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.post<Reply<typeof inboxReply>>(`/clients/${enc(clientId)}/messages/read`, {}),
    onSuccess: () => client.invalidateQueries({ queryKey: ['todo'] }),
  });
}
