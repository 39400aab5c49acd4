import { queryOptions, useQuery } from '@tanstack/react-query';
import type { meReply, sessionReply, loginReply } from '@hemma/contract/api';
import { api, setCsrfToken } from '../api/client.ts';
import type { Reply } from '../api/contract-types.ts';

// Who is signed in. Shared by every entry and feature: the layout, the navigation and the role
// checks all read this one query.

export type Me = Reply<typeof meReply>;
export type Role = Me['role'];

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api.get<Me>('/me'),
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe(): Me | undefined {
  return useQuery(meQuery).data;
}

export function signInWithPassword(username: string, password: string) {
  return api.post<Reply<typeof loginReply>>('/auth/login', { username, password });
}

export async function signInWithCode(code: string): Promise<Me> {
  const reply = await api.post<Reply<typeof sessionReply>>('/auth/totp', { code });
  setCsrfToken(reply.csrfToken);
  return reply.me;
}

export async function signOut(): Promise<void> {
  await api.post('/auth/logout');
  setCsrfToken(null);
}
