import { Anchor, Button, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery, districtsQuery, matchesSearch } from '../api/clients.ts';

/** The district's clients, searched by name or personal number as the user types. */
export function ClientsPage() {
  const { t } = useTranslation('clients');
  const [search, setSearch] = useState('');
  const query = useQuery(clientsQuery);
  const districts = useQuery(districtsQuery).data?.districts ?? [];
  const districtName = (id: string) => districts.find((d) => d.id === id)?.name ?? id;
  return (
    <>
      <PageTitle
        actions={
          <Button component={Link} to="/klienter/ny">
            {t('register')}
          </Button>
        }
      >
        {t('title')}
      </PageTitle>
      <TextInput
        label={t('search')}
        type="search"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maw={420}
        mb="md"
      />
      <QueryState query={query}>
        {(data) => {
          if (data.clients.length === 0) return <EmptyState>{t('noClients')}</EmptyState>;
          const shown = data.clients.filter((c) => matchesSearch(c, search));
          if (shown.length === 0) return <EmptyState>{t('noMatch')}</EmptyState>;
          return (
            <>
              <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
                {t('count', { count: shown.length })}
              </Text>
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('name')}</Table.Th>
                    <Table.Th>{t('personalNumber')}</Table.Th>
                    <Table.Th>{t('address')}</Table.Th>
                    <Table.Th>{t('district')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/klienter/${encodeURIComponent(c.id)}`}>
                          {c.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{c.personalNumber}</Table.Td>
                      <Table.Td>{c.address ?? '–'}</Table.Td>
                      <Table.Td>{districtName(c.districtId)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </>
          );
        }}
      </QueryState>
    </>
  );
}
