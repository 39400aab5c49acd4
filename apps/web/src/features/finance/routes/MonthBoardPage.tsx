import { Anchor, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { formatCalendarDay, formatMoney } from '../../../lib/format.ts';
import { boardQuery, paymentFileUrl } from '../api/month-close.ts';
import { BoardBlockers } from '../components/BoardBlockers.tsx';
import { previousMonth } from '../components/month.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';

/** Every provider's statement of a month: which can be paid, and what holds the others back. */
export function MonthBoardPage() {
  const { t } = useTranslation('finance');
  const [params, setParams] = useSearchParams();
  const month = params.get('manad') ?? previousMonth(new Date());
  const query = useQuery(boardQuery(month));
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  return (
    <>
      <PageTitle>{t('boardTitle')}</PageTitle>
      <Group align="flex-end" mb="md">
        <TextInput
          type="month"
          label={t('month')}
          value={month}
          onChange={(e) =>
            e.currentTarget.value && setParams({ manad: e.currentTarget.value }, { replace: true })
          }
          maw={220}
        />
        {query.data && (
          <>
            <Text>{t('paymentDate', { date: formatCalendarDay(query.data.paymentDate) })}</Text>
            {query.data.providers.some(
              (p) => p.status === 'approved' || p.status === 'exported',
            ) && (
              <Button component="a" href={paymentFileUrl(month)} variant="default" download>
                {t('paymentFile')}
              </Button>
            )}
          </>
        )}
      </Group>
      <QueryState query={query}>
        {(board) =>
          board.providers.length === 0 ? (
            <EmptyState>{t('noProviders')}</EmptyState>
          ) : (
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('provider')}</Table.Th>
                  <Table.Th>{t('state')}</Table.Th>
                  <Table.Th ta="right">{t('clients')}</Table.Th>
                  <Table.Th ta="right">{t('toPay')}</Table.Th>
                  <Table.Th>{t('blockers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {board.providers.map((p) => {
                  const href = `/ekonomi/manadsavslut/${month}/${encodeURIComponent(p.provider)}`;
                  return (
                    <Table.Tr key={p.provider}>
                      <Table.Td>
                        <Anchor component={Link} to={href}>
                          {p.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {p.orgNumber}
                        </Text>
                      </Table.Td>
                      <Table.Td miw={130}>
                        <StatusBadge status={p.status} />
                      </Table.Td>
                      <Table.Td ta="right">{p.clients}</Table.Td>
                      <Table.Td ta="right">{formatMoney(p.toPayOre)}</Table.Td>
                      <Table.Td>
                        <BoardBlockers blockers={p.blockers} href={href} clientName={clientName} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
