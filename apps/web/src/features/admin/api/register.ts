import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  districtBody,
  providerBody,
  providerPatchBody,
  providerRequirementBody,
  providerRequirementsReply,
  unitBody,
  unitListReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';
import type { Provider } from '../../../lib/api/directory.ts';

// Districts and the LOV register: providers with their approval, checklist and units.

export type Requirement = Reply<typeof providerRequirementsReply>['requirements'][number];
export type Unit = Reply<typeof unitListReply>['units'][number];
const enc = encodeURIComponent;

export function useAddDistrict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof districtBody>) => api.post('/districts', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['districts'] }),
  });
}

export function useAddProvider() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof providerBody>) => api.post<Provider>('/providers', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['providers'] }),
  });
}

export function usePatchProvider(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof providerPatchBody>) => api.patch<Provider>(`/providers/${enc(id)}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['providers'] }),
  });
}

export const useRequirements = (provider: string) =>
  useQuery({
    queryKey: ['providers', provider, 'requirements'],
    queryFn: () => api.get<Reply<typeof providerRequirementsReply>>(`/providers/${enc(provider)}/requirements`),
  });

export function useSetRequirement(provider: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ requirement, ...body }: Body<typeof providerRequirementBody> & { requirement: string }) =>
      api.put<Reply<typeof providerRequirementsReply>>(`/providers/${enc(provider)}/requirements/${enc(requirement)}`, body),
    onSuccess: (reply) => client.setQueryData(['providers', provider, 'requirements'], reply),
  });
}

export const useUnits = (provider: string) =>
  useQuery({
    queryKey: ['providers', provider, 'units'],
    queryFn: () => api.get<Reply<typeof unitListReply>>(`/providers/${enc(provider)}/units`),
  });

export function useAddUnit(provider: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof unitBody>) => api.post<Unit>(`/providers/${enc(provider)}/units`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['providers', provider, 'units'] }),
  });
}
