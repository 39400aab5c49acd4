import { Group, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { localDate } from '../../../lib/format.ts';
import { useCreateDecision } from '../api/care.ts';
import { AreaHoursInput, hoursOf, type AreaHoursDraft } from './AreaHoursInput.tsx';
import { CareForm, DoubleStaffingCheckbox } from './CareForm.tsx';

const NO_HOURS: AreaHoursDraft = {};

/**
 * A needs-assessment decision: granted hours per month per area, double staffing, validity, and
 * the decision's text and goals as the letter to the client states them.
 */
export function DecisionForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation('clients');
  const [form, setForm, clear] = useDraft(`decision:${clientId}`, {
    validFrom: localDate(new Date()),
    validTo: '',
    doubleStaffing: false,
    hours: NO_HOURS,
    text: '',
    goals: '',
  });
  const create = useCreateDecision(clientId);
  return (
    <CareForm
      label={t('newDecision')}
      submitLabel={t('saveDecision')}
      send={(onSuccess) =>
        create.mutate(
          {
            validFrom: form.validFrom,
            validTo: form.validTo || null,
            doubleStaffing: form.doubleStaffing,
            hoursPerMonth: hoursOf(form.hours),
            text: form.text.trim() || null,
            goals: form.goals.trim() || null,
          },
          { onSuccess },
        )
      }
      pending={create.isPending}
      error={create.error}
      disabled={!form.validFrom || Object.keys(hoursOf(form.hours)).length === 0}
      clear={clear}
      onDone={onDone}
    >
      <Group grow>
        <DateField
          label={t('validFrom')}
          required
          value={form.validFrom}
          onChange={(validFrom) => setForm((f) => ({ ...f, validFrom }))}
        />
        <DateField
          label={t('validTo')}
          description={t('untilFurther')}
          value={form.validTo}
          onChange={(validTo) => setForm((f) => ({ ...f, validTo }))}
        />
      </Group>
      <AreaHoursInput value={form.hours} onChange={(hours) => setForm((f) => ({ ...f, hours }))} />
      <DoubleStaffingCheckbox
        checked={form.doubleStaffing}
        onChange={(doubleStaffing) => setForm((f) => ({ ...f, doubleStaffing }))}
      />
      <Textarea
        label={t('decisionText')}
        description={t('decisionTextHint')}
        value={form.text}
        onChange={(e) => {
          const text = e.currentTarget.value;
          setForm((f) => ({ ...f, text }));
        }}
        autosize
        minRows={3}
        maxLength={20000}
      />
      <Textarea
        label={t('goals')}
        description={t('goalsHint')}
        value={form.goals}
        onChange={(e) => {
          const goals = e.currentTarget.value;
          setForm((f) => ({ ...f, goals }));
        }}
        autosize
        minRows={2}
        maxLength={8000}
      />
    </CareForm>
  );
}
