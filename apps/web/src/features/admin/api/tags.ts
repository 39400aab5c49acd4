import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { nfcTagListReply, nfcTagReadsReply, tagFlagListReply } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';

// NFC tags at clients' doors: enrol, retire, their reads and the flags raised by moved tags.

export type Tag = Reply<typeof nfcTagListReply>['tags'][number];
export type TagReads = Reply<typeof nfcTagReadsReply>;
export type TagFlag = Reply<typeof tagFlagListReply>['flags'][number];

export const useTags = () =>
  useQuery({ queryKey: ['nfc-tags'], queryFn: () => api.get<Reply<typeof nfcTagListReply>>('/nfc-tags', { limit: 500 }) });

export const useTagFlags = () =>
  useQuery({ queryKey: ['tag-flags'], queryFn: () => api.get<Reply<typeof tagFlagListReply>>('/tag-flags', { limit: 200 }) });

export const useTagReads = (uid: string | null) =>
  useQuery({
    queryKey: ['nfc-tags', uid, 'reads'],
    queryFn: () => api.get<TagReads>(`/nfc-tags/${encodeURIComponent(uid ?? '')}/reads`),
    enabled: uid !== null,
  });

export function useEnrolTag() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { uid: string; client: string }) => api.post<Tag>('/nfc-tags', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['nfc-tags'] }),
  });
}

export function useRetireTag() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (uid: string) => api.post<Tag>(`/nfc-tags/${encodeURIComponent(uid)}/retire`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['nfc-tags'] }),
  });
}
