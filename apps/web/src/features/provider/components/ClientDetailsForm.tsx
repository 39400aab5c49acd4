import { Button, Card, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { staffQuery, usePatchClient, type ClientDetail } from '../api/orders.ts';

/** What the provider keeps about the client: the contact person and the life story. */
// `saved` and `onSaved` live with the page: the form starts afresh from the saved values.
export function ClientDetailsForm({
  client,
  providerId,
  saved,
  onSaved,
}: {
  client: ClientDetail;
  providerId: string;
  saved: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation('provider');
  const staff = useQuery(staffQuery(providerId)).data?.staff ?? [];
  const [draft, setDraft, clear] = useDraft(`client-details:${client.id}`, {
    contactPerson: client.contactPersonStaffId ?? '',
    lifeStory: client.lifeStory ?? '',
  });
  const patch = usePatchClient(client.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    patch.mutate(
      { contactPersonStaffId: draft.contactPerson || null, lifeStory: draft.lifeStory || null },
      {
        onSuccess: () => {
          clear();
          onSaved();
        },
      },
    );
  };
  return (
    <Card withBorder>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label={t('details.contactPerson')}
            data={staff
              .filter((s) => s.active || s.id === draft.contactPerson)
              .map((s) => ({ value: s.id, label: s.name }))}
            value={draft.contactPerson || null}
            onChange={(v) => setDraft((d) => ({ ...d, contactPerson: v ?? '' }))}
            searchable
            clearable
          />
          <Textarea
            label={t('details.lifeStory')}
            autosize
            minRows={6}
            value={draft.lifeStory}
            onChange={(e) => {
              const lifeStory = e.currentTarget.value;
              setDraft((d) => ({ ...d, lifeStory }));
            }}
          />
          <ApiErrorAlert error={patch.error} />
          {saved && !patch.isPending && (
            <Text role="status" c="teal.9">
              {t('details.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={patch.isPending}>
              {t('details.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
