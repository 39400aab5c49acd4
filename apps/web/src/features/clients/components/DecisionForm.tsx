import { Button, Checkbox, Group, Paper, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { localDate } from '../../../lib/format.ts';
import { useCreateDecision } from '../api/care.ts';
import { AreaHoursInput, hoursOf, type AreaHoursDraft } from './AreaHoursInput.tsx';

const NO_HOURS: AreaHoursDraft = {};

/** A needs-assessment decision: granted hours per month per area, double staffing, validity. */
export function DecisionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation('clients');
  const [form, setForm, clear] = useDraft(`decision:${clientId}`, {
    validFrom: localDate(new Date()),
    validTo: '',
    doubleStaffing: false,
    hours: NO_HOURS,
  });
  const create = useCreateDecision(clientId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        validFrom: form.validFrom,
        validTo: form.validTo || null,
        doubleStaffing: form.doubleStaffing,
        hoursPerMonth: hoursOf(form.hours),
      },
      {
        onSuccess: () => {
          clear();
          onDone();
        },
      },
    );
  };
  return (
    <Paper
      withBorder
      p="md"
      mb="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('newDecision')}
    >
      <Stack>
        <Group grow>
          <TextInput
            type="date"
            label={t('validFrom')}
            required
            value={form.validFrom}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, validFrom: value }));
            }}
          />
          <TextInput
            type="date"
            label={t('validTo')}
            description={t('untilFurther')}
            value={form.validTo}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, validTo: value }));
            }}
          />
        </Group>
        <AreaHoursInput
          value={form.hours}
          onChange={(hours) => setForm((f) => ({ ...f, hours }))}
        />
        <Checkbox
          label={t('doubleStaffing')}
          checked={form.doubleStaffing}
          onChange={(e) => {
            const checked = e.currentTarget.checked;
            setForm((f) => ({ ...f, doubleStaffing: checked }));
          }}
        />
        <ApiErrorAlert error={create.error} />
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={Object.keys(hoursOf(form.hours)).length === 0}
          >
            {t('saveDecision')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
