import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Text, TextInput, Title } from '@mantine/core';
import { SERVICE_AREAS } from '@hemma/domain';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, formatMoney } from '../../../lib/format.ts';
import { useAddRate, useChangePreview, type ChangePreview } from '../api/settings.ts';

type Price = 'per_hour' | 'per_visit' | 'per_month';
const ALL = '';

interface Form {
  from: string;
  price: Price;
  band: string;
  category: string;
  providerKind: string;
  area: string;
  mode: 'percent' | 'amount';
  percent: number | string;
  kronor: number | string;
}

/**
 * The price in force the day before for what the new entry narrows to; null when the prices it
 * would replace differ (then an amount must be given, not a percent).
 */
function currentOre(preview: ChangePreview | undefined, f: Form): number | null {
  if (!preview) return null;
  const matching = preview.prices.filter(
    (p) =>
      p.price === f.price &&
      (f.band === ALL || p.band === f.band) &&
      (f.category === ALL || p.category === f.category) &&
      (f.providerKind === ALL || p.providerKind === f.providerKind) &&
      (f.area === ALL || p.area === f.area),
  );
  const values = [...new Set(matching.map((p) => p.beforeOre))];
  return values.length === 1 ? (values[0] ?? null) : null;
}

/** A new rate from a date, as a percent of today's price or as an amount; history is never edited. */
export function NewRateForm({ bands, initialFrom, onSaved }: { bands: readonly string[]; initialFrom: string; onSaved: (from: string) => void }) {
  const { t } = useTranslation('admin');
  const [form, setForm, clear] = useDraft<Form>('admin-new-rate', {
    from: initialFrom, price: 'per_hour', band: ALL, category: ALL, providerKind: ALL, area: ALL, mode: 'percent', percent: '', kronor: '',
  });
  const set = <K extends keyof Form>(k: K) => (v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const preview = useChangePreview(form.from).data;
  const base = currentOre(preview, form);
  const ore =
    form.mode === 'percent'
      ? base !== null && typeof form.percent === 'number' ? Math.round(base * (1 + form.percent / 100)) : null
      : typeof form.kronor === 'number' ? Math.round(form.kronor * 100) : null;
  const add = useAddRate();
  const optional = (v: string) => (v === ALL ? undefined : v);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ore === null) return;
    add.mutate(
      {
        from: form.from,
        price: form.price,
        ore,
        band: form.price === 'per_month' ? undefined : optional(form.band),
        category: optional(form.category) as 'care' | 'service' | undefined,
        providerKind: optional(form.providerKind) as 'municipal' | 'private' | undefined,
        area: form.price === 'per_month' ? (optional(form.area) as (typeof SERVICE_AREAS)[number] | undefined) : undefined,
      },
      { onSuccess: () => { onSaved(form.from); clear(); } },
    );
  };
  const choice = (labels: Record<string, string>) => [{ value: ALL, label: t('settings.all') }, ...Object.entries(labels).map(([value, label]) => ({ value, label }))];

  return (
    <Card withBorder component="section" aria-labelledby="new-rate">
      <Title order={2} size="h4" id="new-rate">
        {t('settings.newRate')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('settings.newRateHint')}
      </Text>
      <form onSubmit={submit} aria-labelledby="new-rate" noValidate>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label={t('settings.from')} required value={form.from} onChange={(e) => set('from')(e.currentTarget.value)} />
          <Select label={t('settings.price')} allowDeselect={false} value={form.price} onChange={(v) => set('price')((v ?? 'per_hour'))}
            data={(['per_hour', 'per_visit', 'per_month'] as const).map((p) => ({ value: p, label: t(`settings.prices.${p}`) }))} />
          {form.price === 'per_month' ? (
            <Select label={t('settings.area')} allowDeselect={false} value={form.area} onChange={(v) => set('area')(v ?? ALL)}
              data={choice(Object.fromEntries(SERVICE_AREAS.map((a) => [a, t(`common:areas.${a}`, { defaultValue: a })])))} />
          ) : (
            <Select label={t('settings.band')} allowDeselect={false} value={form.band} onChange={(v) => set('band')(v ?? ALL)}
              data={[{ value: ALL, label: t('settings.anyBand') }, ...bands.map((b) => ({ value: b, label: b }))]} />
          )}
          <Select label={t('settings.category')} allowDeselect={false} value={form.category} onChange={(v) => set('category')(v ?? ALL)}
            data={choice({ care: t('settings.categories.care'), service: t('settings.categories.service') })} />
          <Select label={t('settings.kind')} allowDeselect={false} value={form.providerKind} onChange={(v) => set('providerKind')(v ?? ALL)}
            data={choice({ municipal: t('common:providerKinds.municipal'), private: t('common:providerKinds.private') })} />
        </SimpleGrid>
        <Group mt="sm" align="flex-end">
          <SegmentedControl value={form.mode} onChange={(v) => set('mode')(v)} aria-label={t('settings.howToChange')}
            data={[{ value: 'percent', label: t('settings.byPercent') }, { value: 'amount', label: t('settings.byAmount') }]} />
          {form.mode === 'percent' ? (
            <NumberInput label={t('settings.changePercent')} value={form.percent} onChange={set('percent')} decimalSeparator="," step={0.5} suffix=" %" w={180} />
          ) : (
            <NumberInput label={t('settings.newOre')} value={form.kronor} onChange={set('kronor')} decimalSeparator="," decimalScale={2} min={0} suffix=" kr" w={180} />
          )}
        </Group>
        {form.mode === 'percent' && base === null && preview && form.percent !== '' && (
          <Alert color="yellow" variant="light" mt="sm">{t('settings.mixedBase')}</Alert>
        )}
        {ore !== null && (
          <Text mt="sm" role="status">
            {base !== null && form.mode === 'percent' ? `${formatMoney(base)} → ` : ''}
            <strong>{formatMoney(ore)}</strong> {t(`settings.prices.${form.price}`)} · {t('settings.after', { date: formatDate(form.from) })}
          </Text>
        )}
        <ApiErrorAlert error={add.error} />
        {add.isSuccess && <Alert color="teal" variant="light" mt="sm" role="status">{t('settings.rateAdded', { date: formatDate(add.data.from) })}</Alert>}
        <Button type="submit" mt="sm" loading={add.isPending} disabled={ore === null || !form.from}>
          {t('settings.addRate')}
        </Button>
      </form>
    </Card>
  );
}
