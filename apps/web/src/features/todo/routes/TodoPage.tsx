import { Anchor, Badge, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { providersQuery } from '../../../lib/api/directory.ts';
import { formatCalendarDay, formatDayTime, formatMonth } from '../../../lib/format.ts';
import { useTodo, type TodoEntry, type TodoGroup } from '../api/get-todo.ts';
import { todoTarget } from '../components/todo-target.ts';
import { useMe } from '../../../lib/session/session.ts';

/** `at` is a month, a date or an instant. */
function when(at: string): string {
  if (/^\d{4}-\d{2}$/.test(at)) return formatMonth(at);
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return formatCalendarDay(at);
  return formatDayTime(at);
}

function EntryText({ kind, entry }: { kind: TodoGroup['kind']; entry: TodoEntry }) {
  const { t } = useTranslation('todo');
  const providers = useQuery(providersQuery).data?.providers ?? [];
  const title =
    kind === 'deviations_to_decide' && entry.title
      ? t(`followUp:reasons.${entry.title}`, { defaultValue: entry.title })
      : kind === 'exceptions_to_resolve' && entry.title
        ? t(`provider:exceptions.types.${entry.title}`, { defaultValue: entry.title })
        : kind === 'month_end' && entry.title
          ? t(`provider:monthEnd.status.${entry.title}`, { defaultValue: entry.title })
          : entry.title
            ? (providers.find((p) => p.id === entry.title)?.name ?? entry.title)
            : undefined;
  return <>{[entry.clientName, title].filter(Boolean).join(' – ') || entry.id}</>;
}

function GroupCard({ group }: { group: TodoGroup }) {
  const { t } = useTranslation('todo');
  const role = useMe()?.role;
  const headingId = `todo-${group.kind}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={headingId}>
          {role === 'provider_manager' && group.kind === 'new_messages'
            ? t('kinds.new_messages_from_case_officers')
            : t(`kinds.${group.kind}`, { defaultValue: t('otherKind', { kind: group.kind }) })}
        </Title>
        <Badge size="lg" variant="filled">
          {group.count}
        </Badge>
      </Group>
      <List spacing={4} listStyleType="none">
        {group.entries.map((e) => {
          const target = todoTarget(group.kind, e, role);
          return (
            <List.Item key={e.id}>
              {target ? (
                <Anchor component={Link} to={target}>
                  <EntryText kind={group.kind} entry={e} />
                </Anchor>
              ) : (
                <Text span>
                  <EntryText kind={group.kind} entry={e} />
                </Text>
              )}
              {e.at && (
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {when(e.at)}
                </Text>
              )}
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}

/** The start page: everything that waits for this person, by kind, each entry a link to it. */
export function TodoPage() {
  const { t } = useTranslation('todo');
  const query = useTodo();
  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <QueryState query={query}>
        {(data) => {
          const waiting = data.groups.filter((g) => g.count > 0);
          return waiting.length === 0 ? (
            <EmptyState>{t('empty')}</EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {waiting.map((g) => (
                <GroupCard key={g.kind} group={g} />
              ))}
            </SimpleGrid>
          );
        }}
      </QueryState>
    </>
  );
}
