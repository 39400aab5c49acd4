import { Anchor, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery, providersQuery } from '../../../lib/api/directory.ts';
import { formatMoney, formatMonth } from '../../../lib/format.ts';
import { boardQuery, statementQuery } from '../api/month-close.ts';
import { StatementActions } from '../components/StatementActions.tsx';
import { StatementExceptions } from '../components/StatementExceptions.tsx';
import { StatementLines } from '../components/StatementLines.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';

/** One provider's statement of a month: its lines, exceptions, and finance's decisions on it. */
export function StatementPage() {
  const { t } = useTranslation('finance');
  const { month = '', provider = '' } = useParams();
  const query = useQuery(statementQuery(month, provider));
  const paymentDate = useQuery(boardQuery(month)).data?.paymentDate;
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const providerName = providers.find((p) => p.id === provider)?.name ?? provider;
  return (
    <>
      <Anchor component={Link} to={`/ekonomi/manadsavslut?manad=${month}`} size="sm">
        ← {t('back')}
      </Anchor>
      <PageTitle>
        {t('statementTitle', { month: formatMonth(month), provider: providerName })}
      </PageTitle>
      <QueryState query={query}>
        {(view) => (
          <Stack gap={0}>
            <Group mb="md">
              <StatusBadge status={view.status} />
              <Text fw={600}>
                {t('toPay')}: {formatMoney(view.toPayOre)}
              </Text>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <StatementActions view={view} paymentDate={paymentDate} clientName={clientName} />
              <div>
                <StatementExceptions view={view} clientName={clientName} />
              </div>
            </SimpleGrid>
            <StatementLines view={view} clientName={clientName} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
