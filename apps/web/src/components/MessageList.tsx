import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { message } from '@hemma/contract/api';
import { useTranslation } from 'react-i18next';
import type { Reply } from '../lib/api/contract-types.ts';
import { formatDayTime } from '../lib/format.ts';

type Message = Reply<typeof message>;

/**
 * A client's dialogue as a log, oldest first: who wrote, in what role, with which provider, when.
 * Shared by the case officer's and the provider manager's client pages.
 */
export function MessageList({
  messages,
  labelledBy,
  providerName,
}: {
  messages: readonly Message[];
  labelledBy: string;
  providerName: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" mb="md" role="log" aria-labelledby={labelledBy}>
      {messages.map((msg) => (
        <Card
          key={msg.id}
          withBorder
          padding="sm"
          bg={msg.authorRole === 'case_officer' ? 'gray.0' : undefined}
        >
          <Group justify="space-between" gap="xs">
            <Group gap={6}>
              <Text fw={600} size="sm">
                {msg.author}
              </Text>
              {msg.authorRole && (
                <Badge size="xs" variant="outline" color="gray">
                  {t(`roles.${msg.authorRole}`, { defaultValue: msg.authorRole })}
                </Badge>
              )}
              {msg.providerId && (
                <Text size="xs" c="dimmed">
                  {providerName(msg.providerId)}
                </Text>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {formatDayTime(msg.sentAt)}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {msg.body}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
