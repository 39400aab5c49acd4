import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  deviationCreateBody,
  deviationImportReply,
  deviationListReply,
  exceptionListReply,
  exceptionResolveBody,
  exceptionResolveReply,
  monthCloseView,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// The provider's month: exceptions to resolve, deviations (entered or imported from the
// spreadsheet) and month end.

export type UnresolvedException = Reply<typeof exceptionListReply>['exceptions'][number];
export type Resolution = Body<typeof exceptionResolveBody>['resolutions'][number];
export type MonthClose = Reply<typeof monthCloseView>;
export type ImportReply = Reply<typeof deviationImportReply>;
export type Deviation = Reply<typeof deviationListReply>['deviations'][number];
const enc = encodeURIComponent;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const exceptionsQuery = (month: string) =>
  queryOptions({
    queryKey: ['exceptions', month],
    queryFn: () => api.get<Reply<typeof exceptionListReply>>('/exceptions', { month }),
  });

export const monthCloseQuery = (month: string, providerId: string) =>
  queryOptions({
    queryKey: ['statements', month, providerId],
    queryFn: () => api.get<MonthClose>(`/statements/${month}/${enc(providerId)}`),
  });

export const deviationsQuery = (month: string) =>
  queryOptions({
    queryKey: ['deviations', month],
    queryFn: () => api.get<Reply<typeof deviationListReply>>('/deviations', { month }),
  });

function useInvalidateMonth() {
  const client = useQueryClient();
  return async () => {
    for (const key of ['exceptions', 'statements', 'deviations', 'todo', 'clients'])
      await client.invalidateQueries({ queryKey: [key] });
  };
}

export function useResolveExceptions(month: string) {
  const onSuccess = useInvalidateMonth();
  return useMutation({
    mutationFn: (resolutions: Resolution[]) =>
      api.post<Reply<typeof exceptionResolveReply>>('/exceptions/resolve', { month, resolutions }),
    onSuccess,
  });
}

export function useExcessReason(month: string, providerId: string) {
  const onSuccess = useInvalidateMonth();
  return useMutation({
    mutationFn: ({ clientId, reason }: { clientId: string; reason: string }) =>
      api.put<MonthClose>(
        `/statements/${month}/${enc(providerId)}/excess/${enc(clientId)}/reason`,
        { reason },
      ),
    onSuccess,
  });
}

export function useSubmitMonth(month: string, providerId: string) {
  const onSuccess = useInvalidateMonth();
  return useMutation({
    mutationFn: () => api.post<MonthClose>(`/statements/${month}/${enc(providerId)}/submit`),
    onSuccess,
  });
}

export function useReportDeviation() {
  const onSuccess = useInvalidateMonth();
  return useMutation({
    mutationFn: (body: Body<typeof deviationCreateBody>) =>
      api.post<Deviation>('/deviations', body),
    onSuccess,
  });
}

export function useImportDeviations() {
  const onSuccess = useInvalidateMonth();
  return useMutation({
    mutationFn: ({ file, mode }: { file: Blob; mode: 'preview' | 'confirm' }) =>
      api.upload<ImportReply>('/deviations/import', file, XLSX, { mode }),
    onSuccess: async (reply) => {
      if (reply.mode === 'confirm') await onSuccess();
    },
  });
}
