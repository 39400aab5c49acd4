import { Card, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useRates, useRules } from '../api/settings.ts';
import { ratePrice, rateScope } from './rate-text.ts';
import { ListTable } from './ListTable.tsx';

/** Rules and rates as they were entered, oldest first: the history that explains every month. */
export function RateHistory() {
  const { t } = useTranslation('admin');
  const rates = useRates();
  const rules = useRules();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder component="section" aria-labelledby="rate-history">
        <Title order={2} size="h4" id="rate-history">
          {t('settings.rates')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('settings.ratesHistory')}
        </Text>
        <QueryState query={rates}>
          {(data) => (
            <Table.ScrollContainer minWidth={420} mah={360}>
              <Table striped stickyHeader fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('settings.from')}</Table.Th>
                    <Table.Th scope="col">{t('settings.appliesTo')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('settings.price')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.rates.map((r) => (
                    <Table.Tr key={r.position}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.from)}</Table.Td>
                      <Table.Td>{rateScope(r, t)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{ratePrice(r.ore, r.price, t)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Card>
      <Card withBorder component="section" aria-labelledby="rule-history">
        <Title order={2} size="h4" id="rule-history" mb="xs">
          {t('settings.rules')}
        </Title>
        <QueryState query={rules}>
          {(data) => (
            <ListTable
              striped
              columns={[
                t('settings.from'),
                t('settings.capPercent'),
                t('settings.declinedCare'),
                t('settings.declinedService'),
              ]}
            >
              {data.rules.map((r) => (
                <Table.Tr key={r.position}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(r.from)}</Table.Td>
                  <Table.Td>{r.capPercent} %</Table.Td>
                  <Table.Td>{r.declinedAtDoorPercent.care} %</Table.Td>
                  <Table.Td>{r.declinedAtDoorPercent.service} %</Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
      </Card>
    </SimpleGrid>
  );
}
