import { Anchor, Badge, Card, Group, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatDayTime } from '../../../lib/format.ts';
import { useTodo, type TodoGroup } from '../api/get-todo.ts';

function GroupCard({ group }: { group: TodoGroup }) {
  const { t, i18n } = useTranslation('todo');
  const title = t(`kinds.${group.kind}`, { defaultValue: t('otherKind', { kind: group.kind }) });
  const headingId = `todo-${group.kind}`;
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        <Badge size="lg" variant="filled" aria-label={String(group.count)}>
          {group.count}
        </Badge>
      </Group>
      <List spacing={4} listStyleType="none">
        {group.entries.map((e) => {
          const text = [e.clientName, e.title].filter(Boolean).join(' – ') || e.id;
          return (
            <List.Item key={e.id}>
              {e.link ? (
                <Anchor component={Link} to={e.link}>
                  {text}
                </Anchor>
              ) : (
                <Text span>{text}</Text>
              )}
              {e.at && (
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {formatDayTime(e.at, i18n.language === 'en' ? 'en-GB' : 'sv-SE')}
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
