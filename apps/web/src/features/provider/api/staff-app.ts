import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffDevice, StaffNote } from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';

// What the staff phones bring the provider's manager: the notes staff wrote about clients, and
// the phones signed in for the day, which she can revoke.

export const staffNotesQuery = queryOptions({
  queryKey: ['staff-notes'],
  queryFn: () => api.get<{ notes: StaffNote[] }>('/staff-notes'),
});

export const staffDevicesQuery = queryOptions({
  queryKey: ['staff-devices'],
  queryFn: () => api.get<{ devices: StaffDevice[] }>('/staff-devices'),
});

export function useRevokeDevice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<StaffDevice>(`/staff-devices/${encodeURIComponent(id)}/end`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff-devices'] }),
  });
}
