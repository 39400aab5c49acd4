import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import { providersQuery } from '../api/clients.ts';
import { inboxQuery } from '../api/messages.ts';

/** Every dialogue across the reader's clients, newest first, unread ones marked. */
export function InboxPage() {
  const { t } = useTranslation('clients');
  const inbox = useQuery(inboxQuery);
  const providers = useQuery(providersQuery).data?.providers ?? [];
  return (
    <>
      <PageTitle>{t('inbox')}</PageTitle>
      <QueryState query={inbox}>
        {(data) =>
          data.threads.length === 0 ? (
            <EmptyState>{t('noThreads')}</EmptyState>
          ) : (
            <Table highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('name')}</Table.Th>
                  <Table.Th>{t('provider')}</Table.Th>
                  <Table.Th>{t('lastMessage')}</Table.Th>
                  <Table.Th>{t('status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.threads.map((th) => (
                  <Table.Tr
                    key={`${th.clientId}/${th.providerId}`}
                    fw={th.unread > 0 ? 700 : undefined}
                  >
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/klienter/${encodeURIComponent(th.clientId)}?flik=dialogue`}
                      >
                        {th.clientName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {providers.find((p) => p.id === th.providerId)?.name ?? th.providerId}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={1}>
                        {th.last.author}: {th.last.excerpt}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {formatDayTime(th.last.sentAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {th.unread > 0 && (
                        <Badge color="red" variant="filled">
                          {t('unread', { count: th.unread })}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
