import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/QueryState.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import type { StatementView } from '../api/month-close.ts';

/** The month's exceptions (each blocks approval until corrected) and the share of manual registrations. */
export function StatementExceptions({
  view,
  clientName,
}: {
  view: StatementView;
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('finance');
  const s = view.statement;
  const share = s.registrations === 0 ? 0 : s.manualRegistrations / s.registrations;
  return (
    <>
      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('exceptions')}
      </Title>
      <Text size="sm" mb="xs">
        {t('manualShare', {
          manual: s.manualRegistrations,
          all: s.registrations,
          share: new Intl.NumberFormat('sv-SE', {
            style: 'percent',
            maximumFractionDigits: 1,
          }).format(share),
        })}
      </Text>
      {s.exceptions.length === 0 ? (
        <EmptyState>{t('noExceptions')}</EmptyState>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('at')}</Table.Th>
              <Table.Th>{t('type')}</Table.Th>
              <Table.Th>{t('client')}</Table.Th>
              <Table.Th>{t('staff')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.exceptions.map((x) => (
              <Table.Tr key={`${x.registration}/${x.type}`}>
                <Table.Td>{formatDayTime(x.at)}</Table.Td>
                <Table.Td>{t(`exceptionTypes.${x.type}`)}</Table.Td>
                <Table.Td>{clientName(x.client)}</Table.Td>
                <Table.Td>{x.staff}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
