import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import { staffNotesQuery } from '../api/staff-app.ts';

/** A note that arrived this much after it was written waited for coverage. */
const LATE_MS = 5 * 60_000;

/** What staff noted about clients on their phones ("she fell yesterday"), for the manager. */
export function StaffNotesPage() {
  const { t } = useTranslation('staffPhones');
  const notes = useQuery(staffNotesQuery);
  return (
    <>
      <PageTitle>{t('notes.title')}</PageTitle>
      <Text mb="md" maw={720}>{t('notes.intro')}</Text>
      <QueryState query={notes}>
        {({ notes: all }) => {
          const fromStaff = all.filter((n) => n.direction === 'to_manager');
          if (fromStaff.length === 0) return <EmptyState>{t('notes.none')}</EmptyState>;
          return (
            <Table striped data-testid="staff-notes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('notes.written')}</Table.Th>
                  <Table.Th>{t('notes.client')}</Table.Th>
                  <Table.Th>{t('notes.author')}</Table.Th>
                  <Table.Th>{t('notes.text')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fromStaff.map((n) => (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      {formatDayTime(n.writtenAt ?? n.sentAt)}
                      {/* Written without coverage: when it arrived tells why the manager saw it late. */}
                      {n.writtenAt && Date.parse(n.sentAt) - Date.parse(n.writtenAt) > LATE_MS && (
                        <Text size="sm" c="dimmed">{t('notes.late', { time: formatDayTime(n.sentAt) })}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{n.clientName}</Table.Td>
                    <Table.Td>{n.authorName ?? n.author}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{n.body}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          );
        }}
      </QueryState>
    </>
  );
}
