import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { formatCalendarDay } from '../../../lib/format.ts';
import { overviewQuery, type Overview } from '../api/my-view.ts';
import { ComingVisits } from '../components/ComingVisits.tsx';
import { PastVisits } from '../components/PastVisits.tsx';
import { PlanCard } from '../components/PlanCard.tsx';
import { TimeAndFee } from '../components/TimeAndFee.tsx';

function Requests({ overview }: { overview: Overview }) {
  const { t } = useTranslation('myView');
  if (overview.requests.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="requests-heading">
      <Title order={2} id="requests-heading" mb="sm">{t('requests.title')}</Title>
      <List spacing="xs">
        {overview.requests.map((r) => (
          <List.Item key={r.id}>
            {t('requests.line', { kind: t(`requests.kinds.${r.kind}`), day: formatCalendarDay(r.date), from: r.windowFrom, status: t(`requests.status.${r.status}`) })}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

/** Mina sidor's start page: everything on one page, in the order a reader asks. */
export function HomePage() {
  const { t } = useTranslation('myView');
  const overview = useQuery(overviewQuery);
  return (
    <QueryState query={overview}>
      {(o) => (
        <Stack gap="lg">
          <PageTitle actions={<Button size="lg" component={Link} to="/fraga">{t('askPage.title')}</Button>}>
            {o.viewer.kind === 'client' ? t('hello', { name: o.clientName.split(' ')[0] }) : t('hello', { name: o.viewer.name.split(' ')[0] })}
          </PageTitle>
          {o.viewer.kind === 'relative' && <Text>{t('helloRelative', { name: o.clientName })}</Text>}
          <ComingVisits overview={o} />
          <Requests overview={o} />
          <PlanCard overview={o} />
          <TimeAndFee overview={o} />
          <PastVisits overview={o} />
        </Stack>
      )}
    </QueryState>
  );
}
