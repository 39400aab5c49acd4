import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { figure, FigureTable } from '../../../components/FigureTable.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { formatMinutes, formatMoney } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { monthCloseQuery, useSubmitMonth, type MonthClose } from '../api/month.ts';
import { ExcessReasons } from '../components/ExcessReasons.tsx';
import { MonthPicker, useMonthParam } from '../components/MonthPicker.tsx';

type Line = MonthClose['statement']['lines'][number];

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
                <FigureTable<Line>
                  rows={s.lines}
                  rowKey={(l) => l.client}
                  columns={[
                    { head: t('client'), cell: (l) => clientName(l.client) },
                    figure(t('monthEnd.ordered'), (l) => formatMinutes(l.orderedMinutes)),
                    figure(t('monthEnd.performed'), (l) => formatMinutes(l.performedMinutes)),
                    figure(t('monthEnd.deviation'), (l) => formatMinutes(l.deviationMinutes)),
                    figure(t('monthEnd.payable'), (l) => formatMinutes(l.payableMinutes)),
                    figure(t('monthEnd.amount'), (l) => formatMoney(l.amountOre)),
                  ]}
                  total={{ label: t('monthEnd.total'), value: formatMoney(s.totalOre) }}
                />
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
