import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { useSaveFeeData, type FeeData } from '../api/fees.ts';
import { kronorText, parseKronor } from './kronor.ts';

const FIELDS = ['netIncome', 'housingSupplement', 'housingCost', 'adjustment'] as const;
type Field = (typeof FIELDS)[number];

function initial(data: FeeData | null) {
  return {
    netIncome: data ? kronorText(data.netIncomeOre) : '',
    housingSupplement: data ? kronorText(data.housingSupplementOre) : '0',
    housingCost: data ? kronorText(data.housingCostOre) : '',
    adjustment: data ? kronorText(data.adjustmentsOre) : '0',
    household: data?.household ?? 'single',
  };
}

/** What is wrong with a field's value, as the reader should be told it. */
function problem(field: Field, text: string): 'required' | 'notKronor' | 'notNegative' | undefined {
  if (text.trim() === '')
    return field === 'netIncome' || field === 'housingCost' ? 'required' : undefined;
  const ore = parseKronor(text);
  if (ore === undefined) return 'notKronor';
  if (ore < 0 && field !== 'adjustment' && field !== 'netIncome') return 'notNegative';
  return undefined;
}

/** A client's income data for the fee, in kronor per month, checked before it is sent. */
export function FeeDataForm({ client, data }: { client: string; data: FeeData | null }) {
  const { t } = useTranslation('finance');
  const save = useSaveFeeData(client);
  const [values, setValues, clear] = useDraft(`fee-data:${client}`, initial(data));
  const [shown, setShown] = useState(false);
  const errors = Object.fromEntries(FIELDS.map((f) => [f, problem(f, values[f])])) as Record<
    Field,
    ReturnType<typeof problem>
  >;
  const valid = FIELDS.every((f) => errors[f] === undefined);
  const submit = () => {
    setShown(true);
    if (!valid) return;
    save.mutate(
      {
        netIncomeOre: parseKronor(values.netIncome)!,
        housingSupplementOre: parseKronor(values.housingSupplement || '0')!,
        housingCostOre: parseKronor(values.housingCost)!,
        adjustmentsOre: parseKronor(values.adjustment || '0')!,
        household: values.household,
      },
      { onSuccess: clear },
    );
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <Stack gap="xs">
        {!data && <Text size="sm">{t('noFeeData')}</Text>}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {FIELDS.map((f) => (
            <TextInput
              key={f}
              label={t(f)}
              inputMode="decimal"
              value={values[f]}
              required={f === 'netIncome' || f === 'housingCost'}
              error={shown && errors[f] ? t(errors[f]) : undefined}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setValues((p) => ({ ...p, [f]: v }));
              }}
            />
          ))}
        </SimpleGrid>
        <div>
          <Text size="sm" fw={500} id={`household-${client}`}>
            {t('household')}
          </Text>
          <SegmentedControl
            aria-labelledby={`household-${client}`}
            value={values.household}
            onChange={(v) => setValues((p) => ({ ...p, household: v }))}
            data={[
              { value: 'single', label: t('single') },
              { value: 'cohabiting', label: t('cohabiting') },
            ]}
          />
        </div>
        <ApiErrorAlert error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('save')}
          </Button>
          {save.isSuccess && (
            <Text size="sm" role="status">
              {t('saved')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
