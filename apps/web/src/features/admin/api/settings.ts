import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  bandWeekReply,
  bandsReply,
  changePreviewReply,
  municipalityPatchBody,
  municipalityReply,
  rateBody,
  ratesReply,
  rulesReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The municipality's settings: payment model, time bands (a week's preview), rules and rates as
// effective-dated history, and what a chosen date changes.

export type Municipality = Reply<typeof municipalityReply>;
export type BandWeek = Reply<typeof bandWeekReply>;
export type ChangePreview = Reply<typeof changePreviewReply>;
export type RateEntry = Reply<typeof ratesReply>['rates'][number];
export type RuleEntry = Reply<typeof rulesReply>['rules'][number];

export const municipalityQuery = queryOptions({
  queryKey: ['municipality'],
  queryFn: () => api.get<Municipality>('/municipality'),
});

export const useBandWeek = (date: string) =>
  useQuery({ queryKey: ['bands', 'week', date], queryFn: () => api.get<BandWeek>('/bands/week', { date }) });

export const useBands = () =>
  useQuery({ queryKey: ['bands'], queryFn: () => api.get<Reply<typeof bandsReply>>('/bands') });

export const useRates = () =>
  useQuery({ queryKey: ['rates'], queryFn: () => api.get<Reply<typeof ratesReply>>('/rates') });

export const useRules = () =>
  useQuery({ queryKey: ['rules'], queryFn: () => api.get<Reply<typeof rulesReply>>('/rules') });

export const useChangePreview = (from: string) =>
  useQuery({
    queryKey: ['rates', 'preview', from],
    queryFn: () => api.get<ChangePreview>('/settings/changes', { from }),
    enabled: /^\d{4}-\d{2}-\d{2}$/.test(from),
  });

export function usePatchMunicipality() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof municipalityPatchBody>) => api.patch<Municipality>('/municipality', body),
    onSuccess: (m) => client.setQueryData(municipalityQuery.queryKey, m),
  });
}

export function useAddRate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof rateBody>) => api.post<RateEntry>('/rates', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['rates'] }),
  });
}
