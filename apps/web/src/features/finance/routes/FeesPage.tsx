import { Anchor, Button, Card, Group, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { formatMinutes, formatMoney } from '../../../lib/format.ts';
import { decisionUrl, feeDataQuery, feesQuery } from '../api/fees.ts';
import { FeeDataForm } from '../components/FeeDataForm.tsx';
import { FeeModelSection } from '../components/FeeModelSection.tsx';
import { previousMonth } from '../components/month.ts';

const ROWS_SHOWN = 30;

function FeeDataPanel({ client, name }: { client: string; name: string }) {
  const { t } = useTranslation('finance');
  const query = useQuery(feeDataQuery(client));
  return (
    <Card withBorder component="section" aria-labelledby="inkomst">
      <Title order={2} size="h3" id="inkomst" mb="xs">
        {t('feeDataFor', { name })}
      </Title>
      <QueryState query={query}>
        {(data) => <FeeDataForm key={client} client={client} data={data} />}
      </QueryState>
    </Card>
  );
}

/** The month's fees per client with the limit that binds, income data, decisions and the fee model. */
export function FeesPage() {
  const { t } = useTranslation('finance');
  const [params, setParams] = useSearchParams();
  const month = params.get('manad') ?? previousMonth(new Date());
  const chosen = params.get('klient');
  const [search, setSearch] = useState('');
  const [all, setAll] = useState(false);
  const query = useQuery(feesQuery(month));
  // Fresh on every visit: a client registered since the list was cached would show as an id.
  const clients = useQuery({ ...clientsQuery, staleTime: 0 }).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const choose = (client: string) => setParams({ manad: month, klient: client }, { replace: true });
  return (
    <>
      <PageTitle>{t('feesTitle')}</PageTitle>
      <Group align="flex-end" mb="md">
        <TextInput
          type="month"
          label={t('month')}
          value={month}
          maw={220}
          onChange={(e) =>
            e.currentTarget.value && setParams({ manad: e.currentTarget.value }, { replace: true })
          }
        />
        <TextInput
          label={t('search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          maw={260}
        />
        <Button component="a" href={decisionUrl(month)} variant="default" download>
          {t('batch')}
        </Button>
      </Group>
      {chosen ? (
        <FeeDataPanel client={chosen} name={clientName(chosen)} />
      ) : (
        <Text mb="md">{t('chooseClient')}</Text>
      )}
      <QueryState query={query}>
        {(fees) => {
          const found = fees.fees.filter((f) =>
            clientName(f.client).toLowerCase().includes(search.trim().toLowerCase()),
          );
          const rows = all ? found : found.slice(0, ROWS_SHOWN);
          if (rows.length === 0) return <EmptyState>{t('noFees')}</EmptyState>;
          return (
            <>
              <Table striped mt="md">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('feeClient')}</Table.Th>
                    <Table.Th ta="right">{t('basis')}</Table.Th>
                    <Table.Th ta="right">{t('tariff')}</Table.Th>
                    <Table.Th ta="right">{t('maxtaxa')}</Table.Th>
                    <Table.Th ta="right">{t('capacity')}</Table.Th>
                    <Table.Th ta="right">{t('fee')}</Table.Th>
                    <Table.Th>{t('binding')}</Table.Th>
                    <Table.Th>{t('decision')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((f) => (
                    <Table.Tr key={f.client} aria-selected={chosen === f.client}>
                      <Table.Td>
                        <Anchor component="button" type="button" onClick={() => choose(f.client)}>
                          {clientName(f.client)}
                        </Anchor>
                      </Table.Td>
                      <Table.Td ta="right">{formatMinutes(f.basisMinutes)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(f.tariffOre)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(f.maxtaxaOre)}</Table.Td>
                      <Table.Td ta="right">
                        {f.capacityOre === null ? '–' : formatMoney(f.capacityOre)}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        {formatMoney(f.feeOre)}
                      </Table.Td>
                      <Table.Td>{t(`bindingKind.${f.binding}`)}</Table.Td>
                      <Table.Td>
                        <Anchor
                          href={decisionUrl(month, f.client)}
                          download
                          aria-label={t('decisionFor', { name: clientName(f.client) })}
                        >
                          PDF
                        </Anchor>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {!all && found.length > rows.length && (
                <Button variant="default" mt="sm" onClick={() => setAll(true)}>
                  {t('showAll', { count: found.length })}
                </Button>
              )}
            </>
          );
        }}
      </QueryState>
      <FeeModelSection />
    </>
  );
}
