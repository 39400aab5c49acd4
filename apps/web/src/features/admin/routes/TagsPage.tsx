import { Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { clientsQuery } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDateTime as when } from '../../../lib/format.ts';
import { ListTable, UnseenColumn } from '../components/ListTable.tsx';
import { useEnrolTag, useRetireTag, useTagFlags, useTagReads, useTags } from '../api/tags.ts';

function Reads({ uid }: { uid: string }) {
  const { t } = useTranslation('admin');
  const query = useTagReads(uid);
  return (
    <Card withBorder component="section" aria-labelledby="tag-reads">
      <Title order={2} size="h4" id="tag-reads" mb="xs">{t('tags.readsOf', { uid })}</Title>
      <QueryState query={query}>
        {(data) => (
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <div>
              <Title order={3} size="h5">{t('tags.reads')}</Title>
              {data.reads.length === 0 ? <EmptyState>{t('tags.noReads')}</EmptyState> : (
                <ListTable columns={[t('tags.at'), t('tags.kind'), t('tags.staff')]}>
                  {data.reads.map((r) => (
                    <Table.Tr key={r.registration}><Table.Td>{when(r.at)}</Table.Td><Table.Td>{t(`tags.kinds.${r.kind}`, { defaultValue: r.kind })}</Table.Td><Table.Td>{r.staff}</Table.Td></Table.Tr>
                  ))}
                </ListTable>
              )}
            </div>
            <div>
              <Title order={3} size="h5">{t('tags.refused')}</Title>
              {data.refused.length === 0 ? <EmptyState>{t('tags.noRefused')}</EmptyState> : (
                <ListTable columns={[t('tags.at'), t('tags.failure'), t('tags.staff')]}>
                  {data.refused.map((r) => (
                    <Table.Tr key={r.registration}><Table.Td>{when(r.at)}</Table.Td><Table.Td>{t(`tags.failures.${r.failure}`, { defaultValue: r.failure })}</Table.Td><Table.Td>{r.staff ?? '–'}</Table.Td></Table.Tr>
                  ))}
                </ListTable>
              )}
            </div>
          </SimpleGrid>
        )}
      </QueryState>
    </Card>
  );
}

/** Tags at clients' doors: enrol, retire, each tag's reads, and the flags moved tags raise. */
export function TagsPage() {
  const { t } = useTranslation('admin');
  const tags = useTags();
  const flags = useTagFlags();
  const clients = useQuery(clientsQuery).data?.clients ?? [];
  const clientName = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const [shown, setShown] = useState<string | null>(null);
  const [form, setForm, clear] = useDraft('admin-tag', { uid: '', client: '' });
  const enrol = useEnrolTag();
  const retire = useRetireTag();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    enrol.mutate({ uid: form.uid.trim(), client: form.client }, { onSuccess: (tag) => { clear(); setShown(tag.uid); } });
  };
  return (
    <>
      <PageTitle>{t('tags.title')}</PageTitle>
      <Stack>
        <Card withBorder component="section" aria-labelledby="enrol-tag">
          <Title order={2} size="h4" id="enrol-tag" mb="xs">{t('tags.enrol')}</Title>
          <form onSubmit={submit} aria-labelledby="enrol-tag" noValidate>
            <Group align="flex-end">
              <TextInput label={t('common:fields.uid')} description={t('tags.uidHint')} value={form.uid} onChange={(e) => setForm({ ...form, uid: e.currentTarget.value })} autoComplete="off" />
              <Select label={t('common:fields.client')} searchable value={form.client || null} onChange={(v) => setForm({ ...form, client: v ?? '' })}
                data={clients.map((c) => ({ value: c.id, label: `${c.name} (${c.personalNumber})` }))} w={320} />
              <Button type="submit" loading={enrol.isPending} disabled={!form.uid.trim() || !form.client}>{t('tags.enrolButton')}</Button>
            </Group>
            <ApiErrorAlert error={enrol.error} />
          </form>
        </Card>
        <QueryState query={tags}>
          {(data) => data.tags.length === 0 ? <EmptyState>{t('tags.none')}</EmptyState> : (
            <ListTable
              striped
              minWidth={720}
              label={t('tags.title')}
              columns={[
                t('common:fields.uid'),
                t('common:fields.client'),
                t('tags.enrolled'),
                t('tags.retired'),
                <UnseenColumn key="reads">{t('tags.reads')}</UnseenColumn>,
              ]}
            >
              {data.tags.map((tag) => (
                <Table.Tr key={tag.uid}>
                  <Table.Th scope="row" fw={500} ff="monospace">{tag.uid}</Table.Th>
                  <Table.Td>{clientName(tag.client)}</Table.Td>
                  <Table.Td>{when(tag.enrolledAt)}</Table.Td>
                  <Table.Td>{tag.retiredAt ? when(tag.retiredAt) : t('tags.inUse')}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="default" onClick={() => setShown(tag.uid)} aria-label={`${t('tags.showReads')}: ${tag.uid}`}>{t('tags.showReads')}</Button>
                      {!tag.retiredAt && (
                        <Button size="xs" variant="default" loading={retire.isPending && retire.variables === tag.uid} onClick={() => retire.mutate(tag.uid)} aria-label={`${t('tags.retire')}: ${tag.uid}`}>{t('tags.retire')}</Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
          )}
        </QueryState>
        <ApiErrorAlert error={retire.error} />
        {shown && <Reads uid={shown} />}
        <Card withBorder component="section" aria-labelledby="tag-flags">
          <Title order={2} size="h4" id="tag-flags" mb="xs">{t('tags.flags')}</Title>
          <QueryState query={flags}>
            {(data) => data.flags.length === 0 ? <EmptyState>{t('tags.noFlags')}</EmptyState> : (
              <ListTable
                columns={[t('tags.at'), t('tags.reason'), t('tags.staff'), t('common:fields.client'), t('tags.other')]}
              >
                {data.flags.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td>{when(f.at)}</Table.Td>
                    <Table.Td>{t(`tags.reasons.${f.reason}`)}</Table.Td>
                    <Table.Td>{f.staff}</Table.Td>
                    <Table.Td>{clientName(f.client)}</Table.Td>
                    <Table.Td>{f.otherClient && f.otherAt ? `${clientName(f.otherClient)} · ${when(f.otherAt)}` : <Text span c="dimmed">–</Text>}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )}
          </QueryState>
        </Card>
      </Stack>
    </>
  );
}
