import type { meReply, sessionReply, loginReply } from '@hemma/contract/api';
import { api, setCsrfToken } from '../api/client.ts';
import type { Reply } from '../api/contract-types.ts';

// The sign-in calls on their own, without the query cache of session.ts: the staff app's first
// screen needs these and nothing of React Query.

export type Me = Reply<typeof meReply>;
export type Role = Me['role'];

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
