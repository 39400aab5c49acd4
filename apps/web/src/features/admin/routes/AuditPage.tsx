import { Alert, Button, Card, Code, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useAccounts } from '../api/accounts.ts';
import { useAuditSearch, useChainState, type AuditFilter, type AuditRow } from '../api/audit-log.ts';
import { ListTable } from '../components/ListTable.tsx';

const ACTIONS = ['read', 'create', 'update', 'delete', 'export', 'login', 'logout', 'login_failed', 'lockout'] as const;
const EMPTY: AuditFilter = { client: '', user: '', action: '', from: '', to: '' };

function ChainCard() {
  const { t } = useTranslation('admin');
  const query = useChainState();
  const client = useQueryClient();
  return (
    <Card withBorder component="section" aria-labelledby="chain">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="chain">{t('audit.chain')}</Title>
        <Button size="xs" variant="default" loading={query.isFetching} onClick={() => void client.invalidateQueries({ queryKey: ['audit', 'verify'] })}>
          {t('audit.verifyAgain')}
        </Button>
      </Group>
      <QueryState query={query}>
        {(s) => (
          <Stack gap={4}>
            <Alert color={s.ok ? 'teal' : 'red'} variant="light" role="status">
              {s.ok ? t('audit.chainOk', { rows: s.rows, seq: s.head?.seq ?? 0 }) : t('audit.chainBad', { seq: s.firstBadSeq, reason: s.reason })}
            </Alert>
            {s.head && <Text size="xs" c="dimmed">SHA-256 <Code>{s.head.hash}</Code></Text>}
            <Text size="sm">{s.signaturesChecked ? t('audit.signatures', { count: s.checkpoints }) : t('audit.noKey')}</Text>
            <Text size="xs" c="dimmed">{t('audit.verifiedAt', { time: formatDateTime(s.verifiedAt) })}</Text>
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function what(r: AuditRow, t: TFunction): string {
  const object = [t(`audit.objects.${r.objectType}`, { defaultValue: r.objectType }), r.objectId].filter(Boolean).join(' ');
  const reason = typeof r.details.reason === 'string' ? ` (${r.details.reason === 'unknown_user' ? t('audit.unknownUser') : r.details.reason})` : '';
  return `${t(`audit.actions.${r.action}`, { defaultValue: r.action })}: ${object}${reason}`;
}

/** Whose data: the client, and for a read of a list, that it was one (found by client) or how long it was. */
function whose(r: AuditRow, t: TFunction) {
  if (r.listOf === null) return r.clientId ?? '–';
  if (r.clientId === null) return <Text span size="sm">{t('audit.list', { count: r.listOf })}</Text>;
  return <>{r.clientId}<Text span c="dimmed" size="xs"> · {t('audit.inList', { count: r.listOf })}</Text></>;
}

/** The audit log: the chain's state, and a search by client, user, event and dates, page by page. */
export function AuditPage() {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<AuditFilter>(EMPTY);
  const [filter, setFilter] = useState<AuditFilter>(EMPTY);
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1) ?? null;
  const search = useAuditSearch(filter, cursor);
  const users = useAccounts().data?.users ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilter({ ...draft, client: draft.client.trim() });
    setCursors([]);
  };
  return (
    <>
      <PageTitle>{t('audit.title')}</PageTitle>
      <Stack>
        <ChainCard />
        <Card withBorder component="section" aria-labelledby="audit-search">
          <Title order={2} size="h4" id="audit-search" mb="xs">{t('audit.search')}</Title>
          <form onSubmit={submit} aria-labelledby="audit-search" noValidate>
            <SimpleGrid cols={{ base: 1, sm: 3, lg: 6 }}>
              <TextInput label={t('audit.client')} value={draft.client} onChange={(e) => setDraft({ ...draft, client: e.currentTarget.value })} />
              <Select label={t('audit.user')} value={draft.user || ''} onChange={(v) => setDraft({ ...draft, user: v ?? '' })} allowDeselect={false}
                data={[{ value: '', label: t('audit.anyUser') }, ...users.map((u) => ({ value: u.id, label: u.username }))]} />
              <Select label={t('audit.action')} value={draft.action || ''} onChange={(v) => setDraft({ ...draft, action: v ?? '' })} allowDeselect={false}
                data={[{ value: '', label: t('audit.anyAction') }, ...ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))]} />
              <TextInput type="date" label={t('common:fields.from')} value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} />
              <TextInput type="date" label={t('common:fields.to')} value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} />
              <Button type="submit" style={{ alignSelf: 'end' }}>{t('audit.searchButton')}</Button>
            </SimpleGrid>
          </form>
        </Card>
        <QueryState query={search}>
          {(page) => page.entries.length === 0 ? <EmptyState>{t('audit.empty')}</EmptyState> : (
            <>
              <ListTable
                striped
                minWidth={860}
                label={t('audit.title')}
                columns={['#', t('audit.at'), t('audit.who'), t('audit.what'), t('audit.client'), t('audit.ip')]}
              >
                {page.entries.map((r) => (
                  <Table.Tr key={r.seq}>
                    <Table.Td>{r.seq}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.at)}</Table.Td>
                    <Table.Td>{r.username}{r.role && <Text span c="dimmed" size="xs"> · {t(`common:roles.${r.role}`, { defaultValue: r.role })}</Text>}</Table.Td>
                    <Table.Td>{what(r, t)}</Table.Td>
                    <Table.Td>{whose(r, t)}</Table.Td>
                    <Table.Td>{r.ip}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
              <Group>
                {cursors.length > 0 && <Button variant="default" onClick={() => setCursors([])}>{t('audit.newest')}</Button>}
                {page.nextCursor && <Button variant="default" onClick={() => setCursors([...cursors, page.nextCursor!])}>{t('audit.older')}</Button>}
              </Group>
            </>
          )}
        </QueryState>
      </Stack>
    </>
  );
}
