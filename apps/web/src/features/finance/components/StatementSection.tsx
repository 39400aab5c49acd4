import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { EmptyState } from '../../../components/QueryState.tsx';
import type { StatementView } from '../api/month-close.ts';

/** What each part of the statement screen is given: the statement and how to name a client. */
export interface StatementPartProps {
  view: StatementView;
  clientName: (id: string) => string;
}

/** A part of the statement under its heading, or a line that says the part is empty. */
export function StatementSection({
  title,
  empty,
  isEmpty,
  intro,
  children,
}: {
  title: string;
  empty: string;
  isEmpty: boolean;
  /** Said above the part whether or not it is empty. */
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <Title order={2} size="h3" mt="lg" mb="xs">
        {title}
      </Title>
      {intro}
      {isEmpty ? <EmptyState>{empty}</EmptyState> : children}
    </>
  );
}
