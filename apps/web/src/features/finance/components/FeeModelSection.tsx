import {
  Badge,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate, formatMoney, localDate } from '../../../lib/format.ts';
import { feeSettingsQuery, useAddFeeModel, type FeeSettings } from '../api/fees.ts';
import { parseKronor } from './kronor.ts';

type Model = FeeSettings['feeModels'][number];

function TariffText({ tariff }: { tariff: unknown }) {
  const { t } = useTranslation('finance');
  const x = tariff as { kind: 'hourly' | 'fixed' | 'levels'; orePerHour?: number; ore?: number };
  if (x.kind === 'hourly')
    return <>{t('tariffText.hourly', { kr: formatMoney(x.orePerHour ?? 0) })}</>;
  if (x.kind === 'fixed') return <>{t('tariffText.fixed', { kr: formatMoney(x.ore ?? 0) })}</>;
  return <>{t('tariffText.levels')}</>;
}

/** The model in force today: the latest `from` on or before it. */
function inForce(models: readonly Model[], today: string): Model | undefined {
  return models
    .filter((m) => m.from <= today)
    .reduce<Model | undefined>((best, m) => (!best || m.from >= best.from ? m : best), undefined);
}

function NewModelForm() {
  const { t } = useTranslation('finance');
  const add = useAddFeeModel();
  const [v, setV, clear] = useDraft('fee-model-new', { from: '', basis: 'performed', hourly: '' });
  const ore = parseKronor(v.hourly);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (ore === undefined || !v.from) return;
        add.mutate(
          {
            from: v.from,
            basis: v.basis as 'performed' | 'granted',
            tariff: { kind: 'hourly', orePerHour: ore },
          },
          { onSuccess: clear },
        );
      }}
    >
      <Title order={3} size="h4" mb="xs">
        {t('newModel')}
      </Title>
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('from')}
          value={v.from}
          required
          onChange={(e) => {
            const x = e.currentTarget.value;
            setV((p) => ({ ...p, from: x }));
          }}
        />
        <Select
          label={t('basis')}
          value={v.basis}
          allowDeselect={false}
          onChange={(x) => x && setV((p) => ({ ...p, basis: x }))}
          data={[
            { value: 'performed', label: t('basisKind.performed') },
            { value: 'granted', label: t('basisKind.granted') },
          ]}
        />
        <TextInput
          label={t('hourlyRate')}
          inputMode="decimal"
          value={v.hourly}
          required
          error={v.hourly && ore === undefined ? t('notKronor') : undefined}
          onChange={(e) => {
            const x = e.currentTarget.value;
            setV((p) => ({ ...p, hourly: x }));
          }}
        />
        <Button type="submit" loading={add.isPending} disabled={!v.from || ore === undefined}>
          {t('addModel')}
        </Button>
      </Group>
      <ApiErrorAlert error={add.error} />
    </form>
  );
}

/** The fee model's effective-dated history with a new entry, and the prisbasbelopp table. */
export function FeeModelSection() {
  const { t } = useTranslation('finance');
  const query = useQuery(feeSettingsQuery);
  const today = localDate(new Date());
  return (
    <QueryState query={query}>
      {(s) => {
        const current = inForce(s.feeModels, today);
        const years = Object.entries(s.prisbasbelopp)
          .sort(([a], [b]) => b.localeCompare(a))
          .slice(0, 6);
        return (
          <SimpleGrid cols={{ base: 1, lg: 2 }} mt="lg">
            <Stack>
              <Title order={2} size="h3">
                {t('feeModels')}
              </Title>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('from')}</Table.Th>
                    <Table.Th>{t('basis')}</Table.Th>
                    <Table.Th>{t('tariff')}</Table.Th>
                    <Table.Th>{t('declinedFee')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.feeModels.map((m, i) => (
                    <Table.Tr key={`${m.from}/${i}`}>
                      <Table.Td>
                        {formatDate(m.from)}{' '}
                        {m === current && (
                          <Badge variant="outline" color="teal">
                            {t('inForce')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`basisKind.${m.basis}`)}</Table.Td>
                      <Table.Td>
                        <TariffText tariff={m.tariff} />
                      </Table.Td>
                      <Table.Td>{formatMoney(m.declinedAtDoorFeeOre)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <NewModelForm />
            </Stack>
            <Stack>
              <Title order={2} size="h3">
                {t('prisbasbelopp')}
              </Title>
              <Table maw={320}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('year')}</Table.Th>
                    <Table.Th ta="right">{t('kronor')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {years.map(([year, kr]) => (
                    <Table.Tr key={year}>
                      <Table.Td>{year}</Table.Td>
                      <Table.Td ta="right">{formatMoney(kr * 100)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </SimpleGrid>
        );
      }}
    </QueryState>
  );
}
