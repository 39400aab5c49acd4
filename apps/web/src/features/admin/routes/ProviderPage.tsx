import { Alert, Badge, Button, Card, Group, List, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { providersQuery, type Provider } from '../../../lib/api/directory.ts';
import { useAddUnit, usePatchProvider, useRequirements, useUnits } from '../api/register.ts';
import { RequirementRow } from '../components/RequirementRow.tsx';
import { STATUS_COLOR } from './RegisterPage.tsx';
import { providerKindOptions } from '../components/provider-kinds.ts';

const STATUSES = ['applied', 'approved', 'suspended', 'ended'] as const;

function Details({ provider }: { provider: Provider }) {
  const { t } = useTranslation('admin');
  const [form, setForm] = useState({
    name: provider.name, orgNumber: provider.orgNumber, kind: provider.kind, approvalStatus: provider.approvalStatus,
    contractFrom: provider.contractFrom ?? '', contractTo: provider.contractTo ?? '',
  });
  const patch = usePatchProvider(provider.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    patch.mutate({ ...form, contractFrom: form.contractFrom || null, contractTo: form.contractTo || null });
  };
  return (
    <Card withBorder component="section" aria-labelledby="provider-details">
      <Group justify="space-between">
        <Title order={2} size="h4" id="provider-details">
          {t('provider.details')}
        </Title>
        <Badge color={STATUS_COLOR[provider.approvalStatus]} variant="outline" tt="none" style={{ overflow: 'visible' }}>
          {t(`register.statuses.${provider.approvalStatus}`)}
        </Badge>
      </Group>
      {provider.approvalStatus !== 'approved' && (
        <Alert color="orange" variant="light" mt="xs">
          {t('provider.notApprovedWarning')}
        </Alert>
      )}
      <form onSubmit={submit} aria-labelledby="provider-details" noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
          <TextInput label={t('common:fields.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <TextInput label={t('common:fields.orgNumber')} description={t('register.orgNumberHint')} value={form.orgNumber} onChange={(e) => setForm({ ...form, orgNumber: e.currentTarget.value })} />
          <Select label={t('register.kind')} allowDeselect={false} value={form.kind} onChange={(v) => setForm({ ...form, kind: (v ?? 'private') })}
            data={providerKindOptions(t)} />
          <Select label={t('register.status')} allowDeselect={false} value={form.approvalStatus}
            onChange={(v) => setForm({ ...form, approvalStatus: (v ?? 'applied') })}
            data={STATUSES.map((s) => ({ value: s, label: t(`register.statuses.${s}`) }))} />
          <TextInput type="date" label={t('register.contractFrom')} value={form.contractFrom} onChange={(e) => setForm({ ...form, contractFrom: e.currentTarget.value })} />
          <TextInput type="date" label={t('common:fields.contractTo')} value={form.contractTo} onChange={(e) => setForm({ ...form, contractTo: e.currentTarget.value })} />
        </SimpleGrid>
        <ApiErrorAlert error={patch.error} />
        {patch.isSuccess && <Alert color="teal" variant="light" mt="xs" role="status">{t('provider.saved')}</Alert>}
        <Button type="submit" mt="sm" loading={patch.isPending}>
          {t('provider.saveDetails')}
        </Button>
      </form>
    </Card>
  );
}

function Units({ provider }: { provider: string }) {
  const { t } = useTranslation('admin');
  const units = useUnits(provider);
  const [form, setForm] = useState({ id: '', name: '' });
  const add = useAddUnit(provider);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ id: form.id.trim(), name: form.name.trim() }, { onSuccess: () => setForm({ id: '', name: '' }) });
  };
  return (
    <Card withBorder component="section" aria-labelledby="units">
      <Title order={2} size="h4" id="units" mb="xs">
        {t('provider.units')}
      </Title>
      <QueryState query={units}>
        {(data) =>
          data.units.length === 0 ? <EmptyState>{t('provider.noUnits')}</EmptyState> : (
            <List>
              {data.units.map((u) => (
                <List.Item key={u.id}>{u.name} <Text span c="dimmed" size="sm">({u.id})</Text></List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
      <form onSubmit={submit} aria-label={t('provider.newUnit')} noValidate>
        <Group align="flex-end" mt="sm">
          <TextInput label={t('common:fields.id')} value={form.id} onChange={(e) => setForm({ ...form, id: e.currentTarget.value })} w={140} />
          <TextInput label={t('common:fields.name')} value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          <Button type="submit" variant="default" loading={add.isPending} disabled={!form.id.trim() || !form.name.trim()}>
            {t('provider.newUnit')}
          </Button>
        </Group>
        <ApiErrorAlert error={add.error} />
      </form>
    </Card>
  );
}

/** One provider of the register: details and approval, the checklist of requirements, its units. */
export function ProviderPage() {
  const { t } = useTranslation('admin');
  const { providerId = '' } = useParams();
  const providers = useQuery(providersQuery);
  const requirements = useRequirements(providerId);
  const provider = providers.data?.providers.find((p) => p.id === providerId);
  return (
    <>
      <PageTitle>{provider?.name ?? t('register.providers')}</PageTitle>
      <QueryState query={providers}>
        {() =>
          provider ? (
            <Stack>
              <SimpleGrid cols={{ base: 1, lg: 2 }}>
                <Details key={`${provider.id}-${provider.approvalStatus}`} provider={provider} />
                <Units provider={provider.id} />
              </SimpleGrid>
              <Card withBorder component="section" aria-labelledby="requirements">
                <Title order={2} size="h4" id="requirements">
                  {t('provider.requirements')}
                </Title>
                <QueryState query={requirements}>
                  {(data) => (
                    <>
                      <Text size="sm" c="dimmed" mb="xs">
                        {t('provider.requirementsHint')}{' '}
                        {t('provider.metCount', { met: data.requirements.filter((r) => r.fulfilled).length, total: data.requirements.length })}
                      </Text>
                      <Table.ScrollContainer minWidth={760}>
                        <Table fz="sm" verticalSpacing={4}>
                          <Table.Thead>
                            <Table.Tr>
                              <Table.Th scope="col">{t('provider.requirement')}</Table.Th>
                              <Table.Th scope="col">{t('provider.fulfilled')}</Table.Th>
                              <Table.Th scope="col">{t('provider.checkedOn')}</Table.Th>
                              <Table.Th scope="col">{t('provider.note')}</Table.Th>
                              <Table.Th scope="col"><span className="visually-hidden">{t('common:save')}</span></Table.Th>
                            </Table.Tr>
                          </Table.Thead>
                          <Table.Tbody>
                            {data.requirements.map((r) => (
                              <RequirementRow key={`${r.requirement}-${r.checkedOn}-${r.fulfilled}-${r.note}`} provider={provider.id} requirement={r} />
                            ))}
                          </Table.Tbody>
                        </Table>
                      </Table.ScrollContainer>
                    </>
                  )}
                </QueryState>
              </Card>
            </Stack>
          ) : (
            <EmptyState>{t('common:notFound')}</EmptyState>
          )
        }
      </QueryState>
    </>
  );
}
