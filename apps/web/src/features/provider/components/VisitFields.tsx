import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../api/orders.ts';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface VisitDraft {
  weekdays: Weekday[];
  windowFrom: string;
  windowTo: string;
  durationMinutes: number;
  areas: string[];
  staffCount: 1 | 2;
  preferredStaffId: string | null;
}

/** One recurring visit of the plan: days, window, length, areas, staff. */
export function VisitFields({
  n,
  visit,
  areas,
  doubleStaffing,
  staff,
  onChange,
  onRemove,
}: {
  n: number;
  visit: VisitDraft;
  areas: string[];
  doubleStaffing: boolean;
  staff: StaffMember[];
  onChange: (v: VisitDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('provider');
  const set = (patch: Partial<VisitDraft>) => onChange({ ...visit, ...patch });
  return (
    <Card withBorder component="fieldset" aria-label={t('plan.visit', { n })} p="sm">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4} size="h5">
            {t('plan.visit', { n })}
          </Title>
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
            {t('plan.removeVisit', { n })}
          </Button>
        </Group>
        <Checkbox.Group
          label={t('plan.weekdays')}
          value={visit.weekdays}
          onChange={(v) => set({ weekdays: WEEKDAYS.filter((d) => v.includes(d)) })}
        >
          <Group gap="sm" mt={4}>
            {WEEKDAYS.map((d) => (
              <Checkbox key={d} value={d} label={t(`weekdays.${d}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <TextInput
            type="time"
            label={t('plan.windowFrom')}
            value={visit.windowFrom}
            onChange={(e) => set({ windowFrom: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label={t('plan.windowTo')}
            value={visit.windowTo}
            onChange={(e) => set({ windowTo: e.currentTarget.value })}
          />
          <NumberInput
            label={t('plan.duration')}
            min={1}
            max={720}
            value={visit.durationMinutes}
            onChange={(v) => set({ durationMinutes: typeof v === 'number' ? v : Number(v) || 0 })}
          />
        </Group>
        <Checkbox.Group
          label={t('plan.areas')}
          value={visit.areas}
          onChange={(v) => set({ areas: v })}
        >
          <Group gap="sm" mt={4}>
            {areas.map((a) => (
              <Checkbox key={a} value={a} label={t(`common:areas.${a}`, { defaultValue: a })} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group grow align="flex-start">
          <Select
            label={t('plan.staffCount')}
            data={doubleStaffing ? ['1', '2'] : ['1']}
            value={String(visit.staffCount)}
            onChange={(v) => set({ staffCount: v === '2' ? 2 : 1 })}
            allowDeselect={false}
          />
          <Select
            label={t('plan.preferredStaff')}
            placeholder={t('plan.noPreference')}
            data={staff
              .filter((s) => s.active || s.id === visit.preferredStaffId)
              .map((s) => ({ value: s.id, label: s.name }))}
            value={visit.preferredStaffId}
            onChange={(v) => set({ preferredStaffId: v })}
            searchable
            clearable
          />
        </Group>
      </Stack>
    </Card>
  );
}
