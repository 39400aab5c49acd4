import { Button, Checkbox, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { FormActions } from '../../../components/FormActions.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { useAddStaff, usePatchStaff, type StaffMember, type Unit } from '../api/staffing.ts';
import { idFromName, percentOf } from './staffing.ts';

const NO_UNIT = '';

function unitOptions(units: Unit[], none: string) {
  return [{ value: NO_UNIT, label: none }, ...units.map((u) => ({ value: u.id, label: u.name }))];
}

/** A new staff member: name, id (or one made from the name), unit and employment share. */
export function NewStaffForm({ providerId, units }: { providerId: string; units: Unit[] }) {
  const { t } = useTranslation('staffing');
  const add = useAddStaff(providerId);
  const [draft, setDraft, clear] = useDraft('staff-new', { name: '', id: '', unit: NO_UNIT, percent: '' });
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const percent = percentOf(draft.percent);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setAdded(null);
    if (!draft.name.trim() || percent === undefined) return;
    const id = draft.id.trim() || idFromName(providerId, draft.name, Math.random().toString(36).slice(2, 6));
    add.mutate(
      {
        id,
        name: draft.name.trim(),
        ...(draft.unit !== NO_UNIT && { unit: draft.unit }),
        ...(percent !== null && { employmentPercent: percent }),
      },
      {
        onSuccess: (m) => {
          setAdded(m.name);
          setTried(false);
          clear();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} aria-label={t('staff.newStaff')} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <TextInput
          label={t('staff.name')}
          value={draft.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setDraft((d) => ({ ...d, name }));
          }}
          error={tried && !draft.name.trim() ? t('staff.nameRequired') : undefined}
        />
        <TextInput
          label={t('staff.id')}
          description={t('staff.idHint')}
          value={draft.id}
          onChange={(e) => {
            const id = e.currentTarget.value;
            setDraft((d) => ({ ...d, id }));
          }}
        />
        <Select
          label={t('staff.unit')}
          data={unitOptions(units, t('staff.noUnit'))}
          value={draft.unit}
          allowDeselect={false}
          onChange={(v) => setDraft((d) => ({ ...d, unit: v ?? NO_UNIT }))}
        />
        <TextInput
          label={t('staff.employment')}
          description={t('staff.employmentHint')}
          inputMode="numeric"
          value={draft.percent}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, percent: value }));
          }}
          error={tried && percent === undefined ? t('staff.percentRange') : undefined}
        />
      </SimpleGrid>
      <ApiErrorAlert error={add.error} />
      <Group mt="sm">
        <Button type="submit" loading={add.isPending}>
          {t('staff.add')}
        </Button>
        {added && (
          <span role="status">{t('staff.added', { name: added })}</span>
        )}
      </Group>
    </form>
  );
}

/** A staff member's name, unit, employment share and whether she still works here. */
export function EditStaffForm({
  providerId,
  member,
  units,
  onDone,
}: {
  providerId: string;
  member: StaffMember;
  units: Unit[];
  onDone: () => void;
}) {
  const { t } = useTranslation('staffing');
  const patch = usePatchStaff(providerId);
  const [form, setForm] = useState({
    name: member.name,
    unit: member.unit ?? NO_UNIT,
    percent: member.employmentPercent === null ? '' : String(member.employmentPercent),
    active: member.active,
  });
  const percent = percentOf(form.percent);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!form.name.trim() || percent === undefined) return;
    patch.mutate(
      {
        id: member.id,
        name: form.name.trim(),
        unit: form.unit === NO_UNIT ? null : form.unit,
        employmentPercent: percent,
        active: form.active,
      },
      { onSuccess: onDone },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={1}>
        <TextInput
          label={t('staff.name')}
          value={form.name}
          data-autofocus
          onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
          error={!form.name.trim() ? t('staff.nameRequired') : undefined}
        />
        <Select
          label={t('staff.unit')}
          data={unitOptions(units, t('staff.noUnit'))}
          value={form.unit}
          allowDeselect={false}
          onChange={(v) => setForm({ ...form, unit: v ?? NO_UNIT })}
        />
        <TextInput
          label={t('staff.employment')}
          description={t('staff.employmentHint')}
          inputMode="numeric"
          value={form.percent}
          onChange={(e) => setForm({ ...form, percent: e.currentTarget.value })}
          error={percent === undefined ? t('staff.percentRange') : undefined}
        />
        <Checkbox
          label={t('staff.activeLabel')}
          checked={form.active}
          onChange={(e) => setForm({ ...form, active: e.currentTarget.checked })}
        />
      </SimpleGrid>
      <FormActions
        error={patch.error}
        pending={patch.isPending}
        submitLabel={t('common:save')}
        onCancel={onDone}
        mt="md"
      />
    </form>
  );
}
