import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  shiftExceptionRangeBody,
  shiftPatternBody,
  shiftPatternReply,
  staffBody,
  staffPatchBody,
  staffShiftsReply,
  unitBody,
  unitListReply,
  weekPlanReply,
} from '@hemma/contract/api';
import { api } from '../../../lib/api/client.ts';
import type { Body, Reply } from '../../../lib/api/contract-types.ts';
import type { StaffMember } from './orders.ts';

// The manager's staff, units and shifts, and the week plan of who visits whom.

export type { StaffMember } from './orders.ts';
/** Every staff member, those who have left too; shared with the plan editor's lists. */
export { staffQuery as allStaffQuery } from './orders.ts';
export type Unit = Reply<typeof unitListReply>['units'][number];
export type ShiftPattern = Reply<typeof shiftPatternReply>;
export type StaffShifts = Reply<typeof staffShiftsReply>;
export type WeekPlan = Reply<typeof weekPlanReply>;
const enc = encodeURIComponent;

export const unitsQuery = (providerId: string) =>
  queryOptions({
    queryKey: ['units', providerId],
    queryFn: () => api.get<Reply<typeof unitListReply>>(`/providers/${enc(providerId)}/units`),
  });

export const patternQuery = (staffId: string, from: string) =>
  queryOptions({
    queryKey: ['shift-pattern', staffId, from],
    queryFn: () => api.get<ShiftPattern>(`/staff/${enc(staffId)}/shift-pattern`, { from }),
  });

export const staffShiftsQuery = (staffId: string, from: string, to: string) =>
  queryOptions({
    queryKey: ['shift-pattern', staffId, 'days', from, to],
    queryFn: () => api.get<StaffShifts>(`/staff/${enc(staffId)}/shifts`, { from, to }),
  });

export const weekPlanQuery = (providerId: string, week: string, unit: string | null) =>
  queryOptions({
    queryKey: ['week-plan', providerId, week, unit],
    queryFn: () =>
      api.get<WeekPlan>('/week-plans', { provider: providerId, week, ...(unit ? { unit } : {}) }),
  });

export function useAddUnit(providerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof unitBody>) =>
      api.post<Unit>(`/providers/${enc(providerId)}/units`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units', providerId] }),
  });
}

export function useRenameUnit(providerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.patch<Unit>(`/providers/${enc(providerId)}/units/${enc(id)}`, { name }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['units', providerId] }),
  });
}

export function useAddStaff(providerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Body<typeof staffBody>) => api.post<StaffMember>('/staff', body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['staff', providerId] }),
  });
}

export function usePatchStaff(providerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: Body<typeof staffPatchBody> & { id: string }) =>
      api.patch<StaffMember>(`/staff/${enc(id)}`, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['staff', providerId] });
      await client.invalidateQueries({ queryKey: ['week-plan'] });
    },
  });
}

function useShiftsChanged(staffId: string) {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['shift-pattern', staffId] });
    await client.invalidateQueries({ queryKey: ['week-plan'] });
  };
}

export function usePutPattern(staffId: string) {
  const onSuccess = useShiftsChanged(staffId);
  return useMutation({
    mutationFn: (body: Body<typeof shiftPatternBody>) =>
      api.put<ShiftPattern>(`/staff/${enc(staffId)}/shift-pattern`, body),
    onSuccess,
  });
}

export function useAddException(staffId: string) {
  const onSuccess = useShiftsChanged(staffId);
  return useMutation({
    mutationFn: (body: Body<typeof shiftExceptionRangeBody>) =>
      api.post<ShiftPattern>(`/staff/${enc(staffId)}/shift-exceptions`, body),
    onSuccess,
  });
}

export function useRemoveException(staffId: string) {
  const onSuccess = useShiftsChanged(staffId);
  return useMutation({
    mutationFn: ({ from, to }: { from: string; to: string }) =>
      api.delete<null>(
        `/staff/${enc(staffId)}/shift-exceptions?${new URLSearchParams({ from, to }).toString()}`,
      ),
    onSuccess,
  });
}
