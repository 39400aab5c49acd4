import { Alert, Card, Checkbox, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useChangePreview } from '../api/settings.ts';
import { ratePrice, rateScope } from './rate-text.ts';

function percent(before: number | null, after: number | null): string {
  if (before === null || after === null || before === 0) return '';
  const p = ((after - before) / before) * 100;
  return `${p > 0 ? '+' : ''}${p.toLocaleString('sv-SE', { maximumFractionDigits: 2 })} %`;
}

/** Every price on the day before a date and from it, computed by the statements' own rules. */
export function ChangePreviewCard({ date, onDate }: { date: string; onDate: (d: string) => void }) {
  const { t } = useTranslation('admin');
  const [onlyChanged, setOnlyChanged] = useState(true);
  const query = useChangePreview(date);
  return (
    <Card withBorder component="section" aria-labelledby="change-preview">
      <Group justify="space-between" align="flex-end" mb="xs">
        <Title order={2} size="h4" id="change-preview">
          {t('settings.preview')}
        </Title>
        <Group align="flex-end">
          <Checkbox label={t('settings.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
          <TextInput type="date" label={t('settings.previewDate')} value={date} onChange={(e) => onDate(e.currentTarget.value)} />
        </Group>
      </Group>
      <QueryState query={query}>
        {(p) => {
          const rows = p.prices.filter((x) => !onlyChanged || x.beforeOre !== x.afterOre);
          return (
            <>
              <Text role="status" fw={600} mb="xs">
                {t('settings.previewSummary', { count: p.changedPrices, date: formatDate(p.date), before: formatDate(p.dayBefore) })}
                {p.rule.changed && ` ${t('settings.ruleChanged')}`}
              </Text>
              {p.rule.changed && (
                <Alert color="blue" variant="light" mb="xs">
                  {t('settings.capPercent')}: {p.rule.before.capPercent} % → {p.rule.after.capPercent} % · {t('settings.declinedCare')}:{' '}
                  {p.rule.before.declinedAtDoorPercent.care} % → {p.rule.after.declinedAtDoorPercent.care} % · {t('settings.declinedService')}:{' '}
                  {p.rule.before.declinedAtDoorPercent.service} % → {p.rule.after.declinedAtDoorPercent.service} %
                </Alert>
              )}
              {rows.length > 0 && (
                <Table.ScrollContainer minWidth={640}>
                  <Table striped fz="sm" aria-labelledby="change-preview">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('settings.appliesTo')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('settings.before', { date: formatDate(p.dayBefore) })}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('settings.after', { date: formatDate(p.date) })}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('settings.change')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((x) => (
                        <Table.Tr key={`${x.price}-${x.band}-${x.category}-${x.providerKind}-${x.area}`}>
                          <Table.Td>{rateScope(x, t)}</Table.Td>
                          <Table.Td ta="right">{ratePrice(x.beforeOre, x.price, t)}</Table.Td>
                          <Table.Td ta="right" fw={x.beforeOre !== x.afterOre ? 700 : undefined}>
                            {ratePrice(x.afterOre, x.price, t)}
                          </Table.Td>
                          <Table.Td ta="right">{x.beforeOre === x.afterOre ? t('settings.unchanged') : percent(x.beforeOre, x.afterOre)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
