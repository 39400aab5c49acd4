import { Button, Card, Group, Stack, Textarea, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { MessageList } from '../../../components/MessageList.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { providersQuery } from '../../../lib/api/directory.ts';
import { useDraft } from '../../../lib/drafts.ts';
import { clientMessagesQuery, useReadMessages, useWriteMessage } from '../api/messages.ts';

/** The client's dialogue with the case officer, as the provider manager reads and writes it. */
export function ProviderDialogue({ clientId }: { clientId: string }) {
  const { t } = useTranslation('provider');
  const messages = useQuery(clientMessagesQuery(clientId));
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
  const [draft, setDraft, clear] = useDraft(`provider-message:${clientId}`, { body: '' });
  const write = useWriteMessage(clientId);
  const { mutate: markRead } = useReadMessages(clientId);
  const count = messages.data?.messages.length ?? 0;
  // Opening the dialogue is reading it.
  useEffect(() => {
    if (count > 0) markRead();
  }, [count, markRead]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    write.mutate(draft.body.trim(), { onSuccess: clear });
  };
  return (
    <Card withBorder component="section" aria-labelledby="provider-dialogue">
      <Title order={2} size="h3" id="provider-dialogue" mb="sm">
        {t('dialogue.heading')}
      </Title>
      <QueryState query={messages}>
        {(m) =>
          m.messages.length === 0 ? (
            <EmptyState>{t('dialogue.none')}</EmptyState>
          ) : (
            <MessageList
              messages={m.messages}
              labelledBy="provider-dialogue"
              providerName={providerName}
            />
          )
        }
      </QueryState>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Textarea
            label={t('dialogue.write')}
            autosize
            minRows={3}
            value={draft.body}
            onChange={(e) => {
              const body = e.currentTarget.value;
              setDraft({ body });
            }}
          />
          <ApiErrorAlert error={write.error} />
          <Group>
            <Button type="submit" disabled={!draft.body.trim()} loading={write.isPending}>
              {t('dialogue.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
