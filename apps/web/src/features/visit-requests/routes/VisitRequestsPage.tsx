import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay, formatDayTime } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { requestsQuery, useDecide, type VisitRequest } from '../api/requests.ts';

/** Requests to move or cancel visits: the provider manager answers, the case officer follows. */
export function VisitRequestsPage() {
  const { t } = useTranslation('visitRequests');
  const me = useMe();
  const requests = useQuery(requestsQuery(undefined));
  const decide = useDecide();
  const answers = me?.role === 'provider_manager';

  const row = (r: VisitRequest) => (
    <Card key={r.id} withBorder padding="sm" component="li">
      <Group justify="space-between" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{r.clientName}: {t(`kinds.${r.kind}`)} {t('visit', { day: formatCalendarDay(r.date), from: r.windowFrom, to: r.windowTo })}</Text>
          <Text size="sm">{t('askedBy', { name: r.askedBy, at: formatDayTime(r.askedAt) })}</Text>
          {r.wish && <Text size="sm">{t('wish', { wish: r.wish })}</Text>}
          {r.registrationId && <Text size="sm">{t('registered')}</Text>}
        </Stack>
        {r.status === 'pending' && answers ? (
          <Group gap="xs">
            <Button onClick={() => decide.mutate({ id: r.id, body: { decision: 'confirmed' } })} loading={decide.isPending}>{t('confirm')}</Button>
            <Button variant="default" onClick={() => decide.mutate({ id: r.id, body: { decision: 'declined' } })}>{t('decline')}</Button>
          </Group>
        ) : (
          <Badge variant="outline" color={r.status === 'confirmed' ? 'teal' : r.status === 'declined' ? 'gray' : 'blue'}>{t(`status.${r.status}`)}</Badge>
        )}
      </Group>
    </Card>
  );

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <Text mb="md">{t('intro')}</Text>
      {decide.error && <ApiErrorAlert error={decide.error} />}
      <QueryState query={requests}>
        {(r) => {
          const pending = r.requests.filter((x) => x.status === 'pending');
          const decided = r.requests.filter((x) => x.status !== 'pending');
          return (
            <Stack>
              <section aria-labelledby="pending-heading">
                <Title order={2} size="h3" id="pending-heading" mb="xs">{t('pending')}</Title>
                {pending.length === 0 ? <EmptyState>{t('none')}</EmptyState> : <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>{pending.map(row)}</Stack>}
              </section>
              {decided.length > 0 && (
                <section aria-labelledby="decided-heading">
                  <Title order={2} size="h3" id="decided-heading" mb="xs">{t('decided')}</Title>
                  <Stack gap="xs" component="ul" p={0} style={{ listStyle: 'none' }}>{decided.map(row)}</Stack>
                </section>
              )}
            </Stack>
          );
        }}
      </QueryState>
    </>
  );
}
