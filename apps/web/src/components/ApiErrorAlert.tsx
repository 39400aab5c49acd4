import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/api/error-message.ts';

/** A refusal from the API in the reader's language, naming the field; the server's words below. */
export function ApiErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const shown = errorMessage(error, t);
  return (
    <Alert color="red" role="alert" title={title} variant="light">
      <Text size="sm">{shown.message}</Text>
      {shown.detail && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('details')}: {shown.detail}
        </Text>
      )}
    </Alert>
  );
}
