import { Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { useMe } from '../../../lib/session/session.ts';
import { districtsQuery, usePatchClient, type ClientDetail } from '../api/clients.ts';
import { ClientDetailsFields, detailsBody, detailsDraft, detailsValid } from './ClientDetailsFields.tsx';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Text>
    </div>
  );
}

/** The client's record: who she is, how to reach her and her next of kin, and her own wishes. */
export function ClientDetailsCard({ client }: { client: ClientDetail }) {
  const { t } = useTranslation('clients');
  const me = useMe();
  const districts = useQuery(districtsQuery).data?.districts ?? [];
  const [editing, setEditing] = useState(false);
  // Name, address, district, contact details and wishes are the municipality's to change.
  const mayEdit = me?.role === 'case_officer' || me?.role === 'admin';
  const none = '–';
  return (
    <Card withBorder component="section" aria-labelledby="client-details-heading" mb="md">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="client-details-heading">
          {t('detailsHeading')}
        </Title>
        {mayEdit && !editing && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {t('editDetails')}
          </Button>
        )}
      </Group>
      {editing ? (
        <EditClientDetails client={client} onDone={() => setEditing(false)} />
      ) : (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Fact label={t('personalNumber')}>{client.personalNumber}</Fact>
            <Fact label={t('address')}>{client.address ?? none}</Fact>
            <Fact label={t('district')}>
              {districts.find((d) => d.id === client.districtId)?.name ?? client.districtId}
            </Fact>
            <Fact label={t('phone')}>{client.phone ?? none}</Fact>
            <Fact label={t('email')}>{client.email ?? none}</Fact>
            <Fact label={t('nextOfKinName')}>
              {client.nextOfKinName ?? none}
              {client.nextOfKinPhone && `, ${client.nextOfKinPhone}`}
            </Fact>
          </SimpleGrid>
          <Fact label={t('wishes')}>{client.wishes ?? t('noWishes')}</Fact>
        </Stack>
      )}
    </Card>
  );
}

function EditClientDetails({ client, onDone }: { client: ClientDetail; onDone: () => void }) {
  const { t } = useTranslation('clients');
  const districts = useQuery(districtsQuery).data?.districts ?? [];
  const [form, setForm, clear] = useDraft(`client-edit:${client.id}`, {
    name: client.name,
    address: client.address ?? '',
    districtId: client.districtId,
    details: detailsDraft(client),
  });
  const patch = usePatchClient(client.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    patch.mutate(
      {
        name: form.name.trim(),
        address: form.address.trim() || null,
        districtId: form.districtId,
        ...detailsBody(form.details),
      },
      {
        onSuccess: () => {
          clear();
          onDone();
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t('editDetails')}>
      <Stack maw={640}>
        <TextInput
          label={t('name')}
          required
          value={form.name}
          onChange={(e) => {
            const name = e.currentTarget.value;
            setForm((f) => ({ ...f, name }));
          }}
        />
        <TextInput
          label={t('address')}
          value={form.address}
          onChange={(e) => {
            const address = e.currentTarget.value;
            setForm((f) => ({ ...f, address }));
          }}
        />
        <Select
          label={t('district')}
          description={t('districtMoveHint')}
          data={districts.map((d) => ({ value: d.id, label: d.name }))}
          value={form.districtId}
          onChange={(v) => v && setForm((f) => ({ ...f, districtId: v }))}
          allowDeselect={false}
          required
        />
        <ClientDetailsFields
          value={form.details}
          onChange={(details) => setForm((f) => ({ ...f, details }))}
          error={patch.error}
        />
        <ApiErrorAlert error={patch.error} />
        <Group>
          <Button
            type="submit"
            loading={patch.isPending}
            disabled={!form.name.trim() || !detailsValid(form.details)}
          >
            {t('saveDetails')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              clear();
              onDone();
            }}
          >
            {t('common:cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
