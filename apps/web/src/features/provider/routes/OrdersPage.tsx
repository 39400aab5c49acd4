import {
  Anchor,
  Button,
  Card,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { OrderSummary } from '../components/OrderSummary.tsx';
import {
  providerOrdersQuery,
  staffQuery,
  useAcceptOrder,
  useDeclineOrder,
  type Order,
} from '../api/orders.ts';

function useClientName() {
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  return (id: string) => clients.find((c) => c.id === id)?.name ?? id;
}

/** A sent order: accept it (naming the contact person at once, if known) or decline with a reason. */
function NewOrder({ order, providerId }: { order: Order; providerId: string }) {
  const { t } = useTranslation('provider');
  const clientName = useClientName();
  const staff = useQuery(staffQuery(providerId)).data?.staff ?? [];
  const [draft, setDraft, clear] = useDraft(`order-reply:${order.id}`, {
    contactPerson: '',
    reason: '',
  });
  const accept = useAcceptOrder();
  const decline = useDeclineOrder();
  const name = clientName(order.clientId);
  return (
    <Card withBorder component="section" aria-label={name}>
      <Stack gap="xs">
        <Title order={3} size="h4">
          {name}
        </Title>
        <OrderSummary order={order} />
        <Select
          label={t('orders.contactPerson')}
          description={t('orders.contactPersonHint')}
          data={staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))}
          value={draft.contactPerson || null}
          onChange={(v) => setDraft((d) => ({ ...d, contactPerson: v ?? '' }))}
          searchable
          clearable
        />
        <Group>
          <Button
            loading={accept.isPending}
            onClick={() =>
              accept.mutate(
                { id: order.id, contactPersonStaffId: draft.contactPerson || undefined },
                { onSuccess: clear },
              )
            }
          >
            {t('orders.accept')}
          </Button>
        </Group>
        <ApiErrorAlert error={accept.error} />
        <Textarea
          label={t('orders.declineReason')}
          autosize
          minRows={2}
          value={draft.reason}
          onChange={(e) => {
            const reason = e.currentTarget.value;
            setDraft((d) => ({ ...d, reason }));
          }}
        />
        <ApiErrorAlert error={decline.error} />
        <Group>
          <Button
            variant="outline"
            color="red"
            disabled={!draft.reason.trim()}
            loading={decline.isPending}
            onClick={() =>
              decline.mutate({ id: order.id, reason: draft.reason.trim() }, { onSuccess: clear })
            }
          >
            {t('orders.confirmDecline')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Orders sent to the provider: new ones to answer, accepted ones leading to the client's plan. */
export function OrdersPage() {
  const { t } = useTranslation('provider');
  const me = useMe();
  const orders = useQuery(providerOrdersQuery);
  const clientName = useClientName();
  const providerId = me?.providerId ?? '';
  return (
    <>
      <PageTitle>{t('orders.title')}</PageTitle>
      <QueryState query={orders}>
        {({ orders: list }) => {
          const sent = list.filter((o) => o.status === 'sent');
          const accepted = list
            .filter((o) => o.status === 'accepted')
            .sort((a, b) => clientName(a.clientId).localeCompare(clientName(b.clientId), 'sv'));
          return (
            <Stack gap="xl">
              <section aria-labelledby="new-orders">
                <Title order={2} size="h3" id="new-orders" mb="sm">
                  {t('orders.newOrders')}
                </Title>
                {sent.length === 0 ? (
                  <EmptyState>{t('orders.noNew')}</EmptyState>
                ) : (
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    {sent.map((o) => (
                      <NewOrder key={o.id} order={o} providerId={providerId} />
                    ))}
                  </SimpleGrid>
                )}
              </section>
              <section aria-labelledby="accepted-orders">
                <Title order={2} size="h3" id="accepted-orders" mb="sm">
                  {t('orders.accepted')}
                </Title>
                {accepted.length === 0 ? (
                  <EmptyState>{t('orders.noAccepted')}</EmptyState>
                ) : (
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('client')}</Table.Th>
                        <Table.Th>{t('orders.period')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {accepted.map((o) => (
                        <Table.Tr key={o.id}>
                          <Table.Td>
                            <Anchor
                              component={Link}
                              to={`/bestallningar/${encodeURIComponent(o.clientId)}`}
                            >
                              {clientName(o.clientId)}
                            </Anchor>
                          </Table.Td>
                          <Table.Td>
                            {formatDate(o.from)} –{' '}
                            {o.to ? formatDate(o.to) : t('orders.untilFurther')}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </section>
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
