import { Alert, Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDate, formatMinutes, formatMonth } from '../../../lib/format.ts';
import { providersQuery } from '../api/clients.ts';
import { ordersQuery, plansQuery, type Order } from '../api/care.ts';

function OrderPlans({ order }: { order: Order }) {
  const { t } = useTranslation('clients');
  const plans = useQuery(plansQuery(order.id));
  const provider = useQuery(providersQuery).data?.providers.find((p) => p.id === order.providerId);
  return (
    <Card
      withBorder
      component="section"
      aria-label={t('planFor', { provider: provider?.name ?? order.providerId })}
    >
      <Title order={2} size="h3" mb="xs">
        {t('planFor', { provider: provider?.name ?? order.providerId })}
      </Title>
      <QueryState query={plans}>
        {(p) =>
          p.plans.length === 0 ? (
            <EmptyState>{t('noPlan')}</EmptyState>
          ) : (
            <Stack>
              {p.plans.map((plan) => (
                <Stack key={plan.id} gap="xs">
                  <Text size="sm">
                    {formatDate(plan.validFrom)} –{' '}
                    {plan.validTo ? formatDate(plan.validTo) : t('untilFurther')}
                  </Text>
                  {plan.agreedAt ? (
                    <Badge color="teal" variant="outline" size="lg">
                      {t('agreed', { date: formatDate(plan.agreedAt) })}
                      {plan.agreedHow ? ` (${t(`agreedHow.${plan.agreedHow}`)})` : ''}
                    </Badge>
                  ) : (
                    <Badge color="gray" variant="outline" size="lg">
                      {t('notAgreed')}
                    </Badge>
                  )}
                  {plan.warnings.map((w, i) => (
                    <Alert key={i} color="yellow" role="status">
                      {t('plannedExceeds', {
                        month: formatMonth(w.month),
                        planned: formatMinutes(w.plannedMinutes),
                        ordered: formatMinutes(w.orderedMinutes),
                      })}
                    </Alert>
                  ))}
                  {plan.notes && (
                    <div>
                      <Text fw={600} size="sm">
                        {t('notes')}
                      </Text>
                      <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.notes}</Text>
                    </div>
                  )}
                  <Table>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('weekdays')}</Table.Th>
                        <Table.Th>{t('window')}</Table.Th>
                        <Table.Th>{t('duration')}</Table.Th>
                        <Table.Th>{t('areasHeading')}</Table.Th>
                        <Table.Th>{t('staffCount')}</Table.Th>
                        <Table.Th>{t('preferredStaff')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {plan.visits.map((v) => (
                        <Table.Tr key={v.id}>
                          <Table.Td>
                            {v.weekdays.map((d) => t(`weekdayNames.${d}`)).join(', ')}
                          </Table.Td>
                          <Table.Td>
                            {v.windowFrom}–{v.windowTo}
                          </Table.Td>
                          <Table.Td>{formatMinutes(v.durationMinutes)}</Table.Td>
                          <Table.Td>
                            {v.areas.map((a) => t(`common:areas.${a}`, { defaultValue: a })).join(', ')}
                          </Table.Td>
                          <Table.Td>{v.staffCount}</Table.Td>
                          <Table.Td>{v.preferredStaffId ?? '–'}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Stack>
              ))}
            </Stack>
          )
        }
      </QueryState>
    </Card>
  );
}

/** The provider's plans as agreed with the client, one per order that has been accepted. */
export function PlanSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const orders = useQuery(ordersQuery(clientId));
  return (
    <QueryState query={orders}>
      {(o) => {
        const live = o.orders.filter((x) => x.status === 'accepted' || x.status === 'ended');
        if (live.length === 0) return <EmptyState>{t('noPlan')}</EmptyState>;
        return (
          <Stack>
            {live.map((ord) => (
              <OrderPlans key={ord.id} order={ord} />
            ))}
          </Stack>
        );
      }}
    </QueryState>
  );
}
