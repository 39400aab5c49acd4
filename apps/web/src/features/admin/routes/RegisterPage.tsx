import { Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { districtsQuery, providersQuery, type Provider } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { formatDate } from '../../../lib/format.ts';
import { useAddDistrict, useAddProvider } from '../api/register.ts';
import { providerKindOptions } from '../components/provider-kinds.ts';
import { ListTable } from '../components/ListTable.tsx';

export const STATUS_COLOR: Record<Provider['approvalStatus'], string> = { applied: 'blue', approved: 'teal', suspended: 'orange', ended: 'gray' };

export function contractText(p: Pick<Provider, 'contractFrom' | 'contractTo'>, noEnd: string): string {
  if (!p.contractFrom && !p.contractTo) return '–';
  return `${p.contractFrom ? formatDate(p.contractFrom) : '…'} – ${p.contractTo ? formatDate(p.contractTo) : noEnd}`;
}

function Districts() {
  const { t } = useTranslation('admin');
  const query = useQuery(districtsQuery);
  const [form, setForm, clear] = useDraft('admin-district', { id: '', name: '' });
  const add = useAddDistrict();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ id: form.id.trim(), name: form.name.trim() }, { onSuccess: clear });
  };
  return (
    <Card withBorder component="section" aria-labelledby="districts">
      <Title order={2} size="h4" id="districts" mb="xs">
        {t('register.districts')}
      </Title>
      <QueryState query={query}>
        {(data) => (
          <ListTable columns={[t('common:fields.id'), t('common:fields.name')]}>
            {data.districts.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.id}</Table.Td>
                <Table.Td>{d.name}</Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </QueryState>
      <form onSubmit={submit} aria-label={t('register.newDistrict')} noValidate>
        <Title order={3} size="h5" mt="md">
          {t('register.newDistrict')}
        </Title>
        <Group align="flex-end" mt={4}>
          <TextInput label={t('common:fields.id')} value={form.id} onChange={(e) => setForm({ ...form, id: e.currentTarget.value })} w={140} />
          <TextInput label={t('common:fields.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <Button type="submit" variant="default" loading={add.isPending} disabled={!form.id.trim() || !form.name.trim()}>
            {t('register.add')}
          </Button>
        </Group>
        <ApiErrorAlert error={add.error} />
      </form>
    </Card>
  );
}

function NewProvider() {
  const { t } = useTranslation('admin');
  const [form, setForm, clear] = useDraft('admin-provider', { id: '', name: '', orgNumber: '', kind: 'private', contractFrom: '', contractTo: '' });
  const add = useAddProvider();
  const set = (k: keyof typeof form) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      {
        id: form.id.trim(),
        name: form.name.trim(),
        orgNumber: form.orgNumber.trim(),
        kind: form.kind as Provider['kind'],
        contractFrom: form.contractFrom || null,
        contractTo: form.contractTo || null,
      },
      { onSuccess: clear },
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby="new-provider" noValidate>
      <Title order={3} size="h5" mt="md" id="new-provider">
        {t('register.newProvider')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('register.newProviderHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} mt={4}>
        <TextInput label={t('common:fields.id')} description={t('register.idHint')} value={form.id} onChange={(e) => set('id')(e.currentTarget.value)} />
        <TextInput label={t('common:fields.name')} value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} />
        <TextInput label={t('common:fields.orgNumber')} description={t('register.orgNumberHint')} value={form.orgNumber} onChange={(e) => set('orgNumber')(e.currentTarget.value)} />
        <Select label={t('register.kind')} allowDeselect={false} value={form.kind} onChange={(v) => set('kind')(v ?? 'private')}
          data={providerKindOptions(t)} />
        <TextInput type="date" label={t('register.contractFrom')} value={form.contractFrom} onChange={(e) => set('contractFrom')(e.currentTarget.value)} />
        <TextInput type="date" label={t('common:fields.contractTo')} value={form.contractTo} onChange={(e) => set('contractTo')(e.currentTarget.value)} />
      </SimpleGrid>
      <ApiErrorAlert error={add.error} />
      <Button type="submit" mt="sm" loading={add.isPending} disabled={!form.id.trim() || !form.name.trim() || !form.orgNumber.trim()}>
        {t('register.add')}
      </Button>
    </form>
  );
}

/** Districts and the LOV register of providers, each provider a link to its details and checklist. */
export function RegisterPage() {
  const { t } = useTranslation('admin');
  const providers = useQuery(providersQuery);
  return (
    <>
      <PageTitle>{t('register.title')}</PageTitle>
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Districts />
        <Card withBorder component="section" aria-labelledby="providers" style={{ gridColumn: 'span 2' }}>
          <Title order={2} size="h4" id="providers" mb="xs">
            {t('register.providers')}
          </Title>
          <QueryState query={providers}>
            {(data) => (
              <ListTable
                striped
                minWidth={560}
                columns={[
                  t('common:fields.name'),
                  t('common:fields.orgNumber'),
                  t('register.kind'),
                  t('register.status'),
                  t('register.contract'),
                ]}
              >
                {data.providers.map((p) => (
                  <Table.Tr key={p.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/organisation/utforare/${encodeURIComponent(p.id)}`}>
                        {p.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.orgNumber}</Table.Td>
                    <Table.Td>{t(`common:providerKinds.${p.kind}`)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge color={STATUS_COLOR[p.approvalStatus]} variant="outline" tt="none" style={{ overflow: 'visible' }}>
                        {t(`register.statuses.${p.approvalStatus}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{contractText(p, t('register.noEnd'))}</Table.Td>
                  </Table.Tr>
                ))}
              </ListTable>
            )}
          </QueryState>
          <NewProvider />
        </Card>
      </SimpleGrid>
    </>
  );
}
