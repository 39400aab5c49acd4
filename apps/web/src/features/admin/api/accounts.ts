import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { createdUserReply, userCreateBody, userListReply, userSummary } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The municipality's accounts: create with role and scope, lock, unlock, a new second factor.

export type Account = Reply<typeof userSummary>;
export type CreatedAccount = Reply<typeof createdUserReply>;
export type AccountChange = 'lock' | 'unlock' | 'reset-second-factor';

export const useAccounts = () =>
  useQuery({ queryKey: ['users'], queryFn: () => api.get<Reply<typeof userListReply>>('/users') });

export function useCreateAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof userCreateBody>) => api.post<CreatedAccount>('/users', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useChangeAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: AccountChange }) =>
      api.post<Account>(`/users/${encodeURIComponent(id)}/${change}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
