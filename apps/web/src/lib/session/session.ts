import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Me } from './sign-in.ts';

// Who is signed in. Shared by every entry and feature: the layout, the navigation and the role
// checks all read this one query.
export { signInWithCode, signInWithPassword, signOut, type Me, type Role } from './sign-in.ts';

export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: () => api.get<Me>('/me'),
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe(): Me | undefined {
  return useQuery(meQuery).data;
}
