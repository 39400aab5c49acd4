import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate } from '../../../lib/format.ts';
import { providersQuery } from '../api/clients.ts';
import { useCreateOrder, type Decision } from '../api/care.ts';
import { AreaHoursInput, hoursOf, type AreaHoursDraft } from './AreaHoursInput.tsx';

const NO_HOURS: AreaHoursDraft = {};

/** An order to the provider the client chose from the LOV list, within one of her decisions. */
export function OrderForm({
  clientId,
  decisions,
  onDone,
}: {
  clientId: string;
  decisions: readonly Decision[];
  onDone: () => void;
}) {
  const { t } = useTranslation('clients');
  // Only an approved provider of the LOV register may be chosen (the API answers 422 otherwise).
  const providers = (useQuery(providersQuery).data?.providers ?? []).filter((p) => p.approvalStatus === 'approved');
  const [form, setForm, clear] = useDraft(`order:${clientId}`, {
    decisionId: decisions[0]?.id ?? '',
    providerId: '',
    from: decisions[0]?.validFrom ?? '',
    to: '',
    doubleStaffing: false,
    hours: NO_HOURS,
  });
  const decision = decisions.find((d) => d.id === form.decisionId);
  const create = useCreateOrder(clientId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        clientId,
        providerId: form.providerId,
        decisionId: form.decisionId,
        from: form.from,
        to: form.to || null,
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
      aria-label={t('newOrder')}
    >
      <Stack>
        <Select
          label={t('decision')}
          required
          data={decisions.map((d) => ({
            value: d.id,
            label: `${formatDate(d.validFrom)} – ${d.validTo ? formatDate(d.validTo) : t('untilFurther')}`,
          }))}
          value={form.decisionId || null}
          onChange={(v) => setForm((f) => ({ ...f, decisionId: v ?? '' }))}
        />
        <Radio.Group
          label={t('providerLov')}
          required
          value={form.providerId}
          onChange={(v) => setForm((f) => ({ ...f, providerId: v }))}
        >
          <Stack gap={6} mt={4}>
            {providers.map((p) => (
              <Radio
                key={p.id}
                value={p.id}
                label={p.name}
                description={`${t(`providerKinds.${p.kind}`)} · ${p.orgNumber}`}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Group grow>
          <TextInput
            type="date"
            label={t('from')}
            required
            value={form.from}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, from: value }));
            }}
          />
          <TextInput
            type="date"
            label={t('to')}
            description={t('untilFurther')}
            value={form.to}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, to: value }));
            }}
          />
        </Group>
        {decision ? (
          <AreaHoursInput
            value={form.hours}
            onChange={(hours) => setForm((f) => ({ ...f, hours }))}
            only={Object.keys(decision.hoursPerMonth)}
            max={decision.hoursPerMonth}
          />
        ) : (
          <Text c="dimmed">{t('noDecisions')}</Text>
        )}
        {decision?.doubleStaffing && (
          <Checkbox
            label={t('doubleStaffing')}
            checked={form.doubleStaffing}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setForm((f) => ({ ...f, doubleStaffing: checked }));
            }}
          />
        )}
        <ApiErrorAlert error={create.error} />
        <Group>
          <Button
            type="submit"
            loading={create.isPending}
            disabled={
              !form.providerId || !decision || Object.keys(hoursOf(form.hours)).length === 0
            }
          >
            {t('sendOrder')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
