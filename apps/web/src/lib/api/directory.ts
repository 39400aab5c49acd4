import { queryOptions } from '@tanstack/react-query';
import type { clientListReply, districtListReply, providerListReply } from '@hemma/contract/api';
import { api } from './client.ts';
import type { Reply } from './contract-types.ts';

// Lists several features name things from (a client's, a provider's, a district's name), cached
// once for all of them.

export type ClientSummary = Reply<typeof clientListReply>['clients'][number];
export type Provider = Reply<typeof providerListReply>['providers'][number];

// A district holds a few hundred clients at most: the list comes whole (up to the API's page
// limit) and is searched in the browser.
export const clientsQuery = queryOptions({
  queryKey: ['clients'],
  queryFn: () => api.get<Reply<typeof clientListReply>>('/clients', { limit: 500 }),
});

export const districtsQuery = queryOptions({
  queryKey: ['districts'],
  queryFn: () => api.get<Reply<typeof districtListReply>>('/districts'),
  staleTime: 10 * 60_000,
});

export const providersQuery = queryOptions({
  queryKey: ['providers'],
  queryFn: () => api.get<Reply<typeof providerListReply>>('/providers'),
  staleTime: 10 * 60_000,
});
