import { Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/** Loading, error (with a retry) and the data, the same way on every screen. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="lg" aria-busy="true">
        <Group gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text>{t('loading')}</Text>
        </Group>
      </Center>
    );
  }
  if (query.isError) {
    return (
      <Stack gap="xs" align="flex-start">
        <ApiErrorAlert error={query.error} />
        <Button variant="default" onClick={() => void query.refetch()}>
          {t('retry')}
        </Button>
      </Stack>
    );
  }
  return <>{children(query.data)}</>;
}

/** What a list says when it has nothing: a sentence, not a blank space. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" py="sm">
      {children}
    </Text>
  );
}
