import { SERVICE_AREAS } from '@hemma/domain';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDate } from '../../../lib/format.ts';
import { providersQuery } from '../api/clients.ts';
import { decisionsQuery, ordersQuery, type Order } from '../api/care.ts';
import { DecisionForm } from './DecisionForm.tsx';
import { OrderChange } from './OrderChange.tsx';
import { OrderForm } from './OrderForm.tsx';

const areaRank = (area: string): number => {
  const i = (SERVICE_AREAS as readonly string[]).indexOf(area);
  return i === -1 ? SERVICE_AREAS.length : i;
};

export function AreaHours({ hours }: { hours: Record<string, number> }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap={0}>
      {/* In the areas' own order: the stored order is the database's, not the reader's. */}
      {Object.entries(hours)
        .sort(([a], [b]) => areaRank(a) - areaRank(b))
        .map(([area, h]) => (
          <Text size="sm" key={area}>
            {t(`common:areas.${area}`, { defaultValue: area })}:{' '}
            {t('hoursTotal', { hours: h.toLocaleString('sv-SE') })}
          </Text>
        ))}
    </Stack>
  );
}

/** The decision's text and goals, as written, beneath the decision they belong to. */
function DecisionWords({ text, goals }: { text: string | null; goals: string | null }) {
  const { t } = useTranslation('clients');
  return (
    <Stack gap={6}>
      {text !== null && (
        <div>
          <Text size="sm" fw={600}>
            {t('decisionText')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {text}
          </Text>
        </div>
      )}
      {goals !== null && (
        <div>
          <Text size="sm" fw={600}>
            {t('goals')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {goals}
          </Text>
        </div>
      )}
    </Stack>
  );
}

const period = (from: string, to: string | null, t: (k: string) => string) =>
  `${formatDate(from)} – ${to ? formatDate(to) : t('untilFurther')}`;

/** The client's decisions and the orders made from them, with forms for new ones. */
export function CareSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const decisions = useQuery(decisionsQuery(clientId));
  const orders = useQuery(ordersQuery(clientId));
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const [form, setForm] = useState<'decision' | 'order' | null>(null);
  const [changing, setChanging] = useState<Order | null>(null);

  return (
    <Stack gap="lg">
      <Card withBorder component="section" aria-labelledby="decisions-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="decisions-heading">
            {t('decisions')}
          </Title>
          <Button
            variant="default"
            onClick={() => setForm(form === 'decision' ? null : 'decision')}
          >
            {t('newDecision')}
          </Button>
        </Group>
        {form === 'decision' && <DecisionForm clientId={clientId} onDone={() => setForm(null)} />}
        <QueryState query={decisions}>
          {(d) =>
            d.decisions.length === 0 ? (
              <EmptyState>{t('noDecisions')}</EmptyState>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('period')}</Table.Th>
                    <Table.Th>{t('hoursPerMonth')}</Table.Th>
                    <Table.Th>{t('doubleStaffing')}</Table.Th>
                    <Table.Th>{t('decidedAt')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {d.decisions.map((dec) => (
                    <Fragment key={dec.id}>
                      <Table.Tr>
                        <Table.Td>{period(dec.validFrom, dec.validTo, t)}</Table.Td>
                        <Table.Td>
                          <AreaHours hours={dec.hoursPerMonth} />
                        </Table.Td>
                        <Table.Td>{dec.doubleStaffing ? t('common:yes') : t('common:no')}</Table.Td>
                        <Table.Td>{formatDate(dec.decidedAt)}</Table.Td>
                      </Table.Tr>
                      {(dec.text !== null || dec.goals !== null) && (
                        <Table.Tr>
                          <Table.Td colSpan={4}>
                            <DecisionWords text={dec.text} goals={dec.goals} />
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Fragment>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Card>

      <Card withBorder component="section" aria-labelledby="orders-heading">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="orders-heading">
            {t('orders')}
          </Title>
          <Button variant="default" onClick={() => setForm(form === 'order' ? null : 'order')}>
            {t('newOrder')}
          </Button>
        </Group>
        {form === 'order' && (
          <OrderForm
            clientId={clientId}
            decisions={decisions.data?.decisions ?? []}
            onDone={() => setForm(null)}
          />
        )}
        {changing && (
          <OrderChange clientId={clientId} order={changing} onDone={() => setChanging(null)} />
        )}
        <QueryState query={orders}>
          {(o) =>
            o.orders.length === 0 ? (
              <EmptyState>{t('noOrders')}</EmptyState>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('provider')}</Table.Th>
                    <Table.Th>{t('period')}</Table.Th>
                    <Table.Th>{t('hoursPerMonth')}</Table.Th>
                    <Table.Th>{t('status')}</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">{t('changeOrder')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {o.orders.map((ord) => (
                    <Table.Tr key={ord.id}>
                      <Table.Td>{providerName(ord.providerId)}</Table.Td>
                      <Table.Td>{period(ord.from, ord.to, t)}</Table.Td>
                      <Table.Td>
                        <AreaHours hours={ord.hoursPerMonth} />
                        {ord.doubleStaffing && <Text size="sm">{t('doubleStaffing')}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Badge
                          variant="outline"
                          color={ord.status === 'accepted' ? 'teal' : 'gray'}
                        >
                          {t(`orderStatus.${ord.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {(ord.status === 'sent' || ord.status === 'accepted') && (
                          <Button size="xs" variant="default" onClick={() => setChanging(ord)}>
                            {t('changeOrder')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
