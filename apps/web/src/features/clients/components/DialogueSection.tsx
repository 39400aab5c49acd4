import { Button, Card, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { MessageList } from '../../../components/MessageList.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { providersQuery } from '../api/clients.ts';
import { ordersQuery } from '../api/care.ts';
import { messagesQuery, useMarkRead, useSendMessage } from '../api/messages.ts';

/** The dialogue with the client's providers: read (which marks it read) and write. */
export function DialogueSection({ clientId }: { clientId: string }) {
  const { t } = useTranslation('clients');
  const messages = useQuery(messagesQuery(clientId));
  const orders = useQuery(ordersQuery(clientId)).data?.orders ?? [];
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const providerIds = [...new Set(orders.map((o) => o.providerId))];
  const [draft, setDraft, clear] = useDraft(`message:${clientId}`, { body: '', providerId: '' });
  const to = draft.providerId || providerIds[0] || '';
  const send = useSendMessage(clientId);
  const markRead = useMarkRead(clientId);
  const { mutate: mark } = markRead;

  // Opening the dialogue is reading it.
  const count = messages.data?.messages.length ?? 0;
  useEffect(() => {
    if (count > 0) mark(undefined);
  }, [count, mark]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send.mutate({ body: draft.body.trim(), providerId: to }, { onSuccess: () => clear() });
  };

  return (
    <Card withBorder component="section" aria-labelledby="dialogue-heading">
      <Title order={2} size="h3" id="dialogue-heading" mb="sm">
        {t('dialogue')}
      </Title>
      <QueryState query={messages}>
        {(m) =>
          m.messages.length === 0 ? (
            <EmptyState>{t('noMessages')}</EmptyState>
          ) : (
            <MessageList
              messages={m.messages}
              labelledBy="dialogue-heading"
              providerName={providerName}
            />
          )
        }
      </QueryState>
      {providerIds.length > 0 && (
        <form onSubmit={submit} noValidate>
          <Stack>
            {providerIds.length > 1 && (
              <Select
                label={t('sendTo')}
                data={providerIds.map((id) => ({ value: id, label: providerName(id) }))}
                value={to}
                onChange={(v) => setDraft((d) => ({ ...d, providerId: v ?? '' }))}
                allowDeselect={false}
              />
            )}
            <Textarea
              label={t('writeMessage')}
              autosize
              minRows={3}
              value={draft.body}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, body: value }));
              }}
            />
            <ApiErrorAlert error={send.error} />
            <Group>
              <Button type="submit" loading={send.isPending} disabled={!draft.body.trim() || !to}>
                {t('send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
