import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDraft } from '../../../lib/drafts.ts';
import type { WhatIfInput } from '../api/what-if.ts';

interface Fields {
  from: string;
  to: string;
  cap: string;
  declinedCare: string;
  declinedService: string;
  rates: string;
  model: string;
  feeBasis: string;
  feeTariff: string;
}

function toInput(f: Fields): WhatIfInput {
  const declined = [
    f.declinedCare.trim() && `care=${f.declinedCare.trim()}`,
    f.declinedService.trim() && `service=${f.declinedService.trim()}`,
  ]
    .filter(Boolean)
    .join(',');
  return {
    from: f.from,
    to: f.to,
    cap: f.cap,
    declined,
    rates: f.rates,
    model: f.model === 'same' ? '' : f.model,
    feeBasis: f.feeBasis === 'same' ? '' : f.feeBasis,
    feeTariff: f.feeTariff,
  };
}

/** The months and the changed rules; empty fields keep today's rule. */
export function WhatIfForm({
  month,
  onCompare,
}: {
  month: string;
  onCompare: (input: WhatIfInput) => void;
}) {
  const { t } = useTranslation('whatIf');
  const empty: Fields = {
    from: month,
    to: '',
    cap: '',
    declinedCare: '',
    declinedService: '',
    rates: '',
    model: 'same',
    feeBasis: 'same',
    feeTariff: '',
  };
  const [f, setF] = useDraft('what-if', empty);
  const field = (k: keyof Fields) => ({
    value: f[k],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
      const v = e.currentTarget.value;
      setF((p) => ({ ...p, [k]: v }));
    },
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onCompare(toInput(f));
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="sm">
        <TextInput type="month" label={t('from')} required {...field('from')} />
        <TextInput type="month" label={t('to')} {...field('to')} />
        <TextInput
          label={t('cap')}
          description={t('capHint')}
          inputMode="decimal"
          {...field('cap')}
        />
        <TextInput label={t('rates')} description={t('ratesHint')} {...field('rates')} />
        <TextInput
          label={t('declinedCare')}
          description={t('declinedHint')}
          inputMode="decimal"
          {...field('declinedCare')}
        />
        <TextInput
          label={t('declinedService')}
          description={t('declinedHint')}
          inputMode="decimal"
          {...field('declinedService')}
        />
        <Select
          label={t('model')}
          value={f.model}
          allowDeselect={false}
          onChange={(v) => v && setF((p) => ({ ...p, model: v }))}
          data={[
            { value: 'same', label: t('modelKind.same') },
            ...(['performed_time', 'granted_time'] as const).map((v) => ({
              value: v,
              label: t(`common:paymentModels.${v}`),
            })),
          ]}
        />
        <Select
          label={t('feeBasis')}
          value={f.feeBasis}
          allowDeselect={false}
          onChange={(v) => v && setF((p) => ({ ...p, feeBasis: v }))}
          data={(['same', 'performed', 'granted'] as const).map((v) => ({
            value: v,
            label: t(`feeBasisKind.${v}`),
          }))}
        />
        <TextInput
          label={t('feeTariff')}
          description={t('feeTariffHint')}
          {...field('feeTariff')}
        />
      </SimpleGrid>
      <Group>
        <Button type="submit">{t('compare')}</Button>
        <Button
          variant="default"
          onClick={() => {
            const next = {
              ...empty,
              from: f.from,
              to: f.to,
              declinedCare: '0',
              declinedService: '0',
              rates: 'day=+2%',
            };
            setF(next);
            onCompare(toInput(next));
          }}
        >
          {t('example')}
        </Button>
      </Group>
    </form>
  );
}
