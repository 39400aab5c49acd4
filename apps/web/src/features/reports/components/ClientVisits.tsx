import { Modal, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay, formatMinutes, formatMonth, formatTime } from '../../../lib/format.ts';
import { clientVisitsQuery } from '../api/reports.ts';

/** The drill-down from a client's figures: the visits of the month behind them, as the statements pair them. */
export function ClientVisits({
  clientId,
  clientName,
  month,
  onClose,
}: {
  clientId: string;
  clientName: string;
  month: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('reports');
  const query = useQuery(clientVisitsQuery(clientId, month));
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('visitsTitle', { month: formatMonth(month), client: clientName })}
      closeButtonProps={{ 'aria-label': t('close') }}
    >
      <QueryState query={query}>
        {(data) =>
          data.visits.length === 0 ? (
            <EmptyState>{t('visit.none')}</EmptyState>
          ) : (
            <>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('visit.date')}</Table.Th>
                    <Table.Th>{t('visit.time')}</Table.Th>
                    <Table.Th>{t('visit.staff')}</Table.Th>
                    <Table.Th ta="right">{t('visit.minutes')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.visits.map((v) => (
                    <Table.Tr key={v.id}>
                      <Table.Td>{formatCalendarDay(v.date)}</Table.Td>
                      <Table.Td>
                        {formatTime(v.arrive)}–{formatTime(v.leave)}
                      </Table.Td>
                      <Table.Td>{data.staffNames[v.staffId] ?? v.staffId}</Table.Td>
                      <Table.Td ta="right">{formatMinutes(v.minutes)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Text size="sm" mt="xs">
                {t('declinedCount', { count: data.declined.length })}
              </Text>
            </>
          )
        }
      </QueryState>
    </Modal>
  );
}
