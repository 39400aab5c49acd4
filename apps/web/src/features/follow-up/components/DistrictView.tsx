import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatMinutes, formatMoney } from '../../../lib/format.ts';

// A figure such as `14 h 00 min` reads as one: it never breaks over two lines.
const FIGURE = { whiteSpace: 'nowrap' } as const;
import { followUpQuery } from '../api/follow-up.ts';

/** Ordered against performed minutes per client of the district, from the statement lines. */
export function DistrictView({
  month,
  providerName,
}: {
  month: string;
  providerName: (id: string) => string;
}) {
  const { t } = useTranslation('followUp');
  const query = useQuery(followUpQuery(month));
  return (
    <QueryState query={query}>
      {(data) => {
        const rows = data.clients.flatMap((c) => c.lines.map((l) => ({ client: c, line: l })));
        if (rows.length === 0) return <EmptyState>{t('noLines')}</EmptyState>;
        return (
          <>
            <Text size="sm" mb="xs">
              {t(`model.${data.model}`)}
            </Text>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('client')}</Table.Th>
                  <Table.Th>{t('provider')}</Table.Th>
                  <Table.Th ta="right">{t('ordered')}</Table.Th>
                  <Table.Th ta="right">{t('performed')}</Table.Th>
                  <Table.Th ta="right">{t('difference')}</Table.Th>
                  <Table.Th ta="right">{t('deviations')}</Table.Th>
                  <Table.Th ta="right">{t('excess')}</Table.Th>
                  <Table.Th ta="right">{t('amount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ client, line }) => (
                  <Table.Tr key={`${client.clientId}/${line.providerId}`}>
                    <Table.Td>{client.clientName}</Table.Td>
                    <Table.Td>{providerName(line.providerId)}</Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {formatMinutes(line.orderedMinutes)}
                    </Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {formatMinutes(line.performedMinutes)}
                    </Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {formatMinutes(line.performedMinutes - line.orderedMinutes)}
                    </Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {line.deviationMinutes ? formatMinutes(line.deviationMinutes) : '–'}
                    </Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {line.excessMinutes ? formatMinutes(line.excessMinutes) : '–'}
                    </Table.Td>
                    <Table.Td ta="right" style={FIGURE}>
                      {formatMoney(line.amountOre)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        );
      }}
    </QueryState>
  );
}
