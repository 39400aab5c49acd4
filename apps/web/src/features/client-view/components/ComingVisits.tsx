import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/QueryState.tsx';
import { formatCalendarDay } from '../../../lib/format.ts';
import type { Overview } from '../api/my-view.ts';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The next two weeks: day, time window, who is coming once planned, and a way to ask. */
export function ComingVisits({ overview }: { overview: Overview }) {
  const { t } = useTranslation('myView');
  return (
    <Card withBorder component="section" aria-labelledby="coming-heading">
      <Title order={2} id="coming-heading" mb="sm">{t('coming.title')}</Title>
      {overview.coming.length === 0 ? <EmptyState>{t('coming.none')}</EmptyState> : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {overview.coming.map((v) => (
            <Card key={`${v.date}-${v.planVisitId}`} withBorder padding="sm" component="li" data-testid={`coming-${v.date}`}>
              <Group justify="space-between" wrap="wrap" align="flex-start">
                <Stack gap={2}>
                  <Text fw={700}>{capitalised(formatCalendarDay(v.date))}, {v.windowFrom}–{v.windowTo}</Text>
                  <Text>{v.areas.map((a) => t(`areas.${a}`)).join(', ')}</Text>
                  <Text>{v.staffFirstNames.length > 0 ? t('coming.who', { names: v.staffFirstNames.join(' och ') }) : t('coming.notPlanned')}</Text>
                </Stack>
                {v.status === 'planned'
                  ? <Anchor component={Link} to={`/fraga?besok=${encodeURIComponent(v.planVisitId)}&datum=${v.date}`}>{t('coming.ask')}</Anchor>
                  : <Text fw={700}>{t(`coming.status.${v.status}`)}</Text>}
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Card>
  );
}
