import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/QueryState.tsx';
import { formatMinutes, formatMoney, formatMonth } from '../../../lib/format.ts';
import type { StatementView } from '../api/month-close.ts';

type Line = StatementView['statement']['lines'][number];

/** Paid quantity per band: minutes of per-hour bands, visits of per-visit bands, days of monthly items. */
function PaidByBand({ line }: { line: Line }) {
  const { t } = useTranslation('finance');
  return (
    <>
      {line.parts.map((p, i) => (
        <Text size="sm" key={i}>
          {p.price === 'per_month'
            ? t(`areas.${p.area}`, { defaultValue: p.area })
            : `${t(`bands.${p.band}`, { defaultValue: p.band })} (${t(`categories.${p.category}`)})`}
          :{' '}
          {p.price === 'per_hour'
            ? formatMinutes(p.minutes)
            : p.price === 'per_visit'
              ? t('visits', { count: p.count })
              : t('months', { count: p.days })}
        </Text>
      ))}
    </>
  );
}

/** The statement's lines per client, the approved excess of last month and the adjustments. */
export function StatementLines({
  view,
  clientName,
}: {
  view: StatementView;
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('finance');
  const s = view.statement;
  return (
    <>
      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('lines')}
      </Title>
      {s.lines.length === 0 ? (
        <EmptyState>{t('noLines')}</EmptyState>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('client')}</Table.Th>
              <Table.Th ta="right">{t('ordered')}</Table.Th>
              <Table.Th ta="right">{t('performed')}</Table.Th>
              <Table.Th>{t('paidByBand')}</Table.Th>
              <Table.Th ta="right">{t('declined')}</Table.Th>
              <Table.Th ta="right">{t('excess')}</Table.Th>
              <Table.Th ta="right">{t('amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.lines.map((l) => (
              <Table.Tr key={l.client}>
                <Table.Td>{clientName(l.client)}</Table.Td>
                <Table.Td ta="right">{formatMinutes(l.orderedMinutes)}</Table.Td>
                <Table.Td ta="right">{formatMinutes(l.performedMinutes)}</Table.Td>
                <Table.Td>
                  <PaidByBand line={l} />
                </Table.Td>
                <Table.Td ta="right">
                  {l.declinedPaidMinutes ? formatMinutes(l.declinedPaidMinutes) : '–'}
                </Table.Td>
                <Table.Td ta="right">
                  {l.excessMinutes ? formatMinutes(l.excessMinutes) : '–'}
                </Table.Td>
                <Table.Td ta="right">{formatMoney(l.amountOre)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('approvedExcess')}
      </Title>
      {s.approvedExcess.length === 0 ? (
        <EmptyState>{t('noApprovedExcess')}</EmptyState>
      ) : (
        <Table>
          <Table.Tbody>
            {s.approvedExcess.map((e) => (
              <Table.Tr key={e.client}>
                <Table.Td>{clientName(e.client)}</Table.Td>
                <Table.Td>{formatMonth(e.fromMonth)}</Table.Td>
                <Table.Td ta="right">{formatMinutes(e.minutes)}</Table.Td>
                <Table.Td ta="right">{formatMoney(e.amountOre)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('adjustments')}
      </Title>
      {view.adjustments.length === 0 ? (
        <EmptyState>{t('noAdjustments')}</EmptyState>
      ) : (
        <Table>
          <Table.Tbody>
            {view.adjustments.map((a) => (
              <Table.Tr key={a.concernsMonth}>
                <Table.Td>{t('concerns', { month: formatMonth(a.concernsMonth) })}</Table.Td>
                <Table.Td ta="right">{formatMoney(a.amountOre)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
