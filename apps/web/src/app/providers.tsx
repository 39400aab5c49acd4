import '@mantine/core/styles.css';
import './global.css';
import { MantineProvider, type MantineThemeOverride } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../lib/api/api-error.ts';
import { theme } from './theme.ts';

function retry(count: number, error: unknown): boolean {
  // A refusal does not change by asking again; a lost connection may.
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return count < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry, staleTime: 30_000, refetchOnWindowFocus: true } },
  });
}

/** What every entry wraps its app in: the component library and the server state cache. */
export function Providers({ client, children, entryTheme }: { client: QueryClient; children: ReactNode; entryTheme?: MantineThemeOverride }) {
  return (
    <QueryClientProvider client={client}>
      <MantineProvider theme={entryTheme ?? theme}>{children}</MantineProvider>
    </QueryClientProvider>
  );
}
