import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  feeDataBody,
  feeDataReply,
  feeModelBody,
  feeModelsReply,
  feesReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';

// Fees (R-15): the month's fees per client, a client's income data, the fee model's history
// and the prisbasbelopp table.

export type Fees = Reply<typeof feesReply>;
export type FeeData = Reply<typeof feeDataReply>;
export type FeeSettings = Reply<typeof feeModelsReply>;
const enc = encodeURIComponent;

export const feesQuery = (month: string) =>
  queryOptions({ queryKey: ['fees', month], queryFn: () => api.get<Fees>(`/fees/${enc(month)}`) });

export const feeSettingsQuery = queryOptions({
  queryKey: ['fee-model'],
  queryFn: () => api.get<FeeSettings>('/fee-model'),
});

/** A client's income data; null when none is given (the API answers 404). */
export const feeDataQuery = (client: string) =>
  queryOptions({
    queryKey: ['fee-data', client],
    queryFn: async () => {
      try {
        return await api.get<FeeData>(`/clients/${enc(client)}/fee-data`);
      } catch (err) {
        if ((err as { status?: number }).status === 404) return null;
        throw err;
      }
    },
  });

export const decisionUrl = (month: string, client?: string) =>
  `/api/v1/fees/${enc(month)}?format=pdf${client ? `&client=${enc(client)}` : ''}`;

export function useSaveFeeData(client: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof feeDataBody>) =>
      api.put<FeeData>(`/clients/${enc(client)}/fee-data`, body),
    onSuccess: async (data) => {
      qc.setQueryData(feeDataQuery(client).queryKey, data);
      await qc.invalidateQueries({ queryKey: ['fees'] });
    },
  });
}

export function useAddFeeModel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof feeModelBody>) => api.post<null>('/fee-model', body),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['fee-model'] });
      await qc.invalidateQueries({ queryKey: ['fees'] });
    },
  });
}
