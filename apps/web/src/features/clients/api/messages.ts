import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { inboxReply, message, messageCreateBody, messageListReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The dialogue with the provider: one thread per client and provider, with unread state, and the
// inbox across all of the reader's clients.

export type Message = Reply<typeof message>;
export type Thread = Reply<typeof inboxReply>['threads'][number];
const enc = encodeURIComponent;

export const inboxQuery = queryOptions({
  queryKey: ['inbox'],
  queryFn: () => api.get<Reply<typeof inboxReply>>('/messages/inbox'),
});

export const messagesQuery = (clientId: string) =>
  queryOptions({
    queryKey: ['clients', clientId, 'messages'],
    queryFn: () => api.get<Reply<typeof messageListReply>>(`/clients/${enc(clientId)}/messages`),
  });

export function useSendMessage(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof messageCreateBody>) =>
      api.post<Message>(`/clients/${enc(clientId)}/messages`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['clients', clientId, 'messages'] });
      await client.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

export function useMarkRead(clientId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (providerId?: string) =>
      api.post<Reply<typeof inboxReply>>(
        `/clients/${enc(clientId)}/messages/read`,
        providerId ? { providerId } : {},
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['inbox'] });
      await client.invalidateQueries({ queryKey: ['todo'] });
    },
  });
}
