import { Button, Checkbox, Table, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useSetRequirement, type Requirement } from '../api/register.ts';

/** One requirement of the checklist: met or not, the day it was checked, a note; saved row by row. */
export function RequirementRow({ provider, requirement }: { provider: string; requirement: Requirement }) {
  const { t } = useTranslation('admin');
  const [fulfilled, setFulfilled] = useState(requirement.fulfilled);
  const [checkedOn, setCheckedOn] = useState(requirement.checkedOn ?? '');
  const [note, setNote] = useState(requirement.note);
  const save = useSetRequirement(provider);
  const label = t(`provider.keys.${requirement.requirement}`);
  const changed = fulfilled !== requirement.fulfilled || checkedOn !== (requirement.checkedOn ?? '') || note !== requirement.note;
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        {label}
      </Table.Th>
      <Table.Td>
        <Checkbox aria-label={`${t('provider.fulfilled')}: ${label}`} checked={fulfilled} onChange={(e) => setFulfilled(e.currentTarget.checked)} />
      </Table.Td>
      <Table.Td>
        <TextInput type="date" size="xs" aria-label={`${t('provider.checkedOn')}: ${label}`} value={checkedOn} onChange={(e) => setCheckedOn(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td>
        <TextInput size="xs" aria-label={`${t('provider.note')}: ${label}`} value={note} onChange={(e) => setNote(e.currentTarget.value)}
          placeholder={requirement.checked ? undefined : t('provider.notChecked')} />
        <ApiErrorAlert error={save.error} />
      </Table.Td>
      <Table.Td>
        <Button size="xs" variant="default" disabled={!changed} loading={save.isPending}
          aria-label={`${t('common:save')}: ${label}`}
          onClick={() => save.mutate({ requirement: requirement.requirement, fulfilled, checkedOn: checkedOn || null, note })}>
          {t('common:save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
