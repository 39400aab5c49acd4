import { Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { areasNotOffered } from '@hemma/domain';
import { DateField } from '../../../components/DateField.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, localDate } from '../../../lib/format.ts';
import { providersQuery } from '../api/clients.ts';
import { useCreateOrder, type Decision } from '../api/care.ts';
import { AreaHoursInput, hoursOf, type AreaHoursDraft } from './AreaHoursInput.tsx';
import { CareForm, DoubleStaffingCheckbox } from './CareForm.tsx';
import { currentDecision } from './current-decision.ts';

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
  const providers = (useQuery(providersQuery).data?.providers ?? []).filter(
    (p) => p.approvalStatus === 'approved',
  );
  // The decisions may still be loading when the form opens: '' means "the current decision"
  // and "from its first day" until the officer chooses, so the choice follows the data.
  const [form, setForm, clear] = useDraft(`order:${clientId}`, {
    decisionId: '',
    providerId: '',
    from: '',
    to: '',
    doubleStaffing: false,
    hours: NO_HOURS,
  });
  const decision =
    decisions.find((d) => d.id === form.decisionId) ??
    currentDecision(decisions, localDate(new Date()));
  const from = form.from || decision?.validFrom || '';
  const orderedAreas = Object.keys(hoursOf(form.hours));
  const chosen = providers.find((p) => p.id === form.providerId);
  const missing = chosen ? areasNotOffered(orderedAreas, chosen.serviceAreas) : [];
  const areaNames = (areas: readonly string[]) =>
    areas.map((a) => t(`common:areas.${a}`, { defaultValue: a })).join(', ');
  const create = useCreateOrder(clientId);
  return (
    <CareForm
      label={t('newOrder')}
      submitLabel={t('sendOrder')}
      send={(onSuccess) =>
        create.mutate(
          {
            clientId,
            providerId: form.providerId,
            decisionId: decision?.id ?? '',
            from,
            to: form.to || null,
            doubleStaffing: form.doubleStaffing,
            hoursPerMonth: hoursOf(form.hours),
          },
          { onSuccess },
        )
      }
      pending={create.isPending}
      error={create.error}
      disabled={
        !form.providerId || !decision || !from || orderedAreas.length === 0 || missing.length > 0
      }
      clear={clear}
      onDone={onDone}
    >
      <Select
        label={t('decision')}
        required
        data={decisions.map((d) => ({
          value: d.id,
          label: `${formatDate(d.validFrom)} – ${d.validTo ? formatDate(d.validTo) : t('untilFurther')}`,
        }))}
        value={decision?.id ?? null}
        onChange={(v) => setForm((f) => ({ ...f, decisionId: v ?? '', from: '' }))}
        allowDeselect={false}
      />
      <Radio.Group
        label={t('providerLov')}
        description={t('providerLovHint')}
        required
        value={form.providerId}
        onChange={(v) => setForm((f) => ({ ...f, providerId: v }))}
        error={
          missing.length > 0
            ? t('providerLacks', { provider: chosen?.name, areas: areaNames(missing) })
            : undefined
        }
      >
        <Stack gap={8} mt={4}>
          {providers.map((p) => (
            <Radio
              key={p.id}
              value={p.id}
              label={p.name}
              description={
                <>
                  {t(`common:providerKinds.${p.kind}`)} · {p.orgNumber}
                  <br />
                  {t('offers')}: {areaNames(p.serviceAreas)}
                </>
              }
            />
          ))}
        </Stack>
      </Radio.Group>
      <Group grow>
        <DateField
          label={t('from')}
          required
          value={from}
          onChange={(value) => setForm((f) => ({ ...f, from: value }))}
        />
        <DateField
          label={t('to')}
          description={t('untilFurther')}
          value={form.to}
          onChange={(value) => setForm((f) => ({ ...f, to: value }))}
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
        <DoubleStaffingCheckbox
          checked={form.doubleStaffing}
          onChange={(doubleStaffing) => setForm((f) => ({ ...f, doubleStaffing }))}
        />
      )}
    </CareForm>
  );
}
