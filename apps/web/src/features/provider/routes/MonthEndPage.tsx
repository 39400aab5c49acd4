import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { formatMinutes, formatMoney } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { monthCloseQuery, useSubmitMonth } from '../api/month.ts';
import { ExcessReasons } from '../components/ExcessReasons.tsx';
import { MonthPicker, useMonthParam } from '../components/MonthPicker.tsx';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** Month end: reasons for excess, the statement as finance will see it (read-only), submit. */
export function MonthEndPage() {
  const { t } = useTranslation('provider');
  const [month, setMonth] = useMonthParam();
  const providerId = useMe()?.providerId ?? '';
  const view = useQuery({ ...monthCloseQuery(month, providerId), enabled: providerId !== '' });
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const submit = useSubmitMonth(month, providerId);
  return (
    <>
      <PageTitle>{t('monthEnd.title')}</PageTitle>
      <MonthPicker month={month} onChange={setMonth} />
      <QueryState query={view}>
        {(v) => {
          const s = v.statement;
          return (
            <Stack>
              <Group>
                <Badge size="lg" variant="filled" color={v.status === 'draft' ? 'gray' : 'teal'}>
                  {t('monthEnd.statusLine', { status: t(`monthEnd.status.${v.status}`) })}
                </Badge>
                <Text>
                  {t('monthEnd.registrations', {
                    count: s.registrations,
                    manual: s.manualRegistrations,
                  })}
                </Text>
              </Group>
              {s.exceptions.length > 0 && (
                <Alert color="yellow" role="status">
                  {t('monthEnd.unresolved', { count: s.exceptions.length })}
                </Alert>
              )}
              <ExcessReasons view={v} clientName={clientName} />
              <Card withBorder component="section" aria-labelledby="statement-heading">
                <Title order={2} size="h3" id="statement-heading" mb="sm">
                  {t('monthEnd.statement')}
                </Title>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('client')}</Table.Th>
                      <Table.Th ta="right">{t('monthEnd.ordered')}</Table.Th>
                      <Table.Th ta="right">{t('monthEnd.performed')}</Table.Th>
                      <Table.Th ta="right">{t('monthEnd.deviation')}</Table.Th>
                      <Table.Th ta="right">{t('monthEnd.payable')}</Table.Th>
                      <Table.Th ta="right">{t('monthEnd.amount')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {s.lines.map((l) => (
                      <Table.Tr key={l.client}>
                        <Table.Td>{clientName(l.client)}</Table.Td>
                        <Table.Td ta="right" style={nowrap}>
                          {formatMinutes(l.orderedMinutes)}
                        </Table.Td>
                        <Table.Td ta="right" style={nowrap}>
                          {formatMinutes(l.performedMinutes)}
                        </Table.Td>
                        <Table.Td ta="right" style={nowrap}>
                          {formatMinutes(l.deviationMinutes)}
                        </Table.Td>
                        <Table.Td ta="right" style={nowrap}>
                          {formatMinutes(l.payableMinutes)}
                        </Table.Td>
                        <Table.Td ta="right" style={nowrap}>
                          {formatMoney(l.amountOre)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Th>{t('monthEnd.total')}</Table.Th>
                      <Table.Td colSpan={4} />
                      <Table.Th ta="right" style={nowrap}>
                        {formatMoney(s.totalOre)}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
                <Text fw={600} mt="sm">
                  {t('monthEnd.toPay')}: {formatMoney(v.toPayOre)}
                </Text>
              </Card>
              {v.status === 'draft' && (
                <Stack gap="xs">
                  {v.blockers.submit.length > 0 && (
                    <Alert color="yellow" role="status">
                      {t('monthEnd.blocked', { count: v.blockers.submit.length })}
                    </Alert>
                  )}
                  <ApiErrorAlert error={submit.error} />
                  <Group>
                    <Button
                      onClick={() => submit.mutate()}
                      disabled={v.blockers.submit.length > 0}
                      loading={submit.isPending}
                    >
                      {t('monthEnd.submit')}
                    </Button>
                  </Group>
                </Stack>
              )}
              {submit.isSuccess && (
                <Text role="status" fw={600}>
                  {t('monthEnd.submitted')}
                </Text>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
