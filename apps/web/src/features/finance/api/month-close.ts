import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { monthBoard, monthCloseView, reopenBody } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// Finance's month close: the board of every provider's statement of a month, one statement in
// detail, and the two decisions finance takes on it (approve, send back with a reason).

export type MonthBoard = Reply<typeof monthBoard>;
export type BoardBlocker = MonthBoard['providers'][number]['blockers'][number];
export type StatementView = Reply<typeof monthCloseView>;
const enc = encodeURIComponent;

export const boardQuery = (month: string) =>
  queryOptions({
    queryKey: ['month-close', month],
    queryFn: () => api.get<MonthBoard>(`/month-close/${enc(month)}`),
  });

export const statementQuery = (month: string, provider: string) =>
  queryOptions({
    queryKey: ['month-close', month, provider],
    queryFn: () => api.get<StatementView>(`/statements/${enc(month)}/${enc(provider)}`),
  });

/** Where the browser fetches a file: the session cookie goes along, as with any GET. */
export const exportUrl = (month: string, provider: string, format: 'xlsx' | 'pdf') =>
  `/api/v1/statements/${enc(month)}/${enc(provider)}/export?format=${format}`;
export const paymentFileUrl = (month: string) => `/api/v1/statements/${enc(month)}/payments.csv`;

function useStatementStep<V>(
  month: string,
  provider: string,
  send: (v: V) => Promise<StatementView>,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (view) => {
      client.setQueryData(statementQuery(month, provider).queryKey, view);
      await client.invalidateQueries({ queryKey: ['month-close', month], exact: true });
    },
  });
}

export function useApprove(month: string, provider: string) {
  return useStatementStep<void>(month, provider, () =>
    api.post<StatementView>(`/statements/${enc(month)}/${enc(provider)}/approve`),
  );
}

export function useReopen(month: string, provider: string) {
  return useStatementStep<Body<typeof reopenBody>>(month, provider, (body) =>
    api.post<StatementView>(`/statements/${enc(month)}/${enc(provider)}/reopen`, body),
  );
}
